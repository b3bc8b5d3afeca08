import "server-only";
import { withArticleTitles } from "@/app/lib/data/article-packs";
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import type { PrismaClient, ReviewCard } from "@/app/generated/prisma/client";
import type { TQuestionType } from "@/app/lib/quiz/kinds";
import { db } from "@/app/lib/db/client";
import { getHiddenQuestions } from "@/app/lib/data/feedback";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import type { TOutcome } from "@/app/lib/quiz/scoring";

// Spaced review with FSRS (ts-fsrs). A question answered wrongly or partly enters the student's
// review queue; each later answer to it (in a quiz or a review set) reschedules it.

export const REVIEW_QUIZ_ID = "review";
/** How many due questions one review takes: a few minutes' work. */
export const REVIEW_SET_SIZE = 5;
const scheduler = fsrs();

const GRADE_FOR: Partial<Record<TOutcome, Grade>> = {
  correct: Rating.Good,
  partial: Rating.Hard,
  incorrect: Rating.Again,
  unanswered: Rating.Again,
};

function toCard(row: ReviewCard): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview ?? undefined,
  };
}

function fromCard(card: Card) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/**
 * The review-card writes for a graded attempt, as statements for the grading batch. Questions
 * with a card are rescheduled by the result; a wrong or partial answer without one creates it.
 * Teacher-scored questions are left out: they have no automatic result.
 */
export function recordReviewResults(
  prisma: PrismaClient,
  input: {
    studentId: string;
    articleSlug: string;
    fromReview: boolean;
    results: { questionId: string; outcome: TOutcome; type: TQuestionType }[];
    existing: ReviewCard[];
    now: Date;
  },
) {
  const cards = new Map(input.existing.map((card) => [card.questionId, card]));
  return input.results.flatMap(({ questionId, outcome, type }) => {
    const grade = GRADE_FOR[outcome];
    if (type === "cer" || grade === undefined) return [];
    const existing = cards.get(questionId);
    // Only a wrong or partly wrong answer starts a card; skipped questions were not answered wrongly.
    if (!existing && outcome !== "incorrect" && outcome !== "partial") return [];
    const next = scheduler.next(
      existing ? toCard(existing) : createEmptyCard(input.now),
      input.now,
      grade,
    ).card;
    return [
      prisma.reviewCard.upsert({
        where: {
          studentId_articleSlug_questionId: {
            studentId: input.studentId,
            articleSlug: input.articleSlug,
            questionId,
          },
        },
        create: {
          studentId: input.studentId,
          articleSlug: input.articleSlug,
          questionId,
          ...fromCard(next),
        },
        update: fromCard(next),
        select: { id: true },
      }),
    ];
  });
}

export type TReviewQueue = {
  articleSlug: string;
  /** Its article's headline (its slug if the article is gone). */
  articleTitle: string;
  /** How many of its questions are due now: all of them, not just the next set. */
  due: number;
  /** The next review set: the questions due longest, at most REVIEW_SET_SIZE. */
  set: string[];
  nextDue: Date | null;
  total: number;
}[];

/** Per article: how many questions are due now and the next set of them, when the next one falls due, and the queue size. */
export async function listReviewQueue(user: TSessionUser, now = new Date()): Promise<TReviewQueue> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const cards = await prisma.reviewCard.findMany({
    where: { studentId: user.id },
    orderBy: { due: "asc" },
    select: { articleSlug: true, questionId: true, due: true },
  });
  // A card reveals that an answer was wrong: none for questions an assignment still hides.
  const hidden = await getHiddenQuestions(user.id, now);
  const bySlug = new Map<string, typeof cards>();
  for (const card of cards) {
    if (hidden.get(card.articleSlug)?.has(card.questionId)) continue;
    bySlug.set(card.articleSlug, [...(bySlug.get(card.articleSlug) ?? []), card]);
  }
  return withArticleTitles(
    [...bySlug].map(([articleSlug, list]) => {
      const due = list.filter((card) => card.due <= now);
      return {
        articleSlug,
        due: due.length,
        set: due.slice(0, REVIEW_SET_SIZE).map((card) => card.questionId),
        nextDue: list.find((card) => card.due > now)?.due ?? null,
        total: list.length,
      };
    }),
  );
}
