import { z } from "zod";
import {
  ids,
  defineKind,
  nonEmpty,
  questionFields,
  share,
  uniqueIn,
  unknownIn,
  ZAnswerIdSchema,
  ZItemIdSchema,
  type TProblem,
} from "./kind";

/**
 * A sort question's own bins. Every pack names its own debate, so categories are authored, not
 * fixed in code; `description` tells students what putting a statement there means (what "both"
 * or "neither" would mean is exactly what students otherwise guess at).
 */
const ZSortCategorySchema = z.object({
  id: ZItemIdSchema,
  label: nonEmpty("category label"),
  description: nonEmpty("category description").optional(),
});

type TCategorised = {
  categories: z.infer<typeof ZSortCategorySchema>[];
  statements: { id: string; text: string; category: string }[];
};

function sortsInWords(question: TCategorised, sorts: Record<string, string>): string {
  const label = (id: string | undefined) =>
    question.categories.find((c) => c.id === id)?.label ?? "(none)";
  return question.statements.map((s) => `${s.text} → ${label(sorts[s.id])}`).join("; ");
}

/** Evidence sort: a share of the points for each statement in its category. */
export const sort = defineKind({
  schema: z.object({
    ...questionFields,
    type: z.literal("sort"),
    categories: z
      .array(ZSortCategorySchema)
      .min(2, "a sort question needs at least two categories")
      .max(5, "a sort question has at most five categories"),
    statements: z
      .array(
        z.object({ id: ZItemIdSchema, text: nonEmpty("statement text"), category: ZItemIdSchema }),
      )
      .min(2),
  }),
  check(question) {
    const categoryIds = new Set(question.categories.map((c) => c.id));
    return [
      ...uniqueIn("categories", ids(question.categories), "category id"),
      ...uniqueIn(
        "categories",
        question.categories.map((c) => c.label),
        "category label",
      ),
      ...uniqueIn("statements", ids(question.statements), "statement id"),
      ...question.statements.flatMap((statement, index): TProblem[] =>
        categoryIds.has(statement.category)
          ? []
          : [
              [
                `statements.${index}.category`,
                `is ${statement.category}, which is not one of this question's categories`,
              ],
            ],
      ),
    ];
  },
  answer: z.object({ sorts: z.record(ZAnswerIdSchema, ZAnswerIdSchema) }).strict(),
  unknownIds: (question, answer) => [
    ...unknownIn(Object.keys(answer.sorts), ids(question.statements)),
    ...unknownIn(Object.values(answer.sorts), ids(question.categories)),
  ],
  choiceLists: (question) => [["statement", question.statements]],
  // Categories are not keys (which statement belongs where is), so they keep their ids.
  mapIds: (answer, map) => ({
    sorts: Object.fromEntries(
      Object.entries(answer.sorts).map(([statement, category]) => [
        map("statement", statement),
        category,
      ]),
    ),
  }),
  toPublic: (question, show) => ({
    statements: show("statement", question.statements, "primary"),
    categories: question.categories.map(({ id, label, description }) => ({
      id,
      label,
      ...(description ? { description } : {}),
    })),
  }),
  partialRule: "Each statement sorted correctly earns a share of the points.",
  isAnswered: (answer) => Object.keys(answer.sorts).length > 0,
  score: (question, answer) =>
    share(
      question.statements.filter((s) => answer.sorts[s.id] === s.category).length,
      question.statements.length,
    ),
  misconceptions: () => [],
  describe: (question, answer) => sortsInWords(question, answer.sorts),
  describeCorrect: (question) =>
    sortsInWords(question, Object.fromEntries(question.statements.map((s) => [s.id, s.category]))),
  sample: (question, right) => ({
    sorts: Object.fromEntries(
      question.statements.map((s) => [
        s.id,
        right ? s.category : question.categories.find((c) => c.id !== s.category)!.id,
      ]),
    ),
  }),
});
