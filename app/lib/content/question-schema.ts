import { z } from "zod";
import { ZCitesSchema, ZSentenceIdSchema } from "@/app/lib/content/schema";

// The question bank and quizzes of a pack. Keys (correct, accepted, match, category) and teaching
// notes (misconception, feedback, explanation, cites) stay on the server until an attempt is
// submitted; see app/lib/quiz/public.ts for what the browser may see.

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
const ZItemIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case letters, digits and dashes");

export const SKILLS = ["recall", "vocabulary", "inference", "evidence", "argument"] as const;
export const QUESTION_TYPES = [
  "single",
  "multiple",
  "truefalse",
  "fill",
  "ordering",
  "matching",
  "sort",
  "find",
  "cer",
] as const;

const ZMisconceptionSchema = z.object({
  misconception: ZItemIdSchema,
  feedback: nonEmpty("feedback"),
});

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

/**
 * Options (or a matching's choices) are shuffled in every attempt so the right one is not always
 * in the same place; `fixedOrder: true` pins the authored order where it carries meaning (a scale,
 * "none of the above").
 */
const ZFixedOrderSchema = z.boolean().optional();

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

const base = {
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and dashes"),
  prompt: nonEmpty("prompt"),
  skill: z.enum(SKILLS),
  difficulty: z.number().int().min(1).max(3),
  points: z.number().positive(),
  explanation: nonEmpty("explanation"),
  cites: ZCitesSchema,
};

export const ZQuestionSchema = z.discriminatedUnion("type", [
  z.object({
    ...base,
    type: z.literal("single"),
    options: z.array(ZOptionSchema).min(2),
    fixedOrder: ZFixedOrderSchema,
  }),
  z.object({
    ...base,
    type: z.literal("multiple"),
    options: z.array(ZOptionSchema).min(2),
    fixedOrder: ZFixedOrderSchema,
  }),
  z.object({
    ...base,
    type: z.literal("truefalse"),
    correct: z.boolean(),
    wrong: ZMisconceptionSchema,
  }),
  z.object({
    ...base,
    type: z.literal("fill"),
    accepted: z.array(nonEmpty("an accepted answer")).min(1),
  }),
  z.object({
    ...base,
    type: z.literal("ordering"),
    items: z.array(z.object({ id: ZItemIdSchema, text: nonEmpty("item text") })).min(2),
  }),
  z.object({
    ...base,
    type: z.literal("matching"),
    fixedOrder: ZFixedOrderSchema,
    choices: z.array(z.object({ id: ZItemIdSchema, text: nonEmpty("choice text") })).min(2),
    pairs: z
      .array(z.object({ id: ZItemIdSchema, text: nonEmpty("pair text"), match: ZItemIdSchema }))
      .min(2),
  }),
  z.object({
    ...base,
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
  z.object({ ...base, type: z.literal("find"), accepted: z.array(ZSentenceIdSchema).min(1) }),
  z.object({
    ...base,
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
]);

export const ZQuestionBankSchema = z.object({ questions: z.array(ZQuestionSchema).min(1) });

export const ZQuizzesSchema = z.object({
  quizzes: z
    .array(
      z.object({
        id: ZItemIdSchema,
        title: nonEmpty("title"),
        description: nonEmpty("description"),
        questions: z.array(z.string()).min(1, "a quiz needs at least one question"),
        shuffleQuestions: z.boolean().default(false),
      }),
    )
    .min(1),
});

export type TQuestion = z.infer<typeof ZQuestionSchema>;
export type TQuestionType = TQuestion["type"];
export type TQuestionOf<T extends TQuestionType> = Extract<TQuestion, { type: T }>;
export type TQuiz = z.infer<typeof ZQuizzesSchema>["quizzes"][number];
export type TSkill = (typeof SKILLS)[number];

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/**
 * Rules one question cannot express in its schema: keys consistent with options, unique items,
 * sentence ids that exist. Returns [field path under the question, message] pairs.
 */
export function checkQuestion(
  question: TQuestion,
  sentenceIds: ReadonlySet<string>,
): [string, string][] {
  const problems: [string, string][] = [];
  const unique = (field: string, ids: string[], what: string) => {
    for (const id of duplicates(ids)) problems.push([field, `duplicate ${what} ${id}`]);
  };
  switch (question.type) {
    case "single":
    case "multiple": {
      unique(
        "options",
        question.options.map((o) => o.id),
        "option id",
      );
      unique(
        "options",
        question.options.map((o) => o.text),
        "option text",
      );
      const right = question.options.filter((o) => o.correct).length;
      if (question.type === "single" && right !== 1) {
        problems.push([
          "options",
          `a single-choice question needs exactly one correct option (has ${right})`,
        ]);
      }
      if (question.type === "multiple" && (right < 1 || right === question.options.length)) {
        problems.push([
          "options",
          "a multiple-select question needs at least one correct and one wrong option",
        ]);
      }
      break;
    }
    case "ordering":
      unique(
        "items",
        question.items.map((i) => i.id),
        "item id",
      );
      unique(
        "items",
        question.items.map((i) => i.text),
        "item text",
      );
      break;
    case "matching": {
      unique(
        "choices",
        question.choices.map((c) => c.id),
        "choice id",
      );
      unique(
        "pairs",
        question.pairs.map((p) => p.id),
        "pair id",
      );
      unique(
        "pairs",
        question.pairs.map((p) => p.text),
        "pair text",
      );
      const choiceIds = new Set(question.choices.map((c) => c.id));
      question.pairs.forEach((pair, index) => {
        if (!choiceIds.has(pair.match))
          problems.push([`pairs.${index}.match`, `matches ${pair.match}, which is not a choice`]);
      });
      break;
    }
    case "sort": {
      unique(
        "categories",
        question.categories.map((c) => c.id),
        "category id",
      );
      unique(
        "categories",
        question.categories.map((c) => c.label),
        "category label",
      );
      unique(
        "statements",
        question.statements.map((s) => s.id),
        "statement id",
      );
      const categoryIds = new Set(question.categories.map((c) => c.id));
      question.statements.forEach((statement, index) => {
        if (!categoryIds.has(statement.category)) {
          problems.push([
            `statements.${index}.category`,
            `is ${statement.category}, which is not one of this question's categories`,
          ]);
        }
      });
      break;
    }
    case "find":
      question.accepted.forEach((id, index) => {
        if (!sentenceIds.has(id))
          problems.push([
            `accepted.${index}`,
            `accepts sentence ${id}, which does not exist in article.yaml`,
          ]);
      });
      break;
    case "cer": {
      unique(
        "sides",
        question.sides.map((s) => s.id),
        "side id",
      );
      unique(
        "rubric",
        question.rubric.map((r) => r.id),
        "criterion id",
      );
      const total = question.rubric.reduce((sum, criterion) => sum + criterion.points, 0);
      if (total !== question.points)
        problems.push(["points", `must equal the rubric's total (${total})`]);
      break;
    }
    case "truefalse":
    case "fill":
      break;
  }
  return problems;
}
