import { z } from "zod";
import { ZCitesSchema, ZSentenceIdSchema } from "@/app/lib/article/cites";

// The shape of an article pack (content/articles/<slug>/*.yaml). Cross-file rules — citations
// that exist, glossary terms that appear in the text, the quote matching its source — live in
// check-pack.ts, because one file cannot check them alone.

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by dashes");

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
        id: z.string().regex(/^p\d+$/, "must look like p3"),
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
      id: slugId,
      term: nonEmpty("term"),
      forms: z.array(nonEmpty("a form")).min(1, "list at least one form of the term"),
      definition: ZLevelsSchema,
    }),
  ),
});

export const ZPeopleSchema = z.object({
  people: z
    .array(
      z.object({
        id: slugId,
        name: nonEmpty("name"),
        role: nonEmpty("role"),
        about: ZLevelsSchema,
        cites: ZCitesSchema,
      }),
    )
    .min(1),
});

export const ZTimelineSchema = z.object({
  /** What a reader should know about the dates, shown above the timeline. */
  note: nonEmpty("note").optional(),
  events: z
    .array(
      z.object({
        id: slugId,
        when: nonEmpty("when"),
        title: nonEmpty("title"),
        about: ZLevelsSchema,
        cites: ZCitesSchema,
      }),
    )
    .min(1),
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
            id: slugId,
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

export type TLevels = z.infer<typeof ZLevelsSchema>;
export type TArticle = z.infer<typeof ZArticleSchema>;
export type TGlossary = z.infer<typeof ZGlossarySchema>;
export type TPeople = z.infer<typeof ZPeopleSchema>;
export type TTimeline = z.infer<typeof ZTimelineSchema>;
export type TExplainer = z.infer<typeof ZExplainerSchema>;
export type TReadingLevel = keyof TLevels;
export const READING_LEVELS: readonly TReadingLevel[] = ["standard", "simpler"];
