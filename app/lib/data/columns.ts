import "server-only";
import { z } from "zod";
import { ZArticleDraftSchema } from "@/app/lib/authoring/draft";
import { ZPublishedPackSchema } from "@/app/lib/article/published";
import { ZQuestionSchema } from "@/app/lib/quiz/kinds";
import type { TAttemptOrder } from "@/app/lib/quiz/public";

// The JSON text columns (SQLite has no JSON type the adapter maps; both providers store text),
// decoded through zod in one place. A value that does not decode is corrupt data, not bad input:
// it fails loudly rather than being read as something it is not. Answers are read per question
// by readAnswer (app/lib/quiz/answers.ts), which knows their type.

function decoder<T>(what: string, schema: z.ZodType<T>) {
  return (text: string): T => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Error(`Stored ${what} is not valid JSON.`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`Stored ${what} is malformed: ${parsed.error.message}`);
    return parsed.data;
  };
}

const ids = z.array(z.string());

export const decodeQuestionIds = decoder("question list", ids);

export const decodeAttemptOrder = decoder<TAttemptOrder>(
  "attempt order",
  z.object({
    questions: ids,
    choices: z.record(z.string(), ids),
    matchChoices: z.record(z.string(), ids).optional(),
    tokens: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  }),
);

export const decodeCriteria = decoder("rubric scores", z.record(z.string(), z.number()));

/**
 * Sort questions stored before each declared its own categories used these four; old attempts
 * keep reviewing against them.
 */
const LEGACY_SORT_CATEGORIES = [
  { id: "transactional", label: "Transactional" },
  { id: "strategic", label: "Strategic" },
  { id: "both", label: "Both" },
  { id: "neither", label: "Neither" },
];

const ZStoredQuestionSchema = z.preprocess(
  (value) =>
    value !== null &&
    typeof value === "object" &&
    "type" in value &&
    value.type === "sort" &&
    !("categories" in value)
      ? { ...value, categories: LEGACY_SORT_CATEGORIES }
      : value,
  ZQuestionSchema,
);

const ZSnapshotSchema = z.object({
  questions: z.array(ZStoredQuestionSchema),
  sentences: z.array(z.object({ id: z.string(), paragraphId: z.string(), text: z.string() })),
  quizzes: z.array(z.object({ id: z.string(), title: z.string() })),
});

export type TSnapshot = z.infer<typeof ZSnapshotSchema>;

export const decodeSnapshot = decoder("content snapshot", ZSnapshotSchema);

export const decodeArticleDraft = decoder("article draft", ZArticleDraftSchema);

export const decodePublishedPack = decoder("published article", ZPublishedPackSchema);
