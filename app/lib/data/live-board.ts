import "server-only";
import { db } from "@/app/lib/db/client";
import { getAssignmentForTeacher } from "@/app/lib/data/assignments";
import { rulesFor } from "@/app/lib/data/assignment-rows";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { board, boardRow, type TBoard } from "@/app/lib/teaching/live-board";

// The live board reads the database on every look (the page, then its polling route): every app
// instance answers the same, so it works behind a load balancer on PostgreSQL (decision 0023).

/** The live board of an assignment of the teacher's: one read of its students and attempts. */
export async function getLiveBoard(
  user: TSessionUser,
  assignmentId: string,
  now = new Date(),
): Promise<TBoard & { closed: boolean }> {
  const assignment = await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const [enrolments, attempts, accommodations] = await Promise.all([
    prisma.enrolment.findMany({
      where: { classId: assignment.classId, removedAt: null },
      orderBy: { student: { displayName: "asc" } },
      select: { student: { select: { id: true, displayName: true } } },
    }),
    prisma.attempt.findMany({
      where: { assignmentId },
      select: {
        studentId: true,
        status: true,
        late: true,
        startedAt: true,
        responses: { select: { questionId: true, outcome: true } },
      },
    }),
    prisma.accommodation.findMany({
      where: { assignmentId },
      select: { studentId: true, extraTimeSec: true, extraAttempts: true, dueAt: true },
    }),
  ]);
  const rows = enrolments.map(({ student }) =>
    boardRow(
      student,
      attempts.filter((a) => a.studentId === student.id),
      assignment.questionIds,
      rulesFor(
        assignment,
        accommodations.find((a) => a.studentId === student.id),
      ).dueAt,
      now,
    ),
  );
  return {
    ...board(assignment.title, assignment.questionIds, rows, now),
    closed: assignment.closedAt !== null,
  };
}
