import { kindOf, type TAnswer, type TAnswerOf, type TQuestion } from "@/app/lib/quiz/kinds";

// What a student sends is checked by the question type's own answer schema. Partial answers are
// fine while an attempt is in progress (an ordering not yet touched, half of a matching); unknown
// ids, wrong shapes and oversized text are refused.

export type TParsedAnswer = { ok: true; answer: TAnswer } | { ok: false; message: string };

/** Checks a submitted answer against its question: shape first, then that every id exists. */
export function parseAnswer(
  question: TQuestion,
  raw: unknown,
  sentenceIds: ReadonlySet<string>,
): TParsedAnswer {
  const kind = kindOf(question);
  const parsed = kind.answer.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: `That answer does not fit this question: ${parsed.error.issues[0]?.message ?? "wrong shape"}.`,
    };
  }
  const bad = kind.unknownIds(question, parsed.data, sentenceIds);
  if (!Array.isArray(bad)) return { ok: false, message: bad.message };
  if (bad.length > 0)
    return { ok: false, message: `Unknown choice: ${bad.slice(0, 3).join(", ")}.` };
  return { ok: true, answer: parsed.data };
}

/** An answer as stored: tagged with its question's type, so whatever reads it never guesses. */
export function storedAnswer(question: TQuestion, answer: TAnswer): string {
  return JSON.stringify({ type: question.type, ...answer });
}

/**
 * A stored answer read back through its question type's schema (answers stored before the tag
 * have none); undefined when it does not fit, so an answer is never read as another type's.
 */
export function readAnswer<Q extends TQuestion>(
  question: Q,
  stored: string,
): TAnswerOf<Q["type"]> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const { type, ...answer } = value as Record<string, unknown>;
  if (type !== undefined && type !== question.type) return undefined;
  const parsed = kindOf(question).answer.safeParse(answer);
  // The question's own kind parsed it, so it is that kind's answer.
  return parsed.success ? (parsed.data as TAnswerOf<Q["type"]>) : undefined;
}
