import type { TQuestion } from "@/app/lib/content/question-schema";
import type { TAnswer } from "@/app/lib/quiz/answers";

/**
 * A well-formed answer to any question, right or wrong on request (for load and scale data).
 * `sentenceIds` are the pack's, in article order: a wrong "find" picks one it does not accept.
 */
export function sampleAnswer(
  question: TQuestion,
  right: boolean,
  sentenceIds: readonly string[],
): TAnswer {
  switch (question.type) {
    case "single":
      return {
        optionId:
          question.options.find((o) => Boolean(o.correct) === right)?.id ?? question.options[0]!.id,
      };
    case "multiple":
      return {
        optionIds: question.options.filter((o) => Boolean(o.correct) === right).map((o) => o.id),
      };
    case "truefalse":
      return { value: right ? question.correct : !question.correct };
    case "fill":
      return { text: right ? (question.accepted[0] ?? "") : "no idea" };
    case "ordering":
      return { order: (right ? question.items : [...question.items].reverse()).map((i) => i.id) };
    case "matching":
      return {
        matches: Object.fromEntries(
          question.pairs.map((p) => [p.id, right ? p.match : question.choices[0]!.id]),
        ),
      };
    case "sort":
      return {
        sorts: Object.fromEntries(
          question.statements.map((s) => [
            s.id,
            right ? s.category : question.categories.find((c) => c.id !== s.category)!.id,
          ]),
        ),
      };
    case "find":
      return {
        sentenceId: right
          ? question.accepted[0]!
          : sentenceIds.find((id) => !question.accepted.includes(id))!,
      };
    case "cer":
      return {
        claim: question.sides[0]!.id,
        evidence: [question.cites[0]!],
        reasoning: "Scale data.",
      };
  }
}
