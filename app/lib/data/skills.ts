import "server-only";
import { db } from "@/app/lib/db/client";
import {
  ASSIGNMENT_FEEDBACK_SELECT,
  assignmentFeedback,
  feedbackHiddenReason,
} from "@/app/lib/data/feedback";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { decodeAttemptOrder } from "@/app/lib/data/columns";
import { getSnapshot } from "@/app/lib/data/snapshots";

// Points per skill, over every question of a student's submitted attempts.

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
  const attempts = await prisma.attempt.findMany({
    where: { studentId, status: "SUBMITTED", ...(classId ? { assignment: { classId } } : {}) },
    select: {
      articleSlug: true,
      contentVersion: true,
      questionOrder: true,
      assignment: ASSIGNMENT_FEEDBACK_SELECT,
      responses: { select: { questionId: true, points: true, outcome: true } },
    },
  });
  // Every question of a submitted attempt counts, an unanswered one as 0 of its points (as in
  // the score); an answer still awaiting its grade counts once it is graded.
  const totals = new Map<string, { points: number; maxPoints: number }>();
  for (const attempt of attempts) {
    if (onlyVisibleToStudent && feedbackHiddenReason(assignmentFeedback(attempt.assignment)))
      continue;
    const snapshot = await getSnapshot(attempt.articleSlug, attempt.contentVersion);
    for (const questionId of decodeAttemptOrder(attempt.questionOrder).questions) {
      const question = snapshot.questions.find((q) => q.id === questionId);
      const response = attempt.responses.find((r) => r.questionId === questionId);
      if (!question || response?.outcome === "pending") continue;
      const total = totals.get(question.skill) ?? { points: 0, maxPoints: 0 };
      total.points += response?.points ?? 0;
      total.maxPoints += question.points;
      totals.set(question.skill, total);
    }
  }
  return [...totals].map(([skill, total]) => ({ skill, ...total }));
}
