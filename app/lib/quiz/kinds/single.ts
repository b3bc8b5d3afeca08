import { z } from "zod";
import {
  checkOptions,
  choiceFields,
  misconceptionsOf,
  optionDistribution,
  optionTexts,
  rightOptions,
} from "./choices";
import { ids, defineKind, unknownIn, ZAnswerIdSchema } from "./kind";

/** Single choice: one right option. */
export const single = defineKind({
  schema: z.object({ ...choiceFields, type: z.literal("single") }),
  check(question) {
    const problems = checkOptions(question);
    const right = rightOptions(question).length;
    if (right !== 1) {
      problems.push([
        "options",
        `a single-choice question needs exactly one correct option (has ${right})`,
      ]);
    }
    return problems;
  },
  answer: z.object({ optionId: ZAnswerIdSchema }).strict(),
  unknownIds: (question, answer) => unknownIn([answer.optionId], ids(question.options)),
  choiceLists: (question) => [["option", question.options]],
  mapIds: (answer, map) => ({ optionId: map("option", answer.optionId) }),
  toPublic: (question, show) => ({ options: show("option", question.options, "primary") }),
  isAnswered: () => true,
  score: (question, answer) =>
    question.options.find((o) => o.id === answer.optionId)?.correct ? 1 : 0,
  misconceptions: (question, answer) => misconceptionsOf(question, [answer.optionId]),
  describe: (question, answer) => optionTexts(question, [answer.optionId]),
  describeCorrect: (question) =>
    optionTexts(
      question,
      rightOptions(question).map((o) => o.id),
    ),
  sample: (question, right) => ({
    optionId: (question.options.find((o) => Boolean(o.correct) === right) ?? question.options[0]!)
      .id,
  }),
  distribution: (question, answers) =>
    optionDistribution(
      question,
      answers.map((answer) => (answer ? [answer.optionId] : [])),
    ),
});
