import "server-only";
import { db } from "@/app/lib/db/client";
import { getAssignmentForTeacher } from "@/app/lib/data/assignments";
import { InvalidInputError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { listStandings } from "@/app/lib/data/standings";
import { finalPercent } from "@/app/lib/score-words";

/**
 * Gives every student of the class whose counted, graded score is below `below` percent another
 * go: one more attempt (where attempts are limited) and their own due date `dueAt` (kept if
 * theirs is later). Work awaiting grading has no score yet and is left out, as is anyone who has
 * not handed in. One batch of upserts; each click gives one more attempt. Returns who.
 */
export async function reassignBelow(
  user: TSessionUser,
  assignmentId: string,
  { below, dueAt }: { below: number; dueAt: Date },
  now = new Date(),
): Promise<string[]> {
  const assignment = await getAssignmentForTeacher(user, assignmentId);
  if (assignment.closedAt)
    throw new InvalidInputError(
      "This assignment is closed: reopen it before giving anyone another attempt.",
    );
  if (dueAt <= now) throw new InvalidInputError("Choose a due date in the future.", "dueAt");
  const prisma = await db();
  const [standings, enrolments, accommodations] = await Promise.all([
    listStandings([assignmentId]),
    prisma.enrolment.findMany({
      where: { classId: assignment.classId, removedAt: null },
      select: { student: { select: { id: true, displayName: true } } },
    }),
    prisma.accommodation.findMany({
      where: { assignmentId },
      select: { studentId: true, dueAt: true },
    }),
  ]);
  const names = new Map(enrolments.map(({ student }) => [student.id, student.displayName]));
  const picked = standings.filter((standing) => {
    const counted = standing.counted;
    if (!counted || !names.has(standing.studentId)) return false;
    const percent = finalPercent({ submitted: true, ...counted });
    return percent !== null && percent < below;
  });
  const limited = assignment.attemptsAllowed !== null;
  await prisma.$transaction(
    picked.map(({ studentId }) => {
      const own = accommodations.find((a) => a.studentId === studentId)?.dueAt;
      const due = own && own > dueAt ? own : dueAt;
      return prisma.accommodation.upsert({
        where: { assignmentId_studentId: { assignmentId, studentId } },
        create: { assignmentId, studentId, extraAttempts: limited ? 1 : 0, dueAt: due },
        update: { dueAt: due, ...(limited ? { extraAttempts: { increment: 1 } } : {}) },
        select: { studentId: true },
      });
    }),
  );
  return picked.map(({ studentId }) => names.get(studentId) ?? "").sort();
}
