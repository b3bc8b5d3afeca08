import { z } from "zod";
import { defineKind, questionFields, ZMisconceptionSchema } from "./kind";

const words = (value: boolean) => (value ? "True" : "False");

/** True or false, with the misconception a wrong answer reveals. */
export const truefalse = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("truefalse"),
    correct: z.boolean(),
    wrong: ZMisconceptionSchema,
  }),
  check: () => [],
  answer: z.object({ value: z.boolean() }).strict(),
  unknownIds: () => [],
  choiceLists: () => [],
  mapIds: (answer) => answer,
  toPublic: () => ({}),
  isAnswered: () => true,
  score: (question, answer) => (answer.value === question.correct ? 1 : 0),
  misconceptions: (question, answer) => (answer.value === question.correct ? [] : [question.wrong]),
  describe: (_question, answer) => words(answer.value),
  describeCorrect: (question) => words(question.correct),
  sample: (question, right) => ({ value: right ? question.correct : !question.correct }),
});
