import { z } from "zod";
import {
  texts,
  ids,
  NO_ANSWER,
  nonEmpty,
  questionFields,
  uniqueIn,
  ZFixedOrderSchema,
  ZItemIdSchema,
  type TDistributionRow,
  type TMisconceptionShown,
  type TProblem,
} from "./kind";

// What single-choice and multiple-select questions share: options, each wrong one with the
// misconception it reveals and feedback of its own.

/** A right option, or a wrong one that names its misconception and has its own feedback. */
const ZOptionSchema = z
  .object({
    id: ZItemIdSchema,
    text: nonEmpty("option text"),
    correct: z.literal(true).optional(),
    misconception: ZItemIdSchema.optional(),
    feedback: nonEmpty("feedback").optional(),
  })
  .superRefine((option, context) => {
    if (option.correct) {
      if (option.misconception) {
        context.addIssue({
          code: "custom",
          path: ["misconception"],
          message: "a correct option has no misconception",
        });
      }
      return;
    }
    if (!option.misconception) {
      context.addIssue({
        code: "custom",
        path: ["misconception"],
        message: "a wrong option must name the misconception it reveals",
      });
    }
    if (!option.feedback) {
      context.addIssue({
        code: "custom",
        path: ["feedback"],
        message: "a wrong option needs its own feedback",
      });
    }
  });

export const choiceFields = {
  ...questionFields,
  options: z.array(ZOptionSchema).min(2),
  fixedOrder: ZFixedOrderSchema,
};

type TOption = z.infer<typeof ZOptionSchema>;
type TChoiceQuestion = { options: TOption[] };

export function checkOptions(question: TChoiceQuestion): TProblem[] {
  return [
    ...uniqueIn("options", ids(question.options), "option id"),
    ...uniqueIn("options", texts(question.options), "option text"),
  ];
}

export const rightOptions = (question: TChoiceQuestion) =>
  question.options.filter((o) => o.correct);

export function optionTexts(question: TChoiceQuestion, chosen: readonly string[]): string {
  return (
    question.options
      .filter((o) => chosen.includes(o.id))
      .map((o) => o.text)
      .join("; ") || NO_ANSWER
  );
}

export function misconceptionsOf(
  question: TChoiceQuestion,
  chosen: readonly string[],
): TMisconceptionShown[] {
  return question.options.flatMap((o) =>
    chosen.includes(o.id) && !o.correct && o.misconception && o.feedback
      ? [{ misconception: o.misconception, feedback: o.feedback }]
      : [],
  );
}

/** One row per option: how many chose it. */
export function optionDistribution(
  question: TChoiceQuestion,
  chosen: readonly (readonly string[])[],
): TDistributionRow[] {
  return question.options.map((option) => ({
    label: option.text,
    correct: Boolean(option.correct),
    count: chosen.filter((ids) => ids.includes(option.id)).length,
  }));
}
