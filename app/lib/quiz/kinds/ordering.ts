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
  ZItemIdSchema,
} from "./kind";

/** Ordering: a share of the points for each item in its place. */
export const ordering = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("ordering"),
    items: z.array(z.object({ id: ZItemIdSchema, text: nonEmpty("item text") })).min(2),
  }),
  check: (question) => [
    ...uniqueIn("items", ids(question.items), "item id"),
    ...uniqueIn("items", texts(question.items), "item text"),
  ],
  answer: z.object({ order: z.array(ZAnswerIdSchema).max(20) }).strict(),
  unknownIds(question, answer) {
    const items = question.items.map((i) => i.id);
    return answer.order.length === items.length && new Set(answer.order).size === items.length
      ? unknownIn(answer.order, items)
      : { message: "An ordering must list every item exactly once." };
  },
  choiceLists: (question) => [["item", question.items]],
  mapIds: (answer, map) => ({ order: answer.order.map((id) => map("item", id)) }),
  toPublic: (question, show) => ({ items: show("item", question.items, "primary") }),
  partialRule: "Each item in the right position earns a share of the points.",
  isAnswered: () => true,
  score: (question, answer) =>
    share(
      question.items.filter((item, index) => answer.order[index] === item.id).length,
      question.items.length,
    ),
  misconceptions: () => [],
  describe: (question, answer) =>
    answer.order
      .map((id, index) => `${index + 1}. ${question.items.find((i) => i.id === id)?.text ?? id}`)
      .join("; "),
  describeCorrect: (question) =>
    question.items.map((item, index) => `${index + 1}. ${item.text}`).join("; "),
  sample: (question, right) => ({
    order: (right ? question.items : [...question.items].reverse()).map((i) => i.id),
  }),
});
