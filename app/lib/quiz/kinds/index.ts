import { z } from "zod";
import { cer } from "./cer";
import { fill } from "./fill";
import { find } from "./find";
import type { TQuestionKind, TQuestionType } from "./kind";
import { matching } from "./matching";
import { multiple } from "./multiple";
import { ordering } from "./ordering";
import { single } from "./single";
import { sort } from "./sort";
import { truefalse } from "./truefalse";

// Every question type, by name: a type without a module here (or a module missing a piece of
// TQuestionKind) does not compile. See docs/decisions/0010-question-type-modules.md.
export const QUESTION_KINDS = {
  single,
  multiple,
  truefalse,
  fill,
  ordering,
  matching,
  sort,
  find,
  cer,
} satisfies { [T in TQuestionType]: { schema: z.ZodObject<{ type: z.ZodLiteral<T> }> } };

export const ZQuestionSchema = z.discriminatedUnion("type", [
  single.schema,
  multiple.schema,
  truefalse.schema,
  fill.schema,
  ordering.schema,
  matching.schema,
  sort.schema,
  find.schema,
  cer.schema,
]);

type TKinds = typeof QUESTION_KINDS;
export type TQuestion = z.infer<typeof ZQuestionSchema>;
export type TQuestionOf<T extends TQuestionType> = Extract<TQuestion, { type: T }>;
export type TAnswerOf<T extends TQuestionType> = z.infer<TKinds[T]["answer"]>;
export type TAnswer = { [T in TQuestionType]: TAnswerOf<T> }[TQuestionType];
/** What the browser sees of each type besides its id, prompt and points. */
export type TPublicPartOf<T extends TQuestionType> = ReturnType<TKinds[T]["toPublic"]>;

type TAnyKind = TQuestionKind<TQuestion, TAnswer, object>;

/**
 * The module of a question's type. Callers pass it only its own question and answers its own
 * schema accepted (readAnswer, parseAnswer); TypeScript cannot follow that pairing through a
 * union, and method parameters let the loose type stand for each kind.
 */
export function kindOf(question: TQuestion): TAnyKind {
  return QUESTION_KINDS[question.type];
}
export type { TQuestionType } from "./kind";
