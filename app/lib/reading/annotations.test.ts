import { describe, expect, it } from "vitest";
import {
  ANNOTATION_KINDS,
  ZAnnotationSaveSchema,
  annotationCountText,
  countOf,
  findWords,
  piecesOf,
  quoteOf,
  wholeWords,
} from "./annotations";

const SENTENCE = "Analysts call the deal “transactional”, not strategic.";

describe("annotation kinds", () => {
  it("gives each of the four kinds its own name and icon", () => {
    expect(ANNOTATION_KINDS).toHaveLength(4);
    expect(new Set(ANNOTATION_KINDS.map((kind) => kind.name)).size).toBe(4);
    expect(new Set(ANNOTATION_KINDS.map((kind) => kind.icon)).size).toBe(4);
  });
});

describe("quoteOf", () => {
  it("is the whole sentence without offsets, and the words between them with", () => {
    expect(quoteOf(SENTENCE, null, null)).toEqual({ ok: true, quote: SENTENCE });
    expect(quoteOf(SENTENCE, 18, 22)).toEqual({ ok: true, quote: "deal" });
  });

  it("refuses offsets outside the sentence, reversed, or on spaces", () => {
    expect(quoteOf(SENTENCE, 18, 999).ok).toBe(false);
    expect(quoteOf(SENTENCE, 22, 18).ok).toBe(false);
    expect(quoteOf(SENTENCE, 17, 22).ok).toBe(false);
  });
});

describe("wholeWords", () => {
  it("widens a span that cuts a word and trims its spaces", () => {
    // "al the de" → "call the deal"
    expect(wholeWords(SENTENCE, 11, 20)).toEqual([9, 22]);
    expect(SENTENCE.slice(9, 22)).toBe("call the deal");
    expect(wholeWords(SENTENCE, 8, 14)).toEqual([9, 13]);
  });

  it("gives null for a span of only spaces or punctuation", () => {
    expect(wholeWords(SENTENCE, 8, 9)).toBeNull();
    expect(wholeWords(SENTENCE, SENTENCE.length - 1, SENTENCE.length)).toBeNull();
  });
});

describe("findWords", () => {
  it("finds typed words ignoring case, spacing and curly quotes", () => {
    const found = findWords(SENTENCE, '  THE   deal "transactional" ');
    expect(found).not.toBeNull();
    const [from, to] = found ?? [0, 0];
    expect(SENTENCE.slice(from, to)).toBe("the deal “transactional”");
  });

  it("gives null for words the sentence does not have, or none", () => {
    expect(findWords(SENTENCE, "alliance")).toBeNull();
    expect(findWords(SENTENCE, "   ")).toBeNull();
  });

  it("treats the typed text as words, never as a pattern", () => {
    expect(findWords(SENTENCE, ".*")).toBeNull();
  });
});

describe("piecesOf", () => {
  const segments = ["Analysts call the ", { termId: "t1", text: "deal" }, " transactional."];

  it("cuts plain text where highlights start and end", () => {
    const pieces = piecesOf(segments, [{ id: "a", start: 9, end: 13 }]);
    expect(pieces.map((p) => [p.segment, p.marks])).toEqual([
      ["Analysts ", []],
      ["call", ["a"]],
      [" the ", []],
      [{ termId: "t1", text: "deal" }, []],
      [" transactional.", []],
    ]);
  });

  it("covers a glossary term whole when a highlight reaches into it", () => {
    const pieces = piecesOf(segments, [{ id: "b", start: 14, end: 20 }]);
    expect(pieces.filter((p) => p.marks.includes("b")).map((p) => p.segment)).toEqual([
      "the ",
      { termId: "t1", text: "deal" },
    ]);
  });

  it("keeps the sentence's text whole and in order", () => {
    const pieces = piecesOf(segments, [
      { id: "a", start: 0, end: 30 },
      { id: "b", start: 5, end: 12 },
    ]);
    const text = pieces.map((p) => (typeof p.segment === "string" ? p.segment : p.segment.text));
    expect(text.join("")).toBe("Analysts call the deal transactional.");
    expect(pieces.find((p) => p.segment === "sts cal")?.marks).toEqual(["a", "b"]);
  });
});

describe("ZAnnotationSaveSchema", () => {
  const save = {
    id: "0b7c2f0e-8a7e-4d47-9d36-2f1d0b9e4a11",
    articleSlug: "kim-russia-visit",
    contentVersion: "v1",
    sentenceId: "s-1",
    start: null,
    end: null,
    kind: "evidence",
    note: "",
    removed: false,
    seq: 1,
  };

  it("takes a whole-sentence highlight and refuses half a span", () => {
    expect(ZAnnotationSaveSchema.safeParse(save).success).toBe(true);
    expect(ZAnnotationSaveSchema.safeParse({ ...save, start: 3 }).success).toBe(false);
  });

  it("refuses an unknown kind, a long note and extra fields with a message", () => {
    const kind = ZAnnotationSaveSchema.safeParse({ ...save, kind: "red" });
    expect(kind.error?.issues[0]?.message).toBe("Choose one of the four kinds of highlight.");
    const note = ZAnnotationSaveSchema.safeParse({ ...save, note: "x".repeat(501) });
    expect(note.error?.issues[0]?.message).toBe("A note has 500 characters at most.");
    expect(ZAnnotationSaveSchema.safeParse({ ...save, studentId: "u2" }).success).toBe(false);
  });
});

describe("annotationCountText", () => {
  it("says how many highlights and notes, in the same words everywhere", () => {
    expect(annotationCountText(countOf([{ note: "" }, { note: "Why?" }, { note: "" }]))).toBe(
      "3 highlights, 1 note",
    );
    expect(annotationCountText(countOf([{ note: "Why?" }]))).toBe("1 highlight, 1 note");
    expect(annotationCountText(countOf([]))).toBe("No highlights");
  });
});
