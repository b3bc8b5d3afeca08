import type { TItemWarning } from "@/app/lib/authoring/item-warnings";
import { itemStats, MIN_ANSWERS } from "@/app/lib/quiz/statistics";

// Once students have answered a published article, the item analysis Debrief computes for an
// assignment report says which questions do not work: those the strongest students get wrong
// more often than the weakest, and those nearly everyone (or nearly no one) gets right.

const TOO_EASY = 95;
const TOO_HARD = 20;

/** One submitted attempt: each answered question's mark (null while awaiting a grade). */
export type TAnsweredAttempt = ReadonlyMap<string, number | null>;

export function analysisWarnings(
  questions: readonly { id: string; points: number }[],
  attempts: readonly TAnsweredAttempt[],
): TItemWarning[] {
  const totals = attempts.map((marks) =>
    [...marks.values()].reduce<number>((s, m) => s + (m ?? 0), 0),
  );
  return questions.flatMap((question) => {
    const answered = attempts.flatMap((marks, index) => {
      const mark = marks.get(question.id);
      return mark === undefined || mark === null ? [] : [{ mark, total: totals[index] ?? 0 }];
    });
    if (answered.length < MIN_ANSWERS) return [];
    const stats = itemStats(
      answered.map((a) => a.mark),
      answered.map((a) => a.total),
      question.points,
    );
    const over = `over ${answered.length} answers`;
    const id = question.id;
    const warnings: TItemWarning[] = [];
    if (stats.discrimination !== null && stats.discrimination < 0)
      warnings.push({
        questionId: id,
        message: `${id}: students who did well on the rest of the quiz did worse on it (discrimination ${stats.discrimination.toFixed(0)}%, ${over}). Check its key and its wording.`,
      });
    if (stats.facility !== null && stats.facility > TOO_EASY)
      warnings.push({
        questionId: id,
        message: `${id}: almost everyone got it right (facility ${stats.facility.toFixed(0)}%, ${over}), so it tells you little. Make its wrong options more tempting.`,
      });
    if (stats.facility !== null && stats.facility < TOO_HARD)
      warnings.push({
        questionId: id,
        message: `${id}: few got it right (facility ${stats.facility.toFixed(0)}%, ${over}). Check its key, and that the article supports it.`,
      });
    return warnings;
  });
}
