import "server-only";
import type { TReadingLevel } from "@/app/lib/article/schema";
import { levelOr } from "@/app/lib/reading/support";
import type { AttemptStatus } from "@/app/generated/prisma/enums";
import { randomUUID } from "node:crypto";
import { versionNumberOf } from "@/app/lib/data/article-packs";
import { db } from "@/app/lib/db/client";
import { upsertAnswerSql } from "@/app/lib/data/raw-sql";
import { rawExecute } from "@/app/lib/db/raw";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { canReadAttempt, requireRole } from "@/app/lib/data/permissions";
import { REVIEW_QUIZ_ID } from "@/app/lib/data/reviews";
import {
  ASSIGNMENT_FEEDBACK_SELECT,
  assignmentFeedback,
  type TAssignmentFeedback,
} from "@/app/lib/data/feedback";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { getSnapshot } from "@/app/lib/data/snapshots";
import { getAttemptKeys } from "@/app/lib/data/attempt-keys";
import { decodeAttemptOrder, decodeCriteria, type TSnapshot } from "@/app/lib/data/columns";
import { parseAnswer, readAnswer, storedAnswer } from "@/app/lib/quiz/answers";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import { decodeAnswer, type TAttemptOrder } from "@/app/lib/quiz/public";
import type { TOutcome } from "@/app/lib/quiz/scoring";
import { passedCutoff, TIME_LIMIT_GRACE_MS } from "@/app/lib/quiz/cutoff";
import { closeAndGrade, cutoffInput, gradeAttempt } from "@/app/lib/data/attempt-grading";

// Attempts never lose an answer:
// - one open attempt per student and quiz, enforced by a unique index on openKey;
// - every answer is one atomic INSERT … ON CONFLICT statement, applied only while the attempt
//   is open and only if its sequence number is newer than what is stored;
// - submitting first closes the attempt (a conditional update), then grades the now-frozen
//   answers; replays and double clicks find it closed and return the same result.

const ATTEMPT_SELECT = {
  id: true,
  studentId: true,
  assignmentId: true,
  articleSlug: true,
  quizId: true,
  contentVersion: true,
  status: true,
  questionOrder: true,
  startedAt: true,
  submittedAt: true,
  score: true,
  maxScore: true,
  pendingManual: true,
  deadlineAt: true,
  readingLevel: true,
  assignment: ASSIGNMENT_FEEDBACK_SELECT,
  responses: {
    select: {
      questionId: true,
      answer: true,
      seq: true,
      savedAt: true,
      points: true,
      maxPoints: true,
      outcome: true,
      grade: { select: { points: true, comment: true, criteria: true, gradedAt: true } },
    },
  },
} as const;

export type TAttemptView = {
  id: string;
  studentId: string;
  assignmentId: string | null;
  articleSlug: string;
  quizId: string;
  quizTitle: string;
  status: AttemptStatus;
  order: TAttemptOrder;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  pendingManual: boolean;
  deadlineAt: Date | null;
  /** The reading level the student read at (issue 32). */
  readingLevel: TReadingLevel;
  /** The published version of a teacher's article it was taken on; null for the library. */
  articleVersion: number | null;
  /** For assignment attempts: the feedback policy and when it opens. */
  assignment: TAssignmentFeedback | null;
  snapshot: TSnapshot;
  responses: Map<
    string,
    {
      answer: TAnswer;
      seq: number;
      savedAt: Date;
      points: number | null;
      maxPoints: number | null;
      outcome: TOutcome | null;
      grade: {
        points: number;
        comment: string;
        criteria: Record<string, number>;
        gradedAt: Date;
      } | null;
    }
  >;
};

export function quizTitle(snapshot: TSnapshot, quizId: string): string {
  return quizId === REVIEW_QUIZ_ID
    ? "Spaced review"
    : (snapshot.quizzes.find((q) => q.id === quizId)?.title ?? quizId);
}

/** Missing and not-yours look the same: nothing tells a stranger which attempt ids exist. */
function assertReadable<
  T extends { studentId: string; assignment: { class: { teacherId: string } } | null },
>(user: TSessionUser, row: T | null): asserts row is T {
  if (
    !row ||
    !canReadAttempt(user, {
      studentId: row.studentId,
      classTeacherId: row.assignment?.class.teacherId ?? null,
    })
  )
    throw new NotFoundError("We could not find that attempt.");
}

/**
 * Brings an attempt up to date before it is shown: grades one closed but not yet graded (a crash
 * between the two steps), and closes one whose cutoff has passed (time, due date, closing,
 * leaving the class) with what was saved in time. Idempotent; reading (getAttempt) never writes.
 */
export async function settleAttempt(user: TSessionUser, attemptId: string): Promise<void> {
  const prisma = await db();
  const row = await prisma.attempt.findUnique({ where: { id: attemptId }, select: SETTLE_SELECT });
  assertReadable(user, row);
  await settle(row);
}

/** The same for a student's unsettled attempts, before a list shows them. */
export async function settleOwnAttempts(user: TSessionUser): Promise<void> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const rows = await prisma.attempt.findMany({
    where: { studentId: user.id, OR: [{ status: "IN_PROGRESS" }, { score: null }] },
    select: SETTLE_SELECT,
  });
  for (const row of rows) await settle(row);
}

const SETTLE_SELECT = {
  id: true,
  studentId: true,
  status: true,
  score: true,
  deadlineAt: true,
  assignmentId: true,
  assignment: { select: { class: { select: { teacherId: true } } } },
} as const;

async function settle(row: {
  id: string;
  studentId: string;
  status: string;
  score: number | null;
  deadlineAt: Date | null;
  assignmentId: string | null;
}): Promise<void> {
  if (row.status !== "IN_PROGRESS") {
    if (row.score === null) await gradeAttempt(row.id);
    return;
  }
  const input = await cutoffInput(row);
  if (passedCutoff(input)) await closeAndGrade(row.id, row.studentId, input);
}

/** An attempt as its student (or a teacher who manages the student) may see it. */
export async function getAttempt(user: TSessionUser, attemptId: string): Promise<TAttemptView> {
  const prisma = await db();
  const row = await prisma.attempt.findUnique({ where: { id: attemptId }, select: ATTEMPT_SELECT });
  assertReadable(user, row);
  const [snapshot, articleVersion] = await Promise.all([
    getSnapshot(row.articleSlug, row.contentVersion),
    versionNumberOf(row.articleSlug, row.contentVersion),
  ]);
  return {
    id: row.id,
    articleVersion,
    studentId: row.studentId,
    assignmentId: row.assignmentId,
    articleSlug: row.articleSlug,
    quizId: row.quizId,
    quizTitle: row.assignment?.title ?? quizTitle(snapshot, row.quizId),
    status: row.status,
    order: decodeAttemptOrder(row.questionOrder),
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    score: row.score,
    maxScore: row.maxScore,
    pendingManual: row.pendingManual,
    deadlineAt: row.deadlineAt,
    readingLevel: levelOr(row.readingLevel),
    assignment: assignmentFeedback(row.assignment),
    snapshot,
    responses: new Map(
      row.responses.flatMap((r) => {
        const question = snapshot.questions.find((q) => q.id === r.questionId);
        const answer = question ? readAnswer(question, r.answer) : undefined;
        if (!answer) return [];
        const response = {
          answer,
          seq: r.seq,
          savedAt: r.savedAt,
          points: r.points,
          maxPoints: r.maxPoints,
          outcome: r.outcome as TOutcome | null,
          grade: r.grade ? { ...r.grade, criteria: decodeCriteria(r.grade.criteria) } : null,
        };
        return [[r.questionId, response] as const];
      }),
    ),
  };
}

export type TSaveResult = { status: "saved"; seq: number } | { status: "stale"; seq: number };

/**
 * Saves one answer. Refuses (with a reason) unknown questions, malformed answers, someone else's
 * attempt and a submitted one. A save whose seq is not newer than the stored one changes nothing
 * and reports "stale" with the stored seq, so replays and late arrivals never overwrite.
 */
export async function saveAnswer(
  user: TSessionUser,
  attemptId: string,
  input: { questionId: string; seq: number; answer: unknown },
): Promise<TSaveResult> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  // Status and cutoffs are the write's to check (below); a refused write says which stopped it.
  const attempt = await getAttemptKeys(attemptId);
  if (!attempt || attempt.studentId !== user.id)
    throw new NotFoundError("We could not find that attempt.");
  const { order } = attempt;
  if (!order.questions.includes(input.questionId))
    throw new InvalidInputError("That question is not part of this attempt.");
  const snapshot = await getSnapshot(attempt.articleSlug, attempt.contentVersion);
  const question = snapshot.questions.find((q) => q.id === input.questionId);
  if (!question) throw new InvalidInputError("That question is not part of this attempt.");
  const decoded = decodeAnswer(question, input.answer, order);
  if (!decoded.ok) throw new InvalidInputError(decoded.message);
  const parsed = parseAnswer(
    question,
    decoded.answer,
    new Set(snapshot.sentences.map((s) => s.id)),
  );
  if (!parsed.ok) throw new InvalidInputError(parsed.message);
  const answer = storedAnswer(question, parsed.answer);

  // One statement: inserted or updated only while the attempt is open, before its cutoff, and
  // only if the seq is newer.
  const now = new Date();
  const cutoff = new Date(now.getTime() - TIME_LIMIT_GRACE_MS);
  const changed = await rawExecute(
    upsertAnswerSql({
      id: randomUUID(),
      attemptId,
      studentId: user.id,
      questionId: input.questionId,
      answer,
      seq: input.seq,
      now,
      cutoff,
    }),
  );
  if (changed > 0) return { status: "saved", seq: input.seq };

  // Refused: say why. Submitted meanwhile, past its cutoff (then it closes now), or stale.
  const current = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: {
      studentId: true,
      status: true,
      deadlineAt: true,
      assignmentId: true,
      responses: { where: { questionId: input.questionId }, select: { seq: true } },
    },
  });
  if (current?.status !== "IN_PROGRESS") {
    throw new ConflictError(
      "This attempt has been submitted, so answers can no longer be changed.",
    );
  }
  const rules = await cutoffInput(current);
  const passed = passedCutoff(rules, now);
  if (passed) {
    await closeAndGrade(attemptId, user.id, rules);
    throw new ConflictError(passed.message);
  }
  return { status: "stale", seq: current.responses[0]?.seq ?? 0 };
}

/** Closes the attempt (once) and grades it. Replays return the same, already graded attempt. */
export async function submitAttempt(user: TSessionUser, attemptId: string): Promise<void> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const found = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: { studentId: true },
  });
  if (!found || found.studentId !== user.id)
    throw new NotFoundError("We could not find that attempt.");
  await closeAndGrade(attemptId, user.id);
}
