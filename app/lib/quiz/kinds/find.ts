import { z } from "zod";
import { ZSentenceIdSchema } from "@/app/lib/cites";
import {
  defineKind,
  questionFields,
  quote,
  unknownIn,
  ZAnswerIdSchema,
  type TProblem,
} from "./kind";

/** Find the sentence: each accepted sentence is right. */
export const find = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("find"),
    accepted: z.array(ZSentenceIdSchema).min(1),
  }),
  check: (question, sentenceIds) =>
    question.accepted.flatMap((id, index): TProblem[] =>
      sentenceIds.has(id)
        ? []
        : [[`accepted.${index}`, `accepts ${id}, which is not a sentence of the article`]],
    ),
  answer: z.object({ sentenceId: ZAnswerIdSchema }).strict(),
  unknownIds: (_question, answer, sentenceIds) => unknownIn([answer.sentenceId], sentenceIds),
  choiceLists: () => [],
  mapIds: (answer) => answer,
  toPublic: () => ({}),
  isAnswered: () => true,
  score: (question, answer) => (question.accepted.includes(answer.sentenceId) ? 1 : 0),
  misconceptions: () => [],
  describe: (_question, answer, sentences) => quote(sentences, answer.sentenceId),
  describeCorrect: (question, sentences) =>
    question.accepted.map((id) => quote(sentences, id)).join(" or "),
  sample: (question, right, sentenceIds) => ({
    sentenceId: right
      ? question.accepted[0]!
      : sentenceIds.find((id) => !question.accepted.includes(id))!,
  }),
});
