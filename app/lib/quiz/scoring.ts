import { roundTo } from "@/app/lib/numbers";
import { kindOf, type TAnswer, type TQuestion } from "@/app/lib/quiz/kinds";

// Scoring happens only on the server, from the content pack (or the snapshot an attempt was
// taken on); each type's rule lives in its module (app/lib/quiz/kinds/) and is shown to students.
// Claim–evidence–reasoning is scored by the teacher: until then "pending", never 0.

export type TOutcome = "correct" | "partial" | "incorrect" | "unanswered" | "pending";
export type TScore = { points: number | null; maxPoints: number; outcome: TOutcome };

export function isAnswered(question: TQuestion, answer: TAnswer | undefined): boolean {
  return answer !== undefined && kindOf(question).isAnswered(answer);
}

export function scoreQuestion(question: TQuestion, answer: TAnswer | undefined): TScore {
  const maxPoints = question.points;
  if (!answer || !isAnswered(question, answer))
    return { points: 0, maxPoints, outcome: "unanswered" };
  const share = kindOf(question).score(question, answer);
  if (share === null) return { points: null, maxPoints, outcome: "pending" };
  const clamped = Math.max(0, Math.min(1, share));
  const outcome: TOutcome = clamped >= 1 ? "correct" : clamped <= 0 ? "incorrect" : "partial";
  return { points: roundTo(clamped * maxPoints, 2), maxPoints, outcome };
}

/** The wrong choices an answer made, with the misconception each reveals (for feedback and analysis). */
export function misconceptionsShown(
  question: TQuestion,
  answer: TAnswer | undefined,
): { misconception: string; feedback: string }[] {
  return answer ? kindOf(question).misconceptions(question, answer) : [];
}
