import { z } from "zod";
import {
  texts,
  ids,
  defineKind,
  nonEmpty,
  questionFields,
  share,
  uniqueIn,
  unknownIn,
  ZAnswerIdSchema,
  ZFixedOrderSchema,
  ZItemIdSchema,
  type TProblem,
} from "./kind";

type TPairsAndChoices = {
  pairs: { id: string; text: string; match: string }[];
  choices: { id: string; text: string }[];
};

function matchesInWords(question: TPairsAndChoices, matches: Record<string, string>): string {
  return question.pairs
    .map(
      (p) =>
        `${p.text} → ${question.choices.find((c) => c.id === matches[p.id])?.text ?? "(none)"}`,
    )
    .join("; ");
}

/** Matching: a share of the points for each pair matched to its choice; partial answers allowed. */
export const matching = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("matching"),
    fixedOrder: ZFixedOrderSchema,
    choices: z.array(z.object({ id: ZItemIdSchema, text: nonEmpty("choice text") })).min(2),
    pairs: z
      .array(z.object({ id: ZItemIdSchema, text: nonEmpty("pair text"), match: ZItemIdSchema }))
      .min(2),
  }),
  check(question) {
    const choiceIds = new Set(question.choices.map((c) => c.id));
    return [
      ...uniqueIn("choices", ids(question.choices), "choice id"),
      ...uniqueIn("pairs", ids(question.pairs), "pair id"),
      ...uniqueIn("pairs", texts(question.pairs), "pair text"),
      ...question.pairs.flatMap((pair, index): TProblem[] =>
        choiceIds.has(pair.match)
          ? []
          : [[`pairs.${index}.match`, `matches ${pair.match}, which is not a choice`]],
      ),
    ];
  },
  answer: z.object({ matches: z.record(ZAnswerIdSchema, ZAnswerIdSchema) }).strict(),
  unknownIds: (question, answer) => [
    ...unknownIn(Object.keys(answer.matches), ids(question.pairs)),
    ...unknownIn(Object.values(answer.matches), ids(question.choices)),
  ],
  choiceLists: (question) => [
    ["pair", question.pairs],
    ["choice", question.choices],
  ],
  mapIds: (answer, map) => ({
    matches: Object.fromEntries(
      Object.entries(answer.matches).map(([pair, choice]) => [
        map("pair", pair),
        map("choice", choice),
      ]),
    ),
  }),
  toPublic: (question, show) => ({
    pairs: show("pair", question.pairs, "primary"),
    choices: show("choice", question.choices, "match"),
  }),
  partialRule: "Each correct match earns a share of the points.",
  isAnswered: (answer) => Object.keys(answer.matches).length > 0,
  score: (question, answer) =>
    share(
      question.pairs.filter((pair) => answer.matches[pair.id] === pair.match).length,
      question.pairs.length,
    ),
  misconceptions: () => [],
  describe: (question, answer) => matchesInWords(question, answer.matches),
  describeCorrect: (question) =>
    matchesInWords(question, Object.fromEntries(question.pairs.map((p) => [p.id, p.match]))),
  sample: (question, right) => ({
    matches: Object.fromEntries(
      question.pairs.map((p) => [p.id, right ? p.match : question.choices[0]!.id]),
    ),
  }),
});
