import "server-only";
import type { AttemptStatus } from "@/app/generated/prisma/enums";
import { db } from "@/app/lib/db/client";
import { quizTitle } from "@/app/lib/data/attempts";
import {
  ASSIGNMENT_FEEDBACK_SELECT,
  assignmentFeedback,
  feedbackHiddenReason,
} from "@/app/lib/data/feedback";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { getSnapshot } from "@/app/lib/data/snapshots";

// Lists of a student's attempts: My work, and "Resume" on an article page.

export type TAttemptSummary = {
  id: string;
  articleSlug: string;
  quizId: string;
  quizTitle: string;
  status: AttemptStatus;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  pendingManual: boolean;
  /** The assignment's feedback policy hides the score from the student for now. */
  scoreHidden: boolean;
  /** The class the work was handed in to; null for practice (its teachers see it, ungraded). */
  className: string | null;
};

/** A student's attempts, newest first (their own only); settleOwnAttempts brings them up to date. */
export async function listOwnAttempts(user: TSessionUser): Promise<TAttemptSummary[]> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const rows = await prisma.attempt.findMany({
    where: { studentId: user.id },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      articleSlug: true,
      quizId: true,
      contentVersion: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      pendingManual: true,
      assignment: {
        select: {
          ...ASSIGNMENT_FEEDBACK_SELECT.select,
          class: { select: { teacherId: true, name: true } },
        },
      },
    },
  });
  return Promise.all(
    rows.map(async ({ contentVersion, assignment, ...row }) => {
      const hidden = feedbackHiddenReason(assignmentFeedback(assignment)) !== null;
      return {
        ...row,
        ...(hidden ? { score: null, maxScore: null } : {}),
        scoreHidden: hidden,
        className: assignment?.class.name ?? null,
        quizTitle:
          assignment?.title ??
          quizTitle(await getSnapshot(row.articleSlug, contentVersion), row.quizId),
      };
    }),
  );
}

/** The student's open practice attempt per quiz of an article, to offer "Resume". */
export async function listOpenPracticeAttempts(
  user: TSessionUser,
  articleSlug: string,
): Promise<Map<string, string>> {
  if (user.role !== "STUDENT") return new Map();
  const prisma = await db();
  const rows = await prisma.attempt.findMany({
    where: { studentId: user.id, articleSlug, status: "IN_PROGRESS", assignmentId: null },
    select: { id: true, quizId: true },
  });
  return new Map(rows.map((row) => [row.quizId, row.id]));
}
