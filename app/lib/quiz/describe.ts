import type { TQuestion, TQuestionOf } from "@/app/lib/content/question-schema";
import type { TAnswer, TAnswerOf } from "@/app/lib/quiz/answers";

// Answers in words, for review pages and exports: "Russia; North Korea" rather than ids.

type TSentences = ReadonlyMap<string, string>;

const quote = (sentences: TSentences, id: string) => `“${sentences.get(id) ?? id}”`;

export function describeAnswer(
  question: TQuestion,
  answer: TAnswer | undefined,
  sentences: TSentences,
): string {
  if (answer === undefined) return "No answer";
  switch (question.type) {
    case "single":
      return (
        question.options.find((o) => o.id === (answer as TAnswerOf<"single">).optionId)?.text ??
        "No answer"
      );
    case "multiple": {
      const ids = (answer as TAnswerOf<"multiple">).optionIds;
      return (
        question.options
          .filter((o) => ids.includes(o.id))
          .map((o) => o.text)
          .join("; ") || "No answer"
      );
    }
    case "truefalse":
      return (answer as TAnswerOf<"truefalse">).value ? "True" : "False";
    case "fill":
      return (answer as TAnswerOf<"fill">).text.trim() || "No answer";
    case "ordering":
      return (answer as TAnswerOf<"ordering">).order
        .map((id, index) => `${index + 1}. ${question.items.find((i) => i.id === id)?.text ?? id}`)
        .join("; ");
    case "matching": {
      const matches = (answer as TAnswerOf<"matching">).matches;
      return question.pairs
        .map(
          (p) =>
            `${p.text} → ${question.choices.find((c) => c.id === matches[p.id])?.text ?? "(none)"}`,
        )
        .join("; ");
    }
    case "sort": {
      const sorts = (answer as TAnswerOf<"sort">).sorts;
      return question.statements
        .map((s) => `${s.text} → ${categoryLabel(question, sorts[s.id])}`)
        .join("; ");
    }
    case "find":
      return quote(sentences, (answer as TAnswerOf<"find">).sentenceId);
    case "cer": {
      const cer = answer as TAnswerOf<"cer">;
      const side = question.sides.find((s) => s.id === cer.claim)?.text ?? "(no claim)";
      const evidence = cer.evidence.map((id) => quote(sentences, id)).join(" ") || "(no evidence)";
      return `Claim: ${side}. Evidence: ${evidence} Reasoning: ${cer.reasoning.trim() || "(none)"}`;
    }
  }
}

function categoryLabel(question: TQuestionOf<"sort">, id: string | undefined): string {
  return question.categories.find((c) => c.id === id)?.label ?? "(none)";
}

export function describeCorrectAnswer(question: TQuestion, sentences: TSentences): string {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join("; ");
    case "truefalse":
      return question.correct ? "True" : "False";
    case "fill":
      return question.accepted.join(" or ");
    case "ordering":
      return question.items.map((item, index) => `${index + 1}. ${item.text}`).join("; ");
    case "matching":
      return question.pairs
        .map((p) => `${p.text} → ${question.choices.find((c) => c.id === p.match)?.text ?? ""}`)
        .join("; ");
    case "sort":
      return question.statements
        .map((s) => `${s.text} → ${categoryLabel(question, s.category)}`)
        .join("; ");
    case "find":
      return question.accepted.map((id) => quote(sentences, id)).join(" or ");
    case "cer":
      return "Scored by your teacher against the rubric.";
  }
}
