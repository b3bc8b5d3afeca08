import { z } from "zod";
import type { TQuestion, TQuestionType } from "@/app/lib/content/question-schema";

// What a student's answer to each question type looks like, and the limits it must respect.
// Partial answers are fine while an attempt is in progress (an ordering not yet touched, half of
// a matching); unknown ids, wrong shapes and oversized text are refused.

export const MAX_FILL_LENGTH = 200;
export const MAX_REASONING_LENGTH = 2000;
export const MAX_EVIDENCE = 8;

const id = z.string().max(64);

export const ZAnswerSchemas = {
  single: z.object({ optionId: id }).strict(),
  multiple: z.object({ optionIds: z.array(id).max(20) }).strict(),
  truefalse: z.object({ value: z.boolean() }).strict(),
  fill: z
    .object({
      text: z.string().max(MAX_FILL_LENGTH, `Keep the answer under ${MAX_FILL_LENGTH} characters.`),
    })
    .strict(),
  ordering: z.object({ order: z.array(id).max(20) }).strict(),
  matching: z.object({ matches: z.record(id, id) }).strict(),
  sort: z.object({ sorts: z.record(id, id) }).strict(),
  find: z.object({ sentenceId: id }).strict(),
  cer: z
    .object({
      claim: id.nullable(),
      evidence: z.array(id).max(MAX_EVIDENCE, `Pick at most ${MAX_EVIDENCE} sentences.`),
      reasoning: z
        .string()
        .max(MAX_REASONING_LENGTH, `Keep your reasoning under ${MAX_REASONING_LENGTH} characters.`),
    })
    .strict(),
} satisfies Record<TQuestionType, z.ZodType>;

export type TAnswerOf<T extends TQuestionType> = z.infer<(typeof ZAnswerSchemas)[T]>;
export type TAnswer = { [T in TQuestionType]: TAnswerOf<T> }[TQuestionType];

export type TParsedAnswer = { ok: true; answer: TAnswer } | { ok: false; message: string };

function unknownIds(given: Iterable<string>, known: Iterable<string>): string[] {
  const allowed = new Set(known);
  return [...given].filter((value) => !allowed.has(value));
}

/** Checks a submitted answer against its question: shape first, then that every id exists. */
export function parseAnswer(
  question: TQuestion,
  raw: unknown,
  sentenceIds: ReadonlySet<string>,
): TParsedAnswer {
  const parsed = ZAnswerSchemas[question.type].safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: `That answer does not fit this question: ${parsed.error.issues[0]?.message ?? "wrong shape"}.`,
    };
  }
  const answer = parsed.data;
  let bad: string[] = [];
  switch (question.type) {
    case "single":
      bad = unknownIds(
        [(answer as TAnswerOf<"single">).optionId],
        question.options.map((o) => o.id),
      );
      break;
    case "multiple": {
      const ids = (answer as TAnswerOf<"multiple">).optionIds;
      if (new Set(ids).size !== ids.length)
        return { ok: false, message: "An option was chosen twice." };
      bad = unknownIds(
        ids,
        question.options.map((o) => o.id),
      );
      break;
    }
    case "ordering": {
      const order = (answer as TAnswerOf<"ordering">).order;
      const items = question.items.map((i) => i.id);
      if (order.length !== items.length || new Set(order).size !== items.length) {
        return { ok: false, message: "An ordering must list every item exactly once." };
      }
      bad = unknownIds(order, items);
      break;
    }
    case "matching": {
      const matches = (answer as TAnswerOf<"matching">).matches;
      bad = [
        ...unknownIds(
          Object.keys(matches),
          question.pairs.map((p) => p.id),
        ),
        ...unknownIds(
          Object.values(matches),
          question.choices.map((c) => c.id),
        ),
      ];
      break;
    }
    case "sort": {
      const sorts = (answer as TAnswerOf<"sort">).sorts;
      bad = [
        ...unknownIds(
          Object.keys(sorts),
          question.statements.map((s) => s.id),
        ),
        ...unknownIds(
          Object.values(sorts),
          question.categories.map((c) => c.id),
        ),
      ];
      break;
    }
    case "find":
      bad = unknownIds([(answer as TAnswerOf<"find">).sentenceId], sentenceIds);
      break;
    case "cer": {
      const cer = answer as TAnswerOf<"cer">;
      bad = [
        ...(cer.claim === null
          ? []
          : unknownIds(
              [cer.claim],
              question.sides.map((s) => s.id),
            )),
        ...unknownIds(cer.evidence, sentenceIds),
      ];
      break;
    }
    case "truefalse":
    case "fill":
      break;
  }
  if (bad.length > 0)
    return { ok: false, message: `Unknown choice: ${bad.slice(0, 3).join(", ")}.` };
  return { ok: true, answer };
}
