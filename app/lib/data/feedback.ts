import "server-only";
import type { FeedbackPolicy } from "@/app/generated/prisma/enums";
import { decodeQuestionIds } from "@/app/lib/data/columns";
import { db } from "@/app/lib/db/client";
import { feedbackOpensAt, passedCutoff } from "@/app/lib/quiz/cutoff";
import { formatInZone } from "@/app/lib/time";

// An assignment's feedback policy: when a student may see scores, keys and explanations for the
// work they did under it. Whatever the policy hides stays hidden everywhere a key could show: the
// attempt's review, My work, the spaced-review queue and practice on the same questions.

export const ASSIGNMENT_FEEDBACK_SELECT = {
  select: {
    title: true,
    class: { select: { teacherId: true } },
    feedbackPolicy: true,
    dueAt: true,
    allowLate: true,
    closedAt: true,
    archivedAt: true,
    accommodations: { select: { dueAt: true } },
  },
} as const;

/** An assignment's feedback policy and, for "after the due date", when it opens (null: not yet known). */
export type TAssignmentFeedback = {
  feedbackPolicy: FeedbackPolicy;
  opensAt: Date | null;
};

export function assignmentFeedback(
  assignment: {
    feedbackPolicy: TAssignmentFeedback["feedbackPolicy"];
    dueAt: Date;
    allowLate: boolean;
    closedAt: Date | null;
    archivedAt: Date | null;
    accommodations: { dueAt: Date | null }[];
  } | null,
): TAssignmentFeedback | null {
  if (!assignment) return null;
  return {
    feedbackPolicy: assignment.feedbackPolicy,
    opensAt: feedbackOpensAt({
      ...assignment,
      ownDueDates: assignment.accommodations.flatMap((a) => (a.dueAt ? [a.dueAt] : [])),
    }),
  };
}

/** Why a student may not see an attempt's score and feedback yet (the assignment's policy), or null. */
export function feedbackHiddenReason(
  assignment: TAssignmentFeedback | null,
  now = new Date(),
): string | null {
  if (!assignment) return null;
  if (assignment.feedbackPolicy === "NEVER") {
    return "Your teacher has chosen not to show scores or feedback for this assignment.";
  }
  if (assignment.feedbackPolicy === "AFTER_DUE") {
    if (assignment.opensAt === null)
      return "Your score and feedback will appear here when your teacher closes the assignment (late work is still being accepted).";
    if (now < assignment.opensAt)
      return "Your score and feedback will appear here after the due date, once nobody in your class can still hand in.";
  }
  return null;
}

/** What a teacher is told after grading: when the student will see the grade, truthfully. */
export function gradeVisibility(
  assignment: TAssignmentFeedback | null,
  timeZone: string,
  now = new Date(),
): string {
  if (assignment?.feedbackPolicy === "NEVER")
    return "Students do not see scores or feedback for this assignment (your choice in its settings).";
  if (assignment?.feedbackPolicy === "AFTER_DUE") {
    if (assignment.opensAt === null)
      return "The student will see it when you close the assignment (late work is still being accepted).";
    if (now < assignment.opensAt)
      return `The student will see it from ${formatInZone(assignment.opensAt, timeZone)}, once nobody in the class can still hand in.`;
  }
  return "The student can see it now.";
}

/**
 * Per article, the questions practice and spaced review must leave out for a student, so they
 * cannot reveal a key early: those of an assignment whose feedback is hidden right now, and those
 * of an assignment the student has not handed in while it is still open to them (practice with
 * immediate feedback would show every answer before the graded attempt).
 */
export async function getHiddenQuestions(
  studentId: string,
  now = new Date(),
): Promise<Map<string, Set<string>>> {
  const prisma = await db();
  const inClass = { class: { enrolments: { some: { studentId } } } };
  const [withheld, notHandedIn] = await Promise.all([
    prisma.assignment.findMany({
      where: { feedbackPolicy: { not: "IMMEDIATE" }, ...inClass },
      select: { articleSlug: true, questionIds: true, ...ASSIGNMENT_FEEDBACK_SELECT.select },
    }),
    prisma.assignment.findMany({
      where: {
        class: { enrolments: { some: { studentId, removedAt: null } } },
        closedAt: null,
        archivedAt: null,
        attempts: { none: { studentId, status: "SUBMITTED" } },
      },
      select: {
        articleSlug: true,
        questionIds: true,
        dueAt: true,
        allowLate: true,
        closedAt: true,
        archivedAt: true,
        accommodations: { where: { studentId }, select: { dueAt: true } },
      },
    }),
  ]);
  const hidden = new Map<string, Set<string>>();
  const hide = (row: { articleSlug: string; questionIds: string }) => {
    const set = hidden.get(row.articleSlug) ?? new Set<string>();
    for (const id of decodeQuestionIds(row.questionIds)) set.add(id);
    hidden.set(row.articleSlug, set);
  };
  for (const row of withheld) if (feedbackHiddenReason(assignmentFeedback(row), now)) hide(row);
  // Still open to the student by the one cutoff rule that also stops their saves.
  for (const { accommodations, ...row } of notHandedIn) {
    const assignment = { ...row, ownDueAt: accommodations[0]?.dueAt ?? null, leftClassAt: null };
    if (!passedCutoff({ deadlineAt: null, assignment }, now)) hide(row);
  }
  return hidden;
}

/** Whether any of these questions of an article is one practice must leave out (above). */
export const sharesHiddenQuestion = (
  hidden: ReadonlyMap<string, ReadonlySet<string>>,
  articleSlug: string,
  questionIds: readonly string[],
) => questionIds.some((id) => hidden.get(articleSlug)?.has(id));
