import { z } from "zod";
import {
  checkOptions,
  choiceFields,
  misconceptionsOf,
  optionDistribution,
  optionTexts,
  rightOptions,
} from "./choices";
import { ids, defineKind, share, unknownIn, ZAnswerIdSchema } from "./kind";

/**
 * Multiple select: each right choice earns points / (number of right choices); each wrong choice
 * takes one share back; never below 0.
 */
export const multiple = defineKind({
  schema: z.object({ ...choiceFields, type: z.literal("multiple") }),
  check(question) {
    const problems = checkOptions(question);
    const right = rightOptions(question).length;
    if (right < 1 || right === question.options.length) {
      problems.push([
        "options",
        "a multiple-select question needs at least one correct and one wrong option",
      ]);
    }
    return problems;
  },
  answer: z.object({ optionIds: z.array(ZAnswerIdSchema).max(20) }).strict(),
  unknownIds: (question, answer) =>
    new Set(answer.optionIds).size === answer.optionIds.length
      ? unknownIn(answer.optionIds, ids(question.options))
      : { message: "An option was chosen twice." },
  choiceLists: (question) => [["option", question.options]],
  mapIds: (answer, map) => ({ optionIds: answer.optionIds.map((id) => map("option", id)) }),
  toPublic: (question, show) => ({ options: show("option", question.options, "primary") }),
  partialRule:
    "Each right choice earns a share of the points; each wrong choice takes a share back.",
  isAnswered: (answer) => answer.optionIds.length > 0,
  score(question, answer) {
    const right = rightOptions(question).map((o) => o.id);
    const hits = answer.optionIds.filter((id) => right.includes(id)).length;
    return share(hits - (answer.optionIds.length - hits), right.length);
  },
  misconceptions: (question, answer) => misconceptionsOf(question, answer.optionIds),
  describe: (question, answer) => optionTexts(question, answer.optionIds),
  describeCorrect: (question) =>
    optionTexts(
      question,
      rightOptions(question).map((o) => o.id),
    ),
  sample: (question, right) => ({
    optionIds: question.options.filter((o) => Boolean(o.correct) === right).map((o) => o.id),
  }),
  distribution: (question, answers) =>
    optionDistribution(
      question,
      answers.map((answer) => answer?.optionIds ?? []),
    ),
});
