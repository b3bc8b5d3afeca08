import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import type { TQuestion, TQuiz } from "@/app/lib/content/question-schema";
import type { TArticlePack } from "@/app/lib/content/load";
import { getPack } from "@/app/lib/content";
import { db } from "@/app/lib/db/client";
import {
  ConflictError,
  InvalidInputError,
  isRecordMissing,
  isUniqueViolation,
  NotFoundError,
} from "@/app/lib/data/errors";
import { canReadStudentWork, requireRole } from "@/app/lib/data/permissions";
import { recordReviewResults, REVIEW_QUIZ_ID } from "@/app/lib/data/reviews";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { parseAnswer, type TAnswer } from "@/app/lib/quiz/answers";
import { buildAttemptOrder, type TAttemptOrder } from "@/app/lib/quiz/public";
import { scoreQuestion, type TOutcome } from "@/app/lib/quiz/scoring";

// Attempts never lose an answer:
// - one open attempt per student and quiz, enforced by a unique index on openKey;
// - every answer is one atomic INSERT … ON CONFLICT statement, applied only while the attempt
//   is open and only if its sequence number is newer than what is stored;
// - submitting first closes the attempt (a conditional update), then grades the now-frozen
//   answers; replays and double clicks find it closed and return the same result.

export const MAX_ANSWER_BYTES = 16 * 1024;

export type TSnapshot = {
  questions: TQuestion[];
  sentences: { id: string; paragraphId: string; text: string }[];
  quizzes: Pick<TQuiz, "id" | "title">[];
};

function snapshotOf(pack: TArticlePack): TSnapshot {
  return {
    questions: [...pack.questions.values()],
    sentences: [...pack.sentences.values()],
    quizzes: pack.quizzes.map(({ id, title }) => ({ id, title })),
  };
}

/** Stores the pack's questions for its version once, the first time an attempt uses it. */
async function ensureSnapshot(pack: TArticlePack): Promise<void> {
  const prisma = await db();
  const where = { articleSlug_version: { articleSlug: pack.slug, version: pack.version } };
  if (await prisma.contentSnapshot.findUnique({ where, select: { version: true } })) return;
  try {
    await prisma.contentSnapshot.create({
      data: {
        articleSlug: pack.slug,
        version: pack.version,
        data: JSON.stringify(snapshotOf(pack)),
      },
      select: { version: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

const snapshotCache = new Map<string, TSnapshot>();

export async function loadSnapshot(articleSlug: string, version: string): Promise<TSnapshot> {
  const key = `${articleSlug}@${version}`;
  const cached = snapshotCache.get(key);
  if (cached) return cached;
  const prisma = await db();
  const row = await prisma.contentSnapshot.findUnique({
    where: { articleSlug_version: { articleSlug, version } },
    select: { data: true },
  });
  if (!row) throw new NotFoundError("The content this attempt was taken on is missing.");
  const snapshot = JSON.parse(row.data) as TSnapshot;
  snapshotCache.set(key, snapshot);
  return snapshot;
}

function openKeyFor(studentId: string, articleSlug: string, quizId: string): string {
  return `practice:${studentId}:${articleSlug}:${quizId}`;
}

/**
 * Starts (or resumes) the student's open attempt at a quiz. Two simultaneous starts race on the
 * unique openKey; the loser finds and returns the winner's attempt.
 */
export async function startAttempt(
  user: TSessionUser,
  articleSlug: string,
  quizId: string,
  questionIds?: readonly string[],
): Promise<{ id: string }> {
  requireRole(user, "STUDENT");
  const pack = await getPack(articleSlug);
  const quiz = pack?.quizzes.find((q) => q.id === quizId);
  const ids = quizId === REVIEW_QUIZ_ID ? questionIds : quiz?.questions;
  if (!pack || !ids || ids.length === 0) throw new NotFoundError("We could not find that quiz.");
  const openKey = openKeyFor(user.id, articleSlug, quizId);
  const prisma = await db();
  const existing = await prisma.attempt.findUnique({ where: { openKey }, select: { id: true } });
  if (existing) return existing;

  await ensureSnapshot(pack);
  const seed = randomInt(2 ** 31);
  const order = buildAttemptOrder(
    ids,
    pack.questions,
    quiz ?? { shuffleQuestions: false, shuffleOptions: true },
    seed,
  );
  try {
    return await prisma.attempt.create({
      data: {
        studentId: user.id,
        articleSlug,
        quizId,
        contentVersion: pack.version,
        openKey,
        seed,
        questionOrder: JSON.stringify(order),
      },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await prisma.attempt.findUnique({ where: { openKey }, select: { id: true } });
    if (!winner) throw error;
    return winner;
  }
}

const ATTEMPT_SELECT = {
  id: true,
  studentId: true,
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
  articleSlug: string;
  quizId: string;
  quizTitle: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  order: TAttemptOrder;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  pendingManual: boolean;
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

/** An attempt as its student (or a teacher who manages the student) may see it. */
export async function getAttempt(user: TSessionUser, attemptId: string): Promise<TAttemptView> {
  const prisma = await db();
  const row = await prisma.attempt.findUnique({ where: { id: attemptId }, select: ATTEMPT_SELECT });
  if (!row || !(await canReadStudentWork(user, row.studentId)))
    throw new NotFoundError("We could not find that attempt.");
  if (row.status === "SUBMITTED" && row.score === null) {
    // Closed but not yet graded (a crash between the two steps): grade now, idempotently.
    await gradeAttempt(row.id);
    return getAttempt(user, attemptId);
  }
  const snapshot = await loadSnapshot(row.articleSlug, row.contentVersion);
  return {
    id: row.id,
    studentId: row.studentId,
    articleSlug: row.articleSlug,
    quizId: row.quizId,
    quizTitle: quizTitle(snapshot, row.quizId),
    status: row.status,
    order: JSON.parse(row.questionOrder) as TAttemptOrder,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    score: row.score,
    maxScore: row.maxScore,
    pendingManual: row.pendingManual,
    snapshot,
    responses: new Map(
      row.responses.map((r) => [
        r.questionId,
        {
          answer: JSON.parse(r.answer) as TAnswer,
          seq: r.seq,
          savedAt: r.savedAt,
          points: r.points,
          maxPoints: r.maxPoints,
          outcome: r.outcome as TOutcome | null,
          grade: r.grade
            ? { ...r.grade, criteria: JSON.parse(r.grade.criteria) as Record<string, number> }
            : null,
        },
      ]),
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
  const attempt = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: {
      studentId: true,
      status: true,
      articleSlug: true,
      contentVersion: true,
      questionOrder: true,
    },
  });
  if (!attempt || attempt.studentId !== user.id)
    throw new NotFoundError("We could not find that attempt.");
  if (attempt.status !== "IN_PROGRESS") {
    throw new ConflictError(
      "This attempt has been submitted, so answers can no longer be changed.",
    );
  }
  const order = JSON.parse(attempt.questionOrder) as TAttemptOrder;
  if (!order.questions.includes(input.questionId))
    throw new InvalidInputError("That question is not part of this attempt.");
  const snapshot = await loadSnapshot(attempt.articleSlug, attempt.contentVersion);
  const question = snapshot.questions.find((q) => q.id === input.questionId);
  if (!question) throw new InvalidInputError("That question is not part of this attempt.");
  const parsed = parseAnswer(question, input.answer, new Set(snapshot.sentences.map((s) => s.id)));
  if (!parsed.ok) throw new InvalidInputError(parsed.message);
  const answer = JSON.stringify(parsed.answer);

  // One statement: inserted or updated only while the attempt is open and the seq is newer.
  const now = new Date();
  const changed = await prisma.$executeRaw`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "seq", "contentVersion", "savedAt")
    SELECT ${randomUUID()}, a."id", ${input.questionId}, ${answer}, ${input.seq}, a."contentVersion", ${now}
    FROM "Attempt" a
    WHERE a."id" = ${attemptId} AND a."studentId" = ${user.id} AND a."status" = 'IN_PROGRESS'
    ON CONFLICT ("attemptId", "questionId") DO UPDATE
      SET "answer" = excluded."answer", "seq" = excluded."seq", "savedAt" = excluded."savedAt"
      WHERE excluded."seq" > "Response"."seq"`;
  if (changed > 0) return { status: "saved", seq: input.seq };

  const current = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: {
      status: true,
      responses: { where: { questionId: input.questionId }, select: { seq: true } },
    },
  });
  if (current?.status !== "IN_PROGRESS") {
    throw new ConflictError(
      "This attempt has been submitted, so answers can no longer be changed.",
    );
  }
  return { status: "stale", seq: current.responses[0]?.seq ?? 0 };
}

/** Closes the attempt (once) and grades it. Replays return the same, already graded attempt. */
export async function submitAttempt(user: TSessionUser, attemptId: string): Promise<void> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const closed = await prisma.attempt.updateMany({
    where: { id: attemptId, studentId: user.id, status: "IN_PROGRESS" },
    data: { status: "SUBMITTED", openKey: null, submittedAt: new Date() },
  });
  if (closed.count === 0) {
    const found = await prisma.attempt.findUnique({
      where: { id: attemptId },
      select: { studentId: true },
    });
    if (!found || found.studentId !== user.id)
      throw new NotFoundError("We could not find that attempt.");
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
  const snapshot = await loadSnapshot(row.articleSlug, row.contentVersion);
  const order = JSON.parse(row.questionOrder) as TAttemptOrder;
  const answers = new Map(
    row.responses.map((r) => [r.questionId, JSON.parse(r.answer) as TAnswer]),
  );
  const results = order.questions.flatMap((questionId) => {
    const question = snapshot.questions.find((q) => q.id === questionId);
    return question
      ? [
          {
            question,
            answer: answers.get(questionId),
            score: scoreQuestion(question, answers.get(questionId)),
          },
        ]
      : [];
  });
  const autoScore = results.reduce((sum, r) => sum + (r.score.points ?? 0), 0);
  const maxScore = results.reduce((sum, r) => sum + r.score.maxPoints, 0);
  const now = new Date();
  try {
    await prisma.$transaction([
      prisma.attempt.update({
        where: { id: attemptId, score: null },
        data: {
          score: Math.round(autoScore * 100) / 100,
          maxScore,
          pendingManual: results.some((r) => r.score.outcome === "pending"),
        },
        select: { id: true },
      }),
      ...results
        .filter((r) => answers.has(r.question.id))
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

export type TAttemptSummary = {
  id: string;
  articleSlug: string;
  quizId: string;
  quizTitle: string;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  pendingManual: boolean;
};

/** A student's attempts, newest first (their own only). */
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
    },
  });
  return Promise.all(
    rows.map(async ({ contentVersion, ...row }) => ({
      ...row,
      quizTitle: quizTitle(await loadSnapshot(row.articleSlug, contentVersion), row.quizId),
    })),
  );
}

/** The student's open attempt per quiz of an article, to offer "Resume". */
export async function openAttemptsFor(
  user: TSessionUser,
  articleSlug: string,
): Promise<Map<string, string>> {
  if (user.role !== "STUDENT") return new Map();
  const prisma = await db();
  const rows = await prisma.attempt.findMany({
    where: { studentId: user.id, articleSlug, status: "IN_PROGRESS" },
    select: { id: true, quizId: true },
  });
  return new Map(rows.map((row) => [row.quizId, row.id]));
}

/** Per-skill totals over a student's graded answers (auto-scored and teacher-graded). */
export async function skillBreakdown(
  user: TSessionUser,
): Promise<{ skill: string; points: number; maxPoints: number }[]> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const rows = await prisma.response.findMany({
    where: { attempt: { studentId: user.id, status: "SUBMITTED" }, points: { not: null } },
    select: {
      questionId: true,
      points: true,
      maxPoints: true,
      attempt: { select: { articleSlug: true, contentVersion: true } },
    },
  });
  const totals = new Map<string, { points: number; maxPoints: number }>();
  for (const row of rows) {
    const snapshot = await loadSnapshot(row.attempt.articleSlug, row.attempt.contentVersion);
    const skill = snapshot.questions.find((q) => q.id === row.questionId)?.skill ?? "other";
    const total = totals.get(skill) ?? { points: 0, maxPoints: 0 };
    total.points += row.points ?? 0;
    total.maxPoints += row.maxPoints ?? 0;
    totals.set(skill, total);
  }
  return [...totals].map(([skill, total]) => ({ skill, ...total }));
}
