import "server-only";
import { randomInt } from "node:crypto";
import type { TArticlePack } from "@/app/lib/content/pack";
import { getReadablePack, requireAssignedPack } from "@/app/lib/data/article-packs";
import { db } from "@/app/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "@/app/lib/data/errors";
import { requireRole } from "@/app/lib/data/permissions";
import { getAssignmentStartPlan } from "@/app/lib/data/student-assignments";
import { REVIEW_QUIZ_ID } from "@/app/lib/data/reviews";
import { getHiddenQuestions, sharesHiddenQuestion } from "@/app/lib/data/feedback";
import { getReadingSupport } from "@/app/lib/data/reading-support";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { ensureSnapshot } from "@/app/lib/data/snapshots";
import { buildAttemptOrder } from "@/app/lib/quiz/public";

// Starting an attempt: practice, or an assignment's (within its rules and attempts allowed). One
// open attempt per student and quiz, enforced by the unique index on openKey, so a double click
// or two tabs resume the same attempt.

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
  const { level } = await getReadingSupport(user, plan.pack.slug);
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
        readingLevel: level,
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
