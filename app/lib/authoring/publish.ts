import { createHash } from "node:crypto";
import type { TArticleDraft } from "@/app/lib/authoring/draft";
import { publishedParts } from "@/app/lib/authoring/explainer-parts";
import { levelParagraphs } from "@/app/lib/authoring/sentences";
import { sentenceMap, type TArticlePack } from "@/app/lib/content/pack";
import type { TPublishedPack } from "@/app/lib/article/published";
import { dashed } from "@/app/lib/words";

// A draft becomes a version students can be assigned: the same shapes article.yaml,
// explainer.yaml, questions.yaml and quizzes.yaml hold (app/lib/article/published.ts), frozen as
// one JSON document, and read back as the pack every page and attempt already works with. Pure,
// apart from hashing.

const WORDS_PER_MINUTE = 200;

/** "September 5, 2023"; a date that is not one yet (a draft's) is left as typed, for the checks. */
function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/**
 * The version a draft would publish. Published only when checkDraft reports no problem; until then
 * it is what the checks run the rules on, so its texts may be empty.
 */
export function publishedFromDraft(draft: TArticleDraft, writtenBy: string): TPublishedPack {
  const { provenance } = draft;
  const words = draft.paragraphs
    .flatMap((p) => p.sentences)
    .reduce((sum, s) => sum + s.text.split(" ").length, 0);
  const simpler = levelParagraphs(draft.whatHappened.simpler);
  const parts = publishedParts(draft);
  return {
    writtenBy,
    article: {
      title: provenance.title,
      summary: simpler[0] ?? provenance.title,
      dateContext: `Published ${longDate(provenance.publishedOn)} by ${provenance.publisher}`,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      writtenBy,
      source: {
        provenance: [
          provenance.byline && `By ${provenance.byline}`,
          provenance.publisher,
          longDate(provenance.publishedOn),
          provenance.url,
        ]
          .filter(Boolean)
          .join(", "),
        file: "source.txt",
        removedLines: [],
        publication: {
          byline: provenance.byline,
          publisher: provenance.publisher,
          date: provenance.publishedOn,
          url: provenance.url,
        },
      },
      paragraphs: draft.paragraphs,
    },
    explainer: {
      whatHappened: {
        standard: levelParagraphs(draft.whatHappened.standard),
        simpler,
        cites: draft.whatHappened.cites,
      },
      wants: parts.wants,
      ...(parts.debate ? { debate: parts.debate } : {}),
    },
    people: parts.people,
    timeline: parts.timeline,
    glossary: parts.glossary,
    questions: draft.questions,
    // Teachers compose assignments from the questions; this one quiz offers them all at once.
    quizzes: [
      {
        id: "all-questions",
        title: "All questions",
        description: `Every question about “${provenance.title}”.`,
        questions: draft.questions.map((q) => q.id),
        shuffleQuestions: false,
      },
    ],
  };
}

/** Hash of a version's content, what attempts record (as packs record their files' hash). */
export function versionOf(published: TPublishedPack): string {
  return createHash("sha256").update(JSON.stringify(published)).digest("hex").slice(0, 16);
}

export function packFromPublished(
  slug: string,
  version: string,
  published: TPublishedPack,
): TArticlePack {
  const { article } = published;
  return {
    slug,
    writtenBy: published.writtenBy,
    version,
    article,
    explainer: published.explainer,
    glossary: { terms: published.glossary },
    people: { people: published.people },
    timeline: { events: published.timeline },
    questions: new Map(published.questions.map((q) => [q.id, q])),
    quizzes: published.quizzes,
    sentences: sentenceMap(article),
    readingGrades: [],
  };
}

/** An article's URL: its headline's words, and a random tail no other article will have. */
export function slugFor(title: string, tail: string): string {
  return `${dashed(title, 50) || "article"}-${tail}`;
}

/**
 * The draft as students would get it if it were published now, read at the studio's preview
 * address: the pages students read, shown before publishing.
 */
export function previewPack(
  articleId: string,
  draft: TArticleDraft,
  writtenBy: string,
): TArticlePack {
  const published = publishedFromDraft(draft, writtenBy);
  return {
    ...packFromPublished("preview", versionOf(published), published),
    home: `/teacher/articles/${articleId}/preview`,
  };
}
