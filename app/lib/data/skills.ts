import "server-only";
import { db } from "@/app/lib/db/client";
import {
  ASSIGNMENT_FEEDBACK_SELECT,
  assignmentFeedback,
  feedbackHiddenReason,
} from "@/app/lib/data/feedback";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { getSnapshot } from "@/app/lib/data/snapshots";

// Points per skill, over a student's graded answers.

/** Per-skill totals over a student's graded answers (auto-scored and teacher-graded). */
export type TSkillTotal = { skill: string; points: number; maxPoints: number };

/** Points per skill over the signed-in student's graded answers that they may see. */
export async function listOwnSkillTotals(user: TSessionUser): Promise<TSkillTotal[]> {
  requireRole(user, "STUDENT");
  return listSkillTotals(user.id, undefined, true);
}

/** The same totals, for a teacher looking at a student of theirs (optionally one class's work). */
export async function listSkillTotals(
  studentId: string,
  classId?: string,
  onlyVisibleToStudent = false,
): Promise<TSkillTotal[]> {
  const prisma = await db();
  const rows = await prisma.response.findMany({
    where: {
      attempt: { studentId, status: "SUBMITTED", ...(classId ? { assignment: { classId } } : {}) },
      points: { not: null },
    },
    select: {
      questionId: true,
      points: true,
      maxPoints: true,
      attempt: {
        select: { articleSlug: true, contentVersion: true, assignment: ASSIGNMENT_FEEDBACK_SELECT },
      },
    },
  });
  const totals = new Map<string, { points: number; maxPoints: number }>();
  for (const row of rows) {
    if (onlyVisibleToStudent && feedbackHiddenReason(assignmentFeedback(row.attempt.assignment)))
      continue;
    const snapshot = await getSnapshot(row.attempt.articleSlug, row.attempt.contentVersion);
    const skill = snapshot.questions.find((q) => q.id === row.questionId)?.skill ?? "other";
    const total = totals.get(skill) ?? { points: 0, maxPoints: 0 };
    total.points += row.points ?? 0;
    total.maxPoints += row.maxPoints ?? 0;
    totals.set(skill, total);
  }
  return [...totals].map(([skill, total]) => ({ skill, ...total }));
}
