import { z } from "zod";
import type { TSegment } from "@/app/lib/article/glossary-marks";
import { plural } from "@/app/lib/words";

// A student's highlights and notes on an article (issue 32): pure rules shared by the page that
// makes them and the server that stores them.

/**
 * The four kinds. Each has a name and an icon as well as a colour and a line style, so none is
 * told apart by colour alone.
 */
export const ANNOTATION_KINDS = [
  { id: "main", name: "Main point", icon: "star" },
  { id: "evidence", name: "Evidence", icon: "check" },
  { id: "question", name: "Question", icon: "question" },
  { id: "word", name: "Word to learn", icon: "book" },
] as const;

export type TAnnotationKind = (typeof ANNOTATION_KINDS)[number]["id"];
export type TAnnotationIcon = (typeof ANNOTATION_KINDS)[number]["icon"];

const KIND_IDS = ANNOTATION_KINDS.map((kind) => kind.id) as [TAnnotationKind, ...TAnnotationKind[]];

export const kindOf = (id: string) => ANNOTATION_KINDS.find((kind) => kind.id === id);

export const NOTE_MAX_CHARS = 500;
/** Enough for a thorough reader; bounds what one student can store against one article. */
export const MAX_ANNOTATIONS_PER_ARTICLE = 200;

/** One save from the student's page: the whole highlight as it is now, with its sequence number. */
export const ZAnnotationSaveSchema = z
  .object({
    id: z.uuid({ message: "The highlight could not be read." }),
    articleSlug: z.string().min(1).max(120),
    // The version the page showed: a new highlight is made only on the version the server has.
    contentVersion: z.string().min(1).max(128),
    sentenceId: z.string().min(1).max(64),
    start: z.number().int().min(0).max(10_000).nullable(),
    end: z.number().int().min(1).max(10_000).nullable(),
    kind: z.enum(KIND_IDS, { message: "Choose one of the four kinds of highlight." }),
    note: z
      .string()
      .max(NOTE_MAX_CHARS, { message: `A note has ${NOTE_MAX_CHARS} characters at most.` }),
    removed: z.boolean(),
    seq: z.number().int().positive().max(2_000_000_000),
  })
  .strict()
  .refine((save) => (save.start === null) === (save.end === null), {
    message: "A highlight marks a whole sentence or words inside it.",
  });

export type TAnnotationSave = z.infer<typeof ZAnnotationSaveSchema>;

/** A highlight as pages show it. */
export type TAnnotation = {
  id: string;
  sentenceId: string;
  start: number | null;
  end: number | null;
  quote: string;
  kind: TAnnotationKind;
  note: string;
  contentVersion: string;
  seq: number;
};

/**
 * The words a span marks in a sentence, or why it cannot: offsets inside the text, not cutting a
 * word in two, and not only spaces. The whole sentence when both are null.
 */
export function quoteOf(
  text: string,
  start: number | null,
  end: number | null,
): { ok: true; quote: string } | { ok: false; message: string } {
  if (start === null || end === null) return { ok: true, quote: text };
  if (start >= end || end > text.length)
    return { ok: false, message: "Those words are not in the sentence." };
  const quote = text.slice(start, end);
  if (quote.trim() !== quote || quote === "")
    return { ok: false, message: "A highlight starts and ends on a word." };
  return { ok: true, quote };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Widens a span of a sentence to whole words and trims its spaces (a selection made by touch
 * often starts or stops inside a word). Null when nothing but spaces and punctuation is left.
 */
export function wholeWords(text: string, start: number, end: number): [number, number] | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from > 0 && WORD.test(text[from - 1] ?? "") && WORD.test(text[from] ?? "")) from--;
  while (to < text.length && WORD.test(text[to - 1] ?? "") && WORD.test(text[to] ?? "")) to++;
  while (from < to && /\s/.test(text[from] ?? "")) from++;
  while (to > from && /\s/.test(text[to - 1] ?? "")) to--;
  if (!WORD.test(text.slice(from, to))) return null;
  return [from, to];
}

/**
 * Where typed words are in a sentence (ignoring case, spacing and curly quotes), so marking
 * from the keyboard needs no text selection. Null when they are not there.
 */
export function findWords(text: string, words: string): [number, number] | null {
  const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
  const parts = fold(words).trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const found = new RegExp(escaped.join("\\s+")).exec(fold(text));
  if (!found) return null;
  return wholeWords(text, found.index, found.index + found[0].length);
}

/** A piece of a sentence: its segment (text or glossary term) and the highlights covering it. */
export type TPiece = { segment: TSegment; marks: readonly string[] };

/**
 * Cuts a sentence's segments where highlights begin and end, so each piece is covered by the
 * same highlights throughout. A glossary term is never cut: a highlight that starts or ends
 * inside one covers it whole.
 */
export function piecesOf(
  segments: readonly TSegment[],
  marks: readonly { id: string; start: number; end: number }[],
): TPiece[] {
  const pieces: TPiece[] = [];
  let offset = 0;
  for (const segment of segments) {
    const text = typeof segment === "string" ? segment : segment.text;
    const from = offset;
    const to = offset + text.length;
    offset = to;
    const covering = (a: number, b: number) =>
      marks.filter((mark) => mark.start < b && mark.end > a).map((mark) => mark.id);
    if (typeof segment !== "string") {
      pieces.push({ segment, marks: covering(from, to) });
      continue;
    }
    const cuts = new Set([from, to]);
    for (const mark of marks) {
      if (mark.start > from && mark.start < to) cuts.add(mark.start);
      if (mark.end > from && mark.end < to) cuts.add(mark.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] ?? from;
      const b = points[i + 1] ?? to;
      pieces.push({ segment: text.slice(a - from, b - from), marks: covering(a, b) });
    }
  }
  return pieces;
}

/** How many highlights and notes, as every page says it: "3 highlights, 1 note". */
export type TAnnotationCount = { highlights: number; notes: number };

export function annotationCountText(count: TAnnotationCount): string {
  if (count.highlights === 0) return "No highlights";
  return `${plural(count.highlights, "highlight")}, ${plural(count.notes, "note")}`;
}

/** The counts of a list of highlights. */
export const countOf = (annotations: readonly { note: string }[]): TAnnotationCount => ({
  highlights: annotations.length,
  notes: annotations.filter((a) => a.note !== "").length,
});
