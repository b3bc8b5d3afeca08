import { kindOf, type TAnswer, type TQuestion } from "@/app/lib/quiz/kinds";
import { distributionOf, NO_ANSWER, type TDistributionRow } from "@/app/lib/quiz/kinds/kind";
import { isAnswered, scoreQuestion } from "@/app/lib/quiz/scoring";

// Answers in words, for review pages, exports and the item analysis: "Russia; North Korea"
// rather than ids.

type TSentences = ReadonlyMap<string, string>;

export function describeAnswer(
  question: TQuestion,
  answer: TAnswer | undefined,
  sentences: TSentences,
): string {
  // An empty answer (no pair matched, nothing sorted, only punctuation typed) is no answer, in
  // words as in the score: reviews, exports and the item analysis say so alike.
  return answer === undefined || !isAnswered(question, answer)
    ? NO_ANSWER
    : kindOf(question).describe(question, answer, sentences);
}

export function describeCorrectAnswer(question: TQuestion, sentences: TSentences): string {
  return kindOf(question).describeCorrect(question, sentences);
}

/**
 * How many students gave each answer: per option for choice questions, else the commonest in
 * words, those that earned full marks marked right.
 */
export function answerDistribution(
  question: TQuestion,
  answers: readonly (TAnswer | undefined)[],
  sentences: TSentences,
): TDistributionRow[] {
  const kind = kindOf(question);
  return kind.distribution
    ? kind.distribution(question, answers)
    : distributionOf(
        answers.map((answer) => ({
          label: describeAnswer(question, answer, sentences),
          correct: scoreQuestion(question, answer).outcome === "correct",
        })),
      );
}
