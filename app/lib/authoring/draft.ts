import { z } from "zod";
import { normaliseSpace, splitSentences } from "@/app/lib/authoring/sentences";

// A teacher's article while it is being written: provenance and the text as paragraphs of
// sentences, in the shape article.yaml stores. Until the first publication nothing cites the ids
// from outside the draft, so every edit renumbers them p1.s1, p1.s2, … in reading order.
// Pure: the data layer loads a draft, applies one of these edits and writes it back.

export const ZProvenanceSchema = z.object({
  title: z.string().trim().min(1, "Give the article's headline.").max(300),
  byline: z.string().trim().max(300),
  publisher: z
    .string()
    .trim()
    .min(1, "Name the newspaper, site or agency that published it.")
    .max(200),
  publishedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date it was published.")
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, "Give a real date."),
  url: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(2000)
      .regex(/^https?:\/\/\S+$/, "Give the web address starting with https://, or leave it empty."),
  ]),
});

const ZDraftParagraphSchema = z.object({
  id: z.string(),
  sentences: z.array(z.object({ id: z.string(), text: z.string() })),
});

/** What is stored; provenance may be incomplete while the teacher is still filling it in. */
export const ZArticleDraftSchema = z.object({
  provenance: z.object({
    title: z.string(),
    byline: z.string(),
    publisher: z.string(),
    publishedOn: z.string(),
    url: z.string(),
  }),
  paragraphs: z.array(ZDraftParagraphSchema),
});

export type TArticleDraft = z.infer<typeof ZArticleDraftSchema>;
export type TDraftParagraph = z.infer<typeof ZDraftParagraphSchema>;

/** Why an edit cannot be made, in words for the teacher. */
export class DraftEditError extends Error {
  override name = "DraftEditError";
}

function numbered(paragraphs: string[][]): TDraftParagraph[] {
  return paragraphs
    .filter((sentences) => sentences.length > 0)
    .map((sentences, p) => ({
      id: `p${p + 1}`,
      sentences: sentences.map((text, s) => ({ id: `p${p + 1}.s${s + 1}`, text })),
    }));
}

export function paragraphsFromTexts(texts: readonly string[]): TDraftParagraph[] {
  return numbered(texts.map(splitSentences));
}

const texts = (paragraphs: readonly TDraftParagraph[]) =>
  paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.text));

function locate(paragraphs: readonly TDraftParagraph[], sentenceId: string) {
  for (const [p, paragraph] of paragraphs.entries()) {
    const s = paragraph.sentences.findIndex((sentence) => sentence.id === sentenceId);
    if (s >= 0) return { p, s };
  }
  throw new DraftEditError(`There is no sentence ${sentenceId} in this article any more.`);
}

/** Joins a sentence with the one after it in the same paragraph. */
export function mergeWithNext(
  paragraphs: readonly TDraftParagraph[],
  sentenceId: string,
): TDraftParagraph[] {
  const { p, s } = locate(paragraphs, sentenceId);
  const all = texts(paragraphs);
  const own = all[p]!;
  if (s + 1 >= own.length)
    throw new DraftEditError("That is the last sentence of its paragraph: there is none to join.");
  own.splice(s, 2, `${own[s]} ${own[s + 1]}`);
  return numbered(all);
}

/** The words of a sentence, as the split control offers them. */
export function wordsOf(text: string): string[] {
  return text.split(" ");
}

/** Starts a new sentence at word `wordIndex` (counted from 0) of a sentence. */
export function splitSentenceAt(
  paragraphs: readonly TDraftParagraph[],
  sentenceId: string,
  wordIndex: number,
): TDraftParagraph[] {
  const { p, s } = locate(paragraphs, sentenceId);
  const all = texts(paragraphs);
  const own = all[p]!;
  const words = wordsOf(own[s]!);
  if (!Number.isInteger(wordIndex) || wordIndex < 1 || wordIndex >= words.length)
    throw new DraftEditError("Choose a word after the first one for the new sentence to start at.");
  own.splice(s, 1, words.slice(0, wordIndex).join(" "), words.slice(wordIndex).join(" "));
  return numbered(all);
}

/** Replaces a paragraph's text (a typo, a stray caption) and splits it into sentences again. */
export function replaceParagraph(
  paragraphs: readonly TDraftParagraph[],
  paragraphId: string,
  text: string,
): TDraftParagraph[] {
  const p = paragraphs.findIndex((paragraph) => paragraph.id === paragraphId);
  if (p < 0) throw new DraftEditError(`There is no paragraph ${paragraphId} any more.`);
  if (normaliseSpace(text) === "")
    throw new DraftEditError("A paragraph cannot be empty: remove it instead.");
  const all = texts(paragraphs);
  all[p] = splitSentences(text);
  return numbered(all);
}

/** Removes a paragraph that is not part of the story (a caption, a sign-up line). */
export function removeParagraph(
  paragraphs: readonly TDraftParagraph[],
  paragraphId: string,
): TDraftParagraph[] {
  const p = paragraphs.findIndex((paragraph) => paragraph.id === paragraphId);
  if (p < 0) throw new DraftEditError(`There is no paragraph ${paragraphId} any more.`);
  if (paragraphs.length === 1) throw new DraftEditError("An article needs at least one paragraph.");
  const all = texts(paragraphs);
  all.splice(p, 1);
  return numbered(all);
}

/** One change to the text, as the editor's forms send it. */
export type TTextEdit =
  | { edit: "merge"; sentenceId: string }
  | { edit: "split"; sentenceId: string; word: number }
  | { edit: "replace"; paragraphId: string; text: string }
  | { edit: "remove"; paragraphId: string };

export function applyTextEdit(draft: TArticleDraft, change: TTextEdit): TArticleDraft {
  const paragraphs =
    change.edit === "merge"
      ? mergeWithNext(draft.paragraphs, change.sentenceId)
      : change.edit === "split"
        ? splitSentenceAt(draft.paragraphs, change.sentenceId, change.word)
        : change.edit === "replace"
          ? replaceParagraph(draft.paragraphs, change.paragraphId, change.text)
          : removeParagraph(draft.paragraphs, change.paragraphId);
  return { ...draft, paragraphs };
}
