import { z } from "zod";
import { normalizeText } from "@/app/lib/quiz/text";
import { MAX_FILL_LENGTH } from "./limits";
import { defineKind, NO_ANSWER, nonEmpty, questionFields } from "./kind";

/** Fill in the blank: case, spacing, punctuation and accents are ignored. */
export const fill = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("fill"),
    accepted: z.array(nonEmpty("an accepted answer")).min(1),
  }),
  check: () => [],
  answer: z
    .object({
      text: z.string().max(MAX_FILL_LENGTH, `Keep the answer under ${MAX_FILL_LENGTH} characters.`),
    })
    .strict(),
  unknownIds: () => [],
  choiceLists: () => [],
  mapIds: (answer) => answer,
  toPublic: () => ({}),
  isAnswered: (answer) => normalizeText(answer.text) !== "",
  score: (question, answer) =>
    question.accepted.some((accepted) => normalizeText(accepted) === normalizeText(answer.text))
      ? 1
      : 0,
  misconceptions: () => [],
  describe: (_question, answer) => answer.text.trim() || NO_ANSWER,
  describeCorrect: (question) => question.accepted.join(" or "),
  sample: (question, right) => ({ text: right ? question.accepted[0]! : "no idea" }),
});
