import { z } from "zod";
import { PARAGRAPH_ID, SENTENCE_ID } from "@/app/lib/cites";
import { DRAFT_KIND_NAMES } from "@/app/lib/drafting/kind-names";
import { DRAFT_PARTS } from "@/app/lib/drafting/kinds/kind";
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from "@/app/lib/exchange/import-common";
import {
  AUTOSAVED_PARTS,
  ZUnsavedQuestionSchema,
  type TAutosavedPart,
} from "@/app/lib/authoring/draft";
import {
  isAcceptedUpload,
  MAX_UPLOAD_BYTES,
  UPLOAD_TOO_LARGE,
  UPLOAD_WRONG_TYPE,
} from "@/app/lib/authoring/limits";

const MAX_PASTED_CHARACTERS = 200_000;

const ZIdSchema = z.string().trim().min(1, "Missing id.").max(64);
const ZRevisionSchema = z.coerce.number().int().min(0);

export const ZCreateArticleSchema = z.object({
  text: z
    .string()
    .max(
      MAX_PASTED_CHARACTERS,
      `Paste at most ${MAX_PASTED_CHARACTERS.toLocaleString("en-US")} characters.`,
    )
    .default(""),
  file: z
    .instanceof(File)
    .optional()
    .refine((file) => !file || isAcceptedUpload(file.name), { message: UPLOAD_WRONG_TYPE })
    .refine((file) => !file || file.size <= MAX_UPLOAD_BYTES, { message: UPLOAD_TOO_LARGE }),
});

export const ZArticleIdSchema = z.object({ articleId: ZIdSchema });

/** Turns one of an article's switches on or off: sharing, archiving. */
export const ZArticleSwitchSchema = z.object({
  articleId: ZIdSchema,
  value: z.enum(["true", "false"]).transform((value) => value === "true"),
});

const ZSentenceIdSchema = z.string().regex(SENTENCE_ID, "Choose a sentence.");
const ZParagraphIdSchema = z.string().regex(PARAGRAPH_ID, "Choose a paragraph.");

export const ZTextEditSchema = z.discriminatedUnion("edit", [
  z.object({ edit: z.literal("merge"), sentenceId: ZSentenceIdSchema }),
  z.object({
    edit: z.literal("split"),
    sentenceId: ZSentenceIdSchema,
    word: z.coerce.number().int("Choose a word."),
  }),
  z.object({
    edit: z.literal("replace"),
    paragraphId: ZParagraphIdSchema,
    text: z.string().max(20_000, "A paragraph has at most 20,000 characters."),
  }),
  z.object({ edit: z.literal("remove"), paragraphId: ZParagraphIdSchema }),
]);

export const ZTextEditFormSchema = z
  .object({ articleId: ZIdSchema, revision: ZRevisionSchema })
  .and(ZTextEditSchema);

/** A form field carrying JSON, read and then checked against `schema`. */
const jsonField = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "The editor sent something unreadable." });
        return z.NEVER;
      }
    })
    .pipe(schema);

const ZPartFields = {
  articleId: ZIdSchema,
  seq: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  revision: ZRevisionSchema,
};

const PART_NAMES = Object.keys(AUTOSAVED_PARTS) as [TAutosavedPart, ...TAutosavedPart[]];

/** One autosave, its content checked by the schema of the part it names. */
export type TDraftPartForm = {
  [P in TAutosavedPart]: {
    articleId: string;
    seq: number;
    revision: number;
    part: P;
    content: z.output<(typeof AUTOSAVED_PARTS)[P]>;
    base: z.output<(typeof AUTOSAVED_PARTS)[P]>;
  };
}[TAutosavedPart];

export const ZDraftPartFormSchema = z
  .object({
    ...ZPartFields,
    part: z.enum(PART_NAMES, "Choose a part of the draft."),
    content: z.string().max(500_000, "That is too long to save."),
    /** The part as this window last knew it stored: what its change started from. */
    base: z.string().max(500_000, "That is too long to save."),
  })
  .transform((form, context): TDraftPartForm => {
    const schema = jsonField(AUTOSAVED_PARTS[form.part]);
    const content = schema.safeParse(form.content);
    const base = schema.safeParse(form.base);
    for (const [field, parsed] of [
      ["content", content],
      ["base", base],
    ] as const)
      for (const issue of parsed.error?.issues ?? [])
        context.addIssue({ code: "custom", path: [field, ...issue.path], message: issue.message });
    if (!content.success || !base.success) return z.NEVER;
    return { ...form, content: content.data, base: base.data } as TDraftPartForm;
  });

export const ZQuestionFormSchema = z.object({
  articleId: ZIdSchema,
  /** "new" for a question not saved yet. */
  questionId: z.string().regex(/^(new|[a-z0-9-]+)$/, "Choose a question."),
  question: z.string().max(100_000, "That question is too long to save."),
  revision: ZRevisionSchema,
});

/** One of the drafts Debrief made from the text, by the key that names its content. */
export const ZDraftKeyFormSchema = z.object({
  articleId: ZIdSchema,
  key: z.string().regex(/^[0-9a-f]{12}$/, "Choose a draft."),
});

export const ZDraftKindFormSchema = z.object({
  articleId: ZIdSchema,
  kind: z.enum(DRAFT_KIND_NAMES, "Choose a kind of draft."),
  /** The parts the drafts shown were for, comma-separated: only those are accepted. */
  parts: z
    .string()
    .max(200)
    .optional()
    .transform((value) => (value ? value.split(",") : undefined))
    .pipe(z.array(z.enum(DRAFT_PARTS, "Choose a part of the article.")).optional()),
});

export const ZQuestionIdFormSchema = z.object({
  articleId: ZIdSchema,
  questionId: z.string().regex(/^[a-z0-9-]+$/, "Choose a question."),
});

/** What the "try them as a student" preview sends: each question's answer, by question id. */
export const ZTryQuestionsSchema = z.object({
  articleId: ZIdSchema,
  answers: z
    .string()
    .max(200_000, "Those answers are too long to check.")
    .pipe(jsonField(z.record(z.string().max(64), z.unknown()))),
});

/** An autosave of a question's editor: the question as far as it is written, in the editor's shape. */
export const ZQuestionDraftFormSchema = z.object({
  ...ZPartFields,
  questionId: z.string().regex(/^(new|[a-z0-9-]+)$/, "Choose a question."),
  question: z
    .string()
    .max(100_000, "That question is too long to save.")
    .pipe(jsonField(ZUnsavedQuestionSchema)),
  /** The question as this window last knew it stored: what its change started from. */
  baseQuestion: z
    .string()
    .max(100_000, "That question is too long to save.")
    .pipe(jsonField(ZUnsavedQuestionSchema)),
});

/** The file types question imports read (issue 34): Moodle XML, and GIFT as .gift or .txt. */
export const QUESTION_FILE_ACCEPT = ".xml,.gift,.txt";

export const ZImportQuestionsSchema = z.object({
  articleId: ZIdSchema,
  file: z
    .instanceof(File, { message: "Choose a Moodle XML or GIFT file." })
    .refine((file) => file.size > 0, { message: "Choose a Moodle XML or GIFT file." })
    .refine((file) => /\.(xml|gift|txt)$/i.test(file.name), {
      message: "Choose a Moodle XML file (.xml) or a GIFT file (.gift or .txt).",
    })
    .refine((file) => file.size <= MAX_IMPORT_BYTES, {
      message: IMPORT_TOO_LARGE,
    }),
});

export const ZImportedKeyFormSchema = z.object({
  articleId: ZIdSchema,
  key: z.string().regex(/^[0-9a-f]{12}$/, "Choose an imported question."),
});
