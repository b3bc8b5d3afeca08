import "server-only";
import type { AttemptStatus } from "@/app/generated/prisma/enums";
import { randomInt, randomUUID } from "node:crypto";
import type { TArticlePack } from "@/app/lib/content/load";
import {
  getReadablePack,
  requireAssignedPack,
  versionNumberOf,
} from "@/app/lib/data/article-packs";
import { roundTo } from "@/app/lib/numbers";
import { db } from "@/app/lib/db/client";
import { upsertAnswerSql } from "@/app/lib/data/raw-sql";
import { rawExecute } from "@/app/lib/db/raw";
import {
  ConflictError,
  InvalidInputError,
  isRecordMissing,
  isUniqueViolation,
  NotFoundError,
} from "@/app/lib/data/errors";
import { canReadAttempt, requireRole } from "@/app/lib/data/permissions";
import { getAssignmentStartPlan } from "@/app/lib/data/assignments";
import { recordReviewResults, REVIEW_QUIZ_ID } from "@/app/lib/data/reviews";
import {
  ASSIGNMENT_FEEDBACK_SELECT,
  assignmentFeedback,
  getHiddenQuestions,
  sharesHiddenQuestion,
  type TAssignmentFeedback,
} from "@/app/lib/data/feedback";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { ensureSnapshot, getSnapshot } from "@/app/lib/data/snapshots";
import { getAttemptKeys } from "@/app/lib/data/attempt-keys";
import { decodeAttemptOrder, decodeCriteria, type TSnapshot } from "@/app/lib/data/columns";
import { parseAnswer, readAnswer, storedAnswer } from "@/app/lib/quiz/answers";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import { buildAttemptOrder, decodeAnswer, type TAttemptOrder } from "@/app/lib/quiz/public";
import { scoreQuestion, type TOutcome } from "@/app/lib/quiz/scoring";
import {
  isLate,
  passedCutoff,
  TIME_LIMIT_GRACE_MS,
  type TCutoffInput,
} from "@/app/lib/quiz/cutoff";

// Attempts never lose an answer:
// - one open attempt per student and quiz, enforced by a unique index on openKey;
// - every answer is one atomic INSERT … ON CONFLICT statement, applied only while the attempt
//   is open and only if its sequence number is newer than what is stored;
// - submitting first closes the attempt (a conditional update), then grades the now-frozen
//   answers; replays and double clicks find it closed and return the same result.

function openKeyFor(studentId: string, articleSlug: string, quizId: string): string {
  return `practice:${studentId}:${articleSlug}:${quizId}`;
}

type TNewAttempt = {
  pack: TArticlePack;
  quizId: string;
  questionIds: readonly string[];
  settings: { shuffleQuestions: boolean };
  openKey: string;
  assignmentId?: string;
  timeLimitSec?: number | null;
};

/** Creates the attempt unless one is open under the same key; a racing start gets the winner's. */
async function createAttempt(user: TSessionUser, plan: TNewAttempt): Promise<{ id: string }> {
  const prisma = await db();
  const existing = await prisma.attempt.findUnique({
    where: { openKey: plan.openKey },
    select: { id: true },
  });
  if (existing) return existing;
  await ensureSnapshot(plan.pack);
  const seed = randomInt(2 ** 31);
  const order = buildAttemptOrder(plan.questionIds, plan.pack.questions, plan.settings, seed);
  const now = new Date();
  try {
    return await prisma.attempt.create({
      data: {
        studentId: user.id,
        articleSlug: plan.pack.slug,
        quizId: plan.quizId,
        assignmentId: plan.assignmentId ?? null,
        contentVersion: plan.pack.version,
        openKey: plan.openKey,
        seed,
        questionOrder: JSON.stringify(order),
        startedAt: now,
        deadlineAt: plan.timeLimitSec ? new Date(now.getTime() + plan.timeLimitSec * 1000) : null,
      },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await prisma.attempt.findUnique({
      where: { openKey: plan.openKey },
      select: { id: true },
    });
    if (!winner) throw error;
    return winner;
  }
}

const PRACTICE_CLOSED =
  "This quiz shares questions with an assignment of yours: you can practise it once you have handed the assignment in and your teacher has released its answers.";

/** Starts (or resumes) the student's open practice attempt at a quiz (or a review set). */
export async function startAttempt(
  user: TSessionUser,
  articleSlug: string,
  quizId: string,
  questionIds?: readonly string[],
): Promise<{ id: string }> {
  requireRole(user, "STUDENT");
  const pack = await getReadablePack(user, articleSlug).catch(() => undefined);
  const quiz = pack?.quizzes.find((q) => q.id === quizId);
  const ids = quizId === REVIEW_QUIZ_ID ? questionIds : quiz?.questions;
  if (!pack || !ids || ids.length === 0) throw new NotFoundError("We could not find that quiz.");
  // Practice would show the keys on submit: not for questions an assignment still hides.
  if (sharesHiddenQuestion(await getHiddenQuestions(user.id), articleSlug, ids))
    throw new ConflictError(PRACTICE_CLOSED);
  return createAttempt(user, {
    pack,
    quizId,
    questionIds: ids,
    settings: quiz ?? { shuffleQuestions: false },
    openKey: openKeyFor(user.id, articleSlug, quizId),
  });
}

/** Starts (or resumes) an attempt under an assignment, by its rules. */
export async function startAssignmentAttempt(
  user: TSessionUser,
  assignmentId: string,
): Promise<{ id: string }> {
  const { assignment, rules, blocker } = await getAssignmentStartPlan(user, assignmentId);
  const openKey = `assignment:${assignmentId}:${user.id}`;
  const prisma = await db();
  const open = await prisma.attempt.findUnique({ where: { openKey }, select: { id: true } });
  if (open) return open;
  if (blocker) throw new ConflictError(blocker);
  const pack = await requireAssignedPack(assignment);
  return createAttempt(user, {
    pack,
    quizId: assignment.quizId ?? "assignment",
    questionIds: assignment.questionIds,
    settings: { shuffleQuestions: assignment.shuffle },
    openKey,
    assignmentId,
    timeLimitSec: rules.timeLimitSec,
  });
}

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

/** What decides an attempt's cutoff: its time limit and, for an assignment, the assignment's rules. */
async function cutoffInput(attempt: {
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

/**
 * Closes an open attempt (a conditional update, so only once) and grades what was saved. An
 * attempt past its cutoff is submitted as of that cutoff; one submitted after the student's due
 * date is flagged late.
 */
async function closeAndGrade(
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
async function gradeAttempt(attemptId: string): Promise<void> {
  const prisma = await db();
  const row = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: {
      studentId: true,
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
    // Someone else graded it first: their result stands.
    if (!isRecordMissing(error)) throw error;
  }
}
