import { z } from "zod";
import { PARAGRAPH_ID, ZCitesSchema, ZSentenceIdSchema } from "@/app/lib/cites";
import { ZQuestionSchema } from "@/app/lib/quiz/kinds";
import { nonEmpty, ZItemIdSchema } from "@/app/lib/quiz/kinds/kind";

// The one description of an article and what is written about it: one schema per file of a
// content pack (content/articles/<slug>/*.yaml). The studio's draft (./drafts.ts), the published
// version (./published.ts) and the editor's specs are derived from these. Rules across parts —
// citations that exist, glossary terms that appear in the text — are ./rules.ts.

/** A text given at both reading levels; neither may be empty. */
const ZLevelsSchema = z.object({
  standard: nonEmpty("the standard reading level"),
  simpler: nonEmpty("the simpler reading level"),
});

const ZParagraphLevelsSchema = z.object({
  standard: z.array(nonEmpty("a paragraph")).min(1, "the standard reading level must not be empty"),
  simpler: z.array(nonEmpty("a paragraph")).min(1, "the simpler reading level must not be empty"),
});

export const ZArticleSchema = z.object({
  title: nonEmpty("title"),
  summary: nonEmpty("summary"),
  dateContext: nonEmpty("dateContext"),
  readingMinutes: z.number().int().positive(),
  /** Who wrote the explainer and questions; a pack exported by a teacher names them. */
  writtenBy: nonEmpty("writtenBy").optional(),
  source: z.object({
    provenance: nonEmpty("provenance"),
    file: nonEmpty("file"),
    removedLines: z.array(z.string()).default([]),
    /** The provenance as fields, where it is known (a teacher's article): what an import reads. */
    publication: z
      .object({
        byline: z.string().default(""),
        publisher: nonEmpty("publisher"),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must look like 2023-09-05"),
        url: z.string().default(""),
      })
      .optional(),
  }),
  paragraphs: z
    .array(
      z.object({
        id: z.string().regex(PARAGRAPH_ID, "must look like p3"),
        sentences: z
          .array(z.object({ id: ZSentenceIdSchema, text: nonEmpty("sentence text") }))
          .min(1, "a paragraph needs at least one sentence"),
      }),
    )
    .min(1, "an article needs at least one paragraph"),
});

export const ZGlossarySchema = z.object({
  terms: z.array(
    z.object({
      id: ZItemIdSchema,
      term: nonEmpty("term"),
      forms: z.array(nonEmpty("a form")).min(1, "list at least one form of the term"),
      definition: ZLevelsSchema,
    }),
  ),
});

// Who's who, the timeline and the glossary may be empty, as a pack may leave their files out.
export const ZPeopleSchema = z.object({
  people: z.array(
    z.object({
      id: ZItemIdSchema,
      name: nonEmpty("name"),
      role: nonEmpty("role"),
      about: ZLevelsSchema,
      cites: ZCitesSchema,
    }),
  ),
});

export const ZTimelineSchema = z.object({
  /** What a reader should know about the dates, shown above the timeline. */
  note: nonEmpty("note").optional(),
  events: z.array(
    z.object({
      id: ZItemIdSchema,
      when: nonEmpty("when"),
      title: nonEmpty("title"),
      about: ZLevelsSchema,
      cites: ZCitesSchema,
    }),
  ),
});

const ZEvidenceSchema = z.object({ cites: ZCitesSchema, point: ZLevelsSchema });

export const ZExplainerSchema = z.object({
  whatHappened: ZParagraphLevelsSchema.extend({ cites: ZCitesSchema }),
  // Optional, like every part but what happened: a teacher's article may not have sides.
  wants: z
    .array(
      z.object({
        side: nonEmpty("side"),
        summary: ZLevelsSchema,
        items: z.array(z.object({ label: nonEmpty("label"), cites: ZCitesSchema })).min(1),
      }),
    )
    .default([]),
  debate: z
    .object({
      question: ZLevelsSchema,
      cases: z
        .array(
          z.object({
            id: ZItemIdSchema,
            title: nonEmpty("title"),
            summary: ZLevelsSchema,
            evidence: z.array(ZEvidenceSchema).min(1, "a case needs at least one evidence card"),
          }),
        )
        .min(2, "the debate needs at least two cases")
        .max(5, "the debate has at most five cases (one colour each)"),
      leftOpen: z.array(ZEvidenceSchema.extend({ whoSays: nonEmpty("whoSays") })).min(1),
      changeYourMind: z.array(ZLevelsSchema).min(1),
    })
    // A teacher's article may have no debate; the built-in packs all have one.
    .optional(),
});

// Each question type's shape and rules live in its own module (app/lib/quiz/kinds/). Keys
// (correct, accepted, match, category) and teaching notes (misconception, feedback, explanation,
// cites) stay on the server until an attempt is submitted; see app/lib/quiz/public.ts.
export const ZQuestionBankSchema = z.object({
  questions: z.array(ZQuestionSchema).min(1, "write at least one question"),
});

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

/** The parts of an article, one per file of a pack, each with its schema. */
export const ARTICLE_PARTS = {
  article: ZArticleSchema,
  glossary: ZGlossarySchema,
  people: ZPeopleSchema,
  timeline: ZTimelineSchema,
  explainer: ZExplainerSchema,
  questions: ZQuestionBankSchema,
  quizzes: ZQuizzesSchema,
} as const;
export type TArticlePart = keyof typeof ARTICLE_PARTS;
/** An article and everything written about it, in memory: what the rules run on. */
export type TArticleContent = { [K in TArticlePart]: z.infer<(typeof ARTICLE_PARTS)[K]> };

export type TQuiz = z.infer<typeof ZQuizzesSchema>["quizzes"][number];
export type TLevels = z.infer<typeof ZLevelsSchema>;
export type TArticle = z.infer<typeof ZArticleSchema>;
export type TGlossary = z.infer<typeof ZGlossarySchema>;
export type TPeople = z.infer<typeof ZPeopleSchema>;
export type TTimeline = z.infer<typeof ZTimelineSchema>;
export type TExplainer = z.infer<typeof ZExplainerSchema>;
export type TReadingLevel = keyof TLevels;
export const READING_LEVELS: readonly TReadingLevel[] = ["standard", "simpler"];
