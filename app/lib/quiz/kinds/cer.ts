import { z } from "zod";
import {
  ids,
  defineKind,
  nonEmpty,
  questionFields,
  quote,
  uniqueIn,
  unknownIn,
  ZAnswerIdSchema,
  ZItemIdSchema,
  type TProblem,
} from "./kind";
import { MAX_EVIDENCE, MAX_REASONING_LENGTH } from "./limits";

/**
 * Claim–evidence–reasoning: scored by the teacher against the rubric; until then "pending",
 * never 0.
 */
export const cer = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("cer"),
    sides: z.array(z.object({ id: ZItemIdSchema, text: nonEmpty("side text") })).min(2),
    rubric: z
      .array(
        z.object({
          id: ZItemIdSchema,
          label: nonEmpty("label"),
          points: z.number().int().positive(),
          description: nonEmpty("description"),
        }),
      )
      .min(1),
  }),
  check(question) {
    const total = question.rubric.reduce((sum, criterion) => sum + criterion.points, 0);
    return [
      ...uniqueIn("sides", ids(question.sides), "side id"),
      ...uniqueIn("rubric", ids(question.rubric), "criterion id"),
      ...(total === question.points
        ? []
        : ([["points", `must equal the rubric's total (${total})`]] satisfies TProblem[])),
    ];
  },
  answer: z
    .object({
      claim: ZAnswerIdSchema.nullable(),
      evidence: z
        .array(ZAnswerIdSchema)
        .max(MAX_EVIDENCE, `Pick at most ${MAX_EVIDENCE} sentences.`),
      reasoning: z
        .string()
        .max(MAX_REASONING_LENGTH, `Keep your reasoning under ${MAX_REASONING_LENGTH} characters.`),
    })
    .strict(),
  unknownIds: (question, answer, sentenceIds) => [
    ...(answer.claim === null ? [] : unknownIn([answer.claim], ids(question.sides))),
    ...unknownIn(answer.evidence, sentenceIds),
  ],
  choiceLists: () => [],
  mapIds: (answer) => answer,
  toPublic: (question) => ({
    sides: question.sides.map(({ id, text }) => ({ id, text })),
    rubric: question.rubric.map(({ label, points, description }) => ({
      label,
      points,
      description,
    })),
  }),
  isAnswered: (answer) =>
    answer.claim !== null || answer.evidence.length > 0 || answer.reasoning.trim() !== "",
  score: () => null,
  misconceptions: () => [],
  describe(question, answer, sentences) {
    const side = question.sides.find((s) => s.id === answer.claim)?.text ?? "(no claim)";
    const evidence = answer.evidence.map((id) => quote(sentences, id)).join(" ") || "(no evidence)";
    return `Claim: ${side}. Evidence: ${evidence} Reasoning: ${answer.reasoning.trim() || "(none)"}`;
  },
  describeCorrect: () => "Scored by your teacher against the rubric.",
  sample: (question) => ({
    claim: question.sides[0]!.id,
    evidence: [question.cites[0]!],
    reasoning: "Scale data.",
  }),
});
