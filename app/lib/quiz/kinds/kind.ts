import { z } from "zod";
import { ZCitesSchema } from "@/app/lib/cites";

// What every question type provides, in one module per type (gathered in ./index.ts): the
// authored schema and its checks, the answer a student sends, what the browser may see, scoring,
// words for reviews and exports, a sample answer, and the item analysis's answer table. The
// browser-side input of each type lives beside it (<type>-input.tsx, gathered in ./inputs.ts).

export const QUESTION_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "fill",
  "ordering",
  "matching",
  "sort",
  "find",
  "cer",
] as const;
export type TQuestionType = (typeof QUESTION_TYPES)[number];

export const SKILLS = ["recall", "vocabulary", "inference", "evidence", "argument"] as const;
export type TSkill = (typeof SKILLS)[number];

export const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
export const ZItemIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters, digits and dashes");

/** Fields every question has, whatever its type. */
export const questionFields = {
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and dashes"),
  prompt: nonEmpty("prompt"),
  skill: z.enum(SKILLS),
  difficulty: z.number().int().min(1).max(3),
  points: z.number().positive(),
  explanation: nonEmpty("explanation"),
  cites: ZCitesSchema,
};

export const ZMisconceptionSchema = z.object({
  misconception: ZItemIdSchema,
  feedback: nonEmpty("feedback"),
});

/**
 * Options (or a matching's choices) are shuffled in every attempt so the right one is not always
 * in the same place; `fixedOrder: true` pins the authored order where it carries meaning (a scale,
 * "none of the above").
 */
export const ZFixedOrderSchema = z.boolean().optional();

/** An id in an answer: ids and tokens are short. */
export const ZAnswerIdSchema = z.string().max(64);

/** Which list of a question a choice id belongs to (a matching's pairs and choices may share ids). */
export type TChoiceKind = "option" | "item" | "pair" | "choice" | "statement";
export type TProblem = [field: string, message: string];
export type TSentenceTexts = ReadonlyMap<string, string>;
export type TMisconceptionShown = { misconception: string; feedback: string };
export type TPublicChoice = { id: string; text: string };
export type TDistributionRow = { label: string; correct: boolean; count: number };

/**
 * Shows one of the question's lists as the attempt orders it, each choice under the attempt's
 * token: `primary` is the list the student works through, `match` a matching's right-hand list.
 */
export type TShow = (
  kind: TChoiceKind,
  items: readonly { id: string; text: string }[],
  order: "primary" | "match",
) => TPublicChoice[];

export type TQuestionKind<Q extends { type: TQuestionType }, A, P> = {
  /** The question as authored in questions.yaml (the union of these is ZQuestionSchema). */
  schema: z.ZodType<Q>;
  /** Rules the schema cannot express: [field under the question, message]. */
  check(question: Q, sentenceIds: ReadonlySet<string>): TProblem[];
  /** The answer a student sends, in authored ids once the attempt's tokens are decoded. */
  answer: z.ZodType<A>;
  /** Ids in an answer that the question does not have, or a message for an answer that cannot be. */
  unknownIds(
    question: Q,
    answer: A,
    sentenceIds: ReadonlySet<string>,
  ): string[] | { message: string };
  /** The lists whose choices get per-attempt tokens, the one the attempt orders first. */
  choiceLists(question: Q): [TChoiceKind, readonly { id: string }[]][];
  /** The answer with each choice id rewritten (authored ids ↔ the attempt's tokens). */
  mapIds(answer: A, map: (kind: TChoiceKind, id: string) => string): A;
  /** What the browser may see besides the prompt: never a key or a teaching note. */
  toPublic(question: Q, show: TShow): P;
  /** How partial credit works, told to the student; absent where an answer is right or wrong. */
  partialRule?: string;
  isAnswered(answer: A): boolean;
  /** The share of the points earned, 0 to 1; null while a teacher must score it. */
  score(question: Q, answer: A): number | null;
  misconceptions(question: Q, answer: A): TMisconceptionShown[];
  describe(question: Q, answer: A, sentences: TSentenceTexts): string;
  describeCorrect(question: Q, sentences: TSentenceTexts): string;
  /** A well-formed answer, right or wrong on request (for load and scale data). */
  sample(question: Q, right: boolean, sentenceIds: readonly string[]): A;
  /**
   * The item analysis's answer table, where it is not the most frequent answers in words (the
   * default): a choice question counts each option.
   */
  distribution?(question: Q, answers: readonly (A | undefined)[]): TDistributionRow[];
};

/** Declares a kind, keeping its exact schemas (the question union needs their literal types). */
export function defineKind<
  S extends z.ZodObject<{ type: z.ZodLiteral<TQuestionType> }>,
  AS extends z.ZodType,
  P,
>(kind: TQuestionKind<z.infer<S>, z.infer<AS>, P> & { schema: S; answer: AS }) {
  return kind;
}

export function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

export const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
export const texts = (list: readonly { text: string }[]) => list.map((item) => item.text);

/** Problems for repeated values in one list of a question. */
export function uniqueIn(field: string, values: readonly string[], what: string): TProblem[] {
  return duplicates(values).map((value) => [field, `duplicate ${what} ${value}`]);
}

export function unknownIn(given: Iterable<string>, known: Iterable<string>): string[] {
  const allowed = new Set(known);
  return [...given].filter((value) => !allowed.has(value));
}

/** The share of items in the right place. */
export const share = (hits: number, total: number) => (total === 0 ? 0 : hits / total);

export const quote = (sentences: TSentenceTexts, id: string) => `“${sentences.get(id) ?? id}”`;

/**
 * For types without a per-option table: the eight most frequent answers, in words, commonest
 * first (ties in the order they were first given), each marked right when it earned full marks.
 */
export function distributionOf(
  answers: readonly { label: string; correct: boolean }[],
): TDistributionRow[] {
  const rows = new Map<string, TDistributionRow>();
  for (const { label, correct } of answers) {
    const row = rows.get(label) ?? { label, correct, count: 0 };
    row.count += 1;
    rows.set(label, row);
  }
  return [...rows.values()].sort((a, b) => b.count - a.count).slice(0, 8);
}

export const NO_ANSWER = "No answer";
