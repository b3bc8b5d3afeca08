import type { TQuestion, TQuiz } from "@/app/lib/content/question-schema";
import { PARTIAL_CREDIT_RULES } from "@/app/lib/quiz/scoring";
import { seededRandom, shuffled } from "@/app/lib/quiz/shuffle";

// What the browser may see of a question while an attempt is open: prompts and choices, in the
// attempt's own order. Never keys (correct, accepted, match, category), misconceptions,
// feedback, explanations or citations (a citation would give away "find the sentence").

type TChoice = { id: string; text: string };
type TCommon = { id: string; prompt: string; points: number; partialRule?: string };

export type TPublicQuestion = TCommon &
  (
    | { type: "single" | "multiple"; options: TChoice[] }
    | { type: "truefalse" }
    | { type: "fill" }
    | { type: "ordering"; items: TChoice[] }
    | { type: "matching"; pairs: TChoice[]; choices: TChoice[] }
    | { type: "sort"; statements: TChoice[] }
    | { type: "find" }
    | {
        type: "cer";
        sides: TChoice[];
        rubric: { label: string; points: number; description: string }[];
      }
  );

/** The question ids of an attempt and, per question, the order its choices are shown in. */
export type TAttemptOrder = { questions: string[]; choices: Record<string, string[]> };

function choiceIds(question: TQuestion): string[] {
  switch (question.type) {
    case "single":
    case "multiple":
      return question.options.map((o) => o.id);
    case "ordering":
      return question.items.map((i) => i.id);
    case "matching":
      return question.pairs.map((p) => p.id);
    case "sort":
      return question.statements.map((s) => s.id);
    default:
      return [];
  }
}

/** Fixes the order of questions and choices for one attempt from its stored seed. */
export function buildAttemptOrder(
  questionIds: readonly string[],
  bank: ReadonlyMap<string, TQuestion>,
  settings: Pick<TQuiz, "shuffleQuestions" | "shuffleOptions">,
  seed: number,
): TAttemptOrder {
  const random = seededRandom(seed);
  const questions = settings.shuffleQuestions ? shuffled(questionIds, random) : [...questionIds];
  const choices: Record<string, string[]> = {};
  for (const id of questions) {
    const question = bank.get(id);
    if (!question) continue;
    const ids = choiceIds(question);
    // An ordering shown in its answer order would answer itself, so it is always shuffled.
    if (question.type === "ordering") {
      let order = shuffled(ids, random);
      if (order.every((value, index) => value === ids[index]))
        order = [...ids.slice(1), ...ids.slice(0, 1)];
      choices[id] = order;
    } else {
      choices[id] = settings.shuffleOptions ? shuffled(ids, random) : ids;
    }
  }
  return { questions, choices };
}

function inOrder<T extends TChoice>(
  items: readonly T[],
  order: readonly string[] | undefined,
): TChoice[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ids = order && order.length === items.length ? order : items.map((item) => item.id);
  return ids.flatMap((id) => {
    const item = byId.get(id);
    return item ? [{ id: item.id, text: item.text }] : [];
  });
}

export function toPublicQuestion(
  question: TQuestion,
  order: readonly string[] | undefined,
): TPublicQuestion {
  const common: TCommon = {
    id: question.id,
    prompt: question.prompt,
    points: question.points,
    ...(PARTIAL_CREDIT_RULES[question.type]
      ? { partialRule: PARTIAL_CREDIT_RULES[question.type] }
      : {}),
  };
  switch (question.type) {
    case "single":
    case "multiple":
      return { ...common, type: question.type, options: inOrder(question.options, order) };
    case "ordering":
      return { ...common, type: "ordering", items: inOrder(question.items, order) };
    case "matching":
      return {
        ...common,
        type: "matching",
        pairs: inOrder(question.pairs, order),
        choices: question.choices.map(({ id, text }) => ({ id, text })),
      };
    case "sort":
      return { ...common, type: "sort", statements: inOrder(question.statements, order) };
    case "cer":
      return {
        ...common,
        type: "cer",
        sides: question.sides.map(({ id, text }) => ({ id, text })),
        rubric: question.rubric.map(({ label, points, description }) => ({
          label,
          points,
          description,
        })),
      };
    case "truefalse":
    case "fill":
    case "find":
      return { ...common, type: question.type };
  }
}
