import "server-only";
import { noteScoreChange } from "@/app/lib/data/lti-scores";
import { roundTo } from "@/app/lib/numbers";
import { db } from "@/app/lib/db/client";
import { isRecordMissing } from "@/app/lib/data/errors";
import { recordReviewResults, REVIEW_QUIZ_ID } from "@/app/lib/data/reviews";
import { getSnapshot } from "@/app/lib/data/snapshots";
import { decodeAttemptOrder } from "@/app/lib/data/columns";
import { readAnswer } from "@/app/lib/quiz/answers";
import { scoreQuestion } from "@/app/lib/quiz/scoring";
import { isLate, passedCutoff, type TCutoffInput } from "@/app/lib/quiz/cutoff";

// Closing an attempt and grading it: the cutoff that applies to it, one conditional update that
// closes it (replays find it closed), then the frozen answers scored once.

/** What decides an attempt's cutoff: its time limit and, for an assignment, the assignment's rules. */
export async function cutoffInput(attempt: {
  studentId: string;
  deadlineAt: Date | null;
  assignmentId: string | null;
}): Promise<TCutoffInput> {
  if (!attempt.assignmentId) return { deadlineAt: attempt.deadlineAt, assignment: null };
  const prisma = await db();
  const row = await prisma.assignment.findUnique({
    where: { id: attempt.assignmentId },
    select: {
      dueAt: true,
      allowLate: true,
      closedAt: true,
      archivedAt: true,
      accommodations: { where: { studentId: attempt.studentId }, select: { dueAt: true } },
      class: {
        select: {
          enrolments: {
            where: { studentId: attempt.studentId },
            select: { removedAt: true },
          },
        },
      },
    },
  });
  if (!row) return { deadlineAt: attempt.deadlineAt, assignment: null };
  const enrolment = row.class.enrolments[0];
  return {
    deadlineAt: attempt.deadlineAt,
    assignment: {
      dueAt: row.dueAt,
      ownDueAt: row.accommodations[0]?.dueAt ?? null,
      allowLate: row.allowLate,
      closedAt: row.closedAt,
      archivedAt: row.archivedAt,
      // Never enrolled counts as having left at the start.
      leftClassAt: enrolment ? enrolment.removedAt : new Date(0),
    },
  };
}

/**
 * Closes an open attempt (a conditional update, so only once) and grades what was saved. An
 * attempt past its cutoff is submitted as of that cutoff; one submitted after the student's due
 * date is flagged late.
 */
export async function closeAndGrade(
  attemptId: string,
  studentId: string,
  /** The attempt's cutoff input when the caller has just read it (saves reading it again). */
  known?: TCutoffInput,
): Promise<void> {
  const prisma = await db();
  const attempt = known
    ? null
    : await prisma.attempt.findUnique({
        where: { id: attemptId },
        select: { studentId: true, deadlineAt: true, assignmentId: true, status: true },
      });
  if (known || attempt?.status === "IN_PROGRESS") {
    const input = known ?? (await cutoffInput(attempt!));
    const now = new Date();
    const submittedAt = passedCutoff(input, now)?.at ?? now;
    await prisma.attempt.updateMany({
      where: { id: attemptId, studentId, status: "IN_PROGRESS" },
      data: {
        status: "SUBMITTED",
        openKey: null,
        submittedAt,
        late: isLate(input, submittedAt),
      },
    });
  }
  await gradeAttempt(attemptId);
}

/**
 * Scores a closed attempt from its snapshot. Runs as one batch whose first statement only
 * matches an ungraded attempt, so concurrent or repeated grading applies exactly once.
 */
export async function gradeAttempt(attemptId: string): Promise<void> {
  const prisma = await db();
  const row = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: {
      studentId: true,
      assignmentId: true,
      status: true,
      score: true,
      articleSlug: true,
      quizId: true,
      contentVersion: true,
      questionOrder: true,
      responses: { select: { questionId: true, answer: true } },
    },
  });
  if (!row || row.status !== "SUBMITTED" || row.score !== null) return;
  const snapshot = await getSnapshot(row.articleSlug, row.contentVersion);
  const order = decodeAttemptOrder(row.questionOrder);
  const stored = new Map(row.responses.map((r) => [r.questionId, r.answer]));
  const results = order.questions.flatMap((questionId) => {
    const question = snapshot.questions.find((q) => q.id === questionId);
    if (!question) return [];
    const text = stored.get(questionId);
    const answer = text === undefined ? undefined : readAnswer(question, text);
    return [{ question, answer, score: scoreQuestion(question, answer) }];
  });
  const autoScore = results.reduce((sum, r) => sum + (r.score.points ?? 0), 0);
  const maxScore = results.reduce((sum, r) => sum + r.score.maxPoints, 0);
  const now = new Date();
  try {
    await prisma.$transaction([
      prisma.attempt.update({
        where: { id: attemptId, score: null },
        data: {
          score: roundTo(autoScore, 2),
          maxScore,
          pendingManual: results.some((r) => r.score.outcome === "pending"),
        },
        select: { id: true },
      }),
      ...results
        .filter((r) => stored.has(r.question.id))
        .map((r) =>
          prisma.response.updateMany({
            where: { attemptId, questionId: r.question.id },
            data: {
              points: r.score.points,
              maxPoints: r.score.maxPoints,
              outcome: r.score.outcome,
            },
          }),
        ),
      ...recordReviewResults(prisma, {
        studentId: row.studentId,
        articleSlug: row.articleSlug,
        fromReview: row.quizId === REVIEW_QUIZ_ID,
        results: results.map((r) => ({
          questionId: r.question.id,
          outcome: r.score.outcome,
          type: r.question.type,
        })),
        existing: await prisma.reviewCard.findMany({
          where: {
            studentId: row.studentId,
            articleSlug: row.articleSlug,
            questionId: { in: order.questions },
          },
        }),
        now,
      }),
    ]);
  } catch (error) {
    // Someone else graded it first: their result stands (and they told the LMS).
    if (!isRecordMissing(error)) throw error;
    return;
  }
  if (row.assignmentId) await noteScoreChange(row.assignmentId, row.studentId);
}
