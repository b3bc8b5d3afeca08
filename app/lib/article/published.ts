import { z } from "zod";
import {
  ZArticleSchema,
  ZExplainerSchema,
  ZGlossarySchema,
  ZPeopleSchema,
  ZQuestionBankSchema,
  ZQuizzesSchema,
  ZTimelineSchema,
} from "@/app/lib/article/schema";

// A teacher's published version: the pack's parts frozen as one JSON document in the database.
// The lists of the optional parts are stored bare (`people: […]`, not `people: { people: […] }`),
// as versions have been since the first one; everything else is the pack's own schema.

export const ZPublishedPackSchema = z.object({
  /** The author's name as it was when the version was published. */
  writtenBy: z.string().min(1),
  article: ZArticleSchema,
  explainer: ZExplainerSchema,
  // Optional parts; versions published before they could be written have none.
  people: ZPeopleSchema.shape.people.element.array().default([]),
  timeline: ZTimelineSchema.shape.events.element.array().default([]),
  glossary: ZGlossarySchema.shape.terms.element.array().default([]),
  questions: ZQuestionBankSchema.shape.questions,
  quizzes: ZQuizzesSchema.shape.quizzes,
});

export type TPublishedPack = z.infer<typeof ZPublishedPackSchema>;

/** A published version as the article's parts, one per pack file: what the rules run on. */
export function contentOf(published: TPublishedPack) {
  return {
    article: published.article,
    explainer: published.explainer,
    people: { people: published.people },
    timeline: { events: published.timeline },
    glossary: { terms: published.glossary },
    questions: { questions: published.questions },
    quizzes: { quizzes: published.quizzes },
  };
}
