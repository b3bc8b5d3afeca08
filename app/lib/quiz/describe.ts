import { kindOf, type TAnswer, type TQuestion } from "@/app/lib/quiz/kinds";
import { distributionOf, NO_ANSWER, type TDistributionRow } from "@/app/lib/quiz/kinds/kind";

// Answers in words, for review pages, exports and the item analysis: "Russia; North Korea"
// rather than ids.

type TSentences = ReadonlyMap<string, string>;

export function describeAnswer(
  question: TQuestion,
  answer: TAnswer | undefined,
  sentences: TSentences,
): string {
  return answer === undefined ? NO_ANSWER : kindOf(question).describe(question, answer, sentences);
}

export function describeCorrectAnswer(question: TQuestion, sentences: TSentences): string {
  return kindOf(question).describeCorrect(question, sentences);
}

/** How many students gave each answer: per option for choice questions, else the commonest in words. */
export function answerDistribution(
  question: TQuestion,
  answers: readonly (TAnswer | undefined)[],
  sentences: TSentences,
): TDistributionRow[] {
  const kind = kindOf(question);
  return kind.distribution
    ? kind.distribution(question, answers)
    : distributionOf(answers.map((answer) => describeAnswer(question, answer, sentences)));
}
