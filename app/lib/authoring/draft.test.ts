import { describe, expect, it } from "vitest";
import {
  applyTextEdit,
  citesAtRevision,
  DraftEditError,
  RENAMES_KEPT,
  newDraft,
  type TTextEditResult,
  mergeWithNext,
  paragraphsFromTexts,
  removeParagraph,
  replaceParagraph,
  splitSentenceAt,
  ZProvenanceSchema,
} from "@/app/lib/authoring/draft";

const start = () =>
  paragraphsFromTexts([
    "The grant runs until Sept. 30 next year. The U.S. Steel plant has offered its lot.",
    "Visits rose by 40 percent.",
  ]);

const flat = (edited: ReturnType<typeof start> | TTextEditResult) =>
  ("paragraphs" in edited ? edited.paragraphs : edited).flatMap((p) =>
    p.sentences.map((s) => `${s.id} ${s.text}`),
  );

describe("article draft edits", () => {
  it("numbers paragraphs and sentences in reading order", () => {
    expect(flat(start())).toEqual([
      "p1.s1 The grant runs until Sept. 30 next year.",
      "p1.s2 The U.S.",
      "p1.s3 Steel plant has offered its lot.",
      "p2.s1 Visits rose by 40 percent.",
    ]);
  });

  it("joins a wrongly split sentence and renumbers what follows", () => {
    expect(flat(mergeWithNext(start(), "p1.s2"))).toEqual([
      "p1.s1 The grant runs until Sept. 30 next year.",
      "p1.s2 The U.S. Steel plant has offered its lot.",
      "p2.s1 Visits rose by 40 percent.",
    ]);
  });

  it("splits a sentence at a chosen word, keeping every character", () => {
    const split = splitSentenceAt(start(), "p2.s1", 2);
    expect(flat(split).slice(-2)).toEqual(["p2.s1 Visits rose", "p2.s2 by 40 percent."]);
    expect(split.paragraphs[1]!.sentences.map((s) => s.text).join(" ")).toBe(
      "Visits rose by 40 percent.",
    );
  });

  it("refuses edits that cannot be made, with a reason", () => {
    expect(() => mergeWithNext(start(), "p1.s3")).toThrow(DraftEditError);
    expect(() => mergeWithNext(start(), "p9.s1")).toThrow(/no sentence p9.s1/);
    expect(() => splitSentenceAt(start(), "p2.s1", 0)).toThrow(DraftEditError);
    expect(() => splitSentenceAt(start(), "p2.s1", 5)).toThrow(DraftEditError);
    expect(() => replaceParagraph(start(), "p1", "   ")).toThrow(/cannot be empty/);
    expect(() => removeParagraph(paragraphsFromTexts(["Only one."]), "p1")).toThrow(
      /at least one paragraph/,
    );
  });

  it("re-splits an edited paragraph and drops a removed one", () => {
    const fixed = replaceParagraph(start(), "p2", "Visits rose. Then they fell.");
    expect(flat(fixed).slice(-2)).toEqual(["p2.s1 Visits rose.", "p2.s2 Then they fell."]);
    expect(flat(removeParagraph(start(), "p1"))).toEqual(["p1.s1 Visits rose by 40 percent."]);
  });
});

describe("citations follow their sentences through edits", () => {
  const cited = () => ({
    ...newDraft(
      { title: "", byline: "", publisher: "", publishedOn: "", url: "" },
      paragraphsFromTexts(["First. The U.S. Steel said so. Third one here.", "Second paragraph."]),
    ),
    whatHappened: { standard: "", simpler: "", cites: ["p1.s2", "p1.s3", "p1.s4", "p2.s1"] },
  });

  it("a join cites the joined sentence once; later ids move down", () => {
    const after = applyTextEdit(cited(), { edit: "merge", sentenceId: "p1.s2" }, 0);
    expect(after.whatHappened.cites).toEqual(["p1.s2", "p1.s3", "p2.s1"]);
    expect(after.paragraphs[0]!.sentences[1]!.text).toBe("The U.S. Steel said so.");
  });

  it("a split sentence is cited by both halves", () => {
    const after = applyTextEdit(cited(), { edit: "split", sentenceId: "p1.s4", word: 1 }, 0);
    expect(after.whatHappened.cites).toEqual(["p1.s2", "p1.s3", "p1.s4", "p1.s5", "p2.s1"]);
  });

  it("a removed paragraph takes its citations with it; a rewritten sentence loses its own", () => {
    const removed = applyTextEdit(cited(), { edit: "remove", paragraphId: "p1" }, 0);
    expect(removed.whatHappened.cites).toEqual(["p1.s1"]);
    const rewritten = applyTextEdit(
      cited(),
      {
        edit: "replace",
        paragraphId: "p1",
        text: "First. The U.S. Steel said so. Third one changed.",
      },
      0,
    );
    expect(rewritten.whatHappened.cites).toEqual(["p1.s2", "p1.s3", "p2.s1"]);
  });
});

describe("a save from a window still showing an older text", () => {
  const cited = () =>
    newDraft(
      { title: "", byline: "", publisher: "", publishedOn: "", url: "" },
      paragraphsFromTexts(["One more. Two. Three.", "Four. Five."]),
    );
  const typed = { standard: "Typed.", simpler: "", cites: ["p1.s3", "p2.s2"] };

  it("has its citations carried through every edit since, each once", () => {
    // Revision 1 joins p1.s2 and p1.s3; revision 2 removes the first paragraph.
    const joined = applyTextEdit(cited(), { edit: "merge", sentenceId: "p1.s2" }, 0);
    expect(citesAtRevision(typed, joined.renames, 0, 1)?.cites).toEqual(["p1.s2", "p2.s2"]);
    // A split then brings an id p1.s3 back, of other text: a save from revision 0 still means
    // the joined sentence, and one from revision 1 means what revision 1 called p1.s3.
    const split = applyTextEdit(joined, { edit: "split", sentenceId: "p1.s1", word: 1 }, 1);
    expect(split.paragraphs[0]!.sentences.map((s) => s.id)).toEqual(["p1.s1", "p1.s2", "p1.s3"]);
    expect(citesAtRevision(typed, split.renames, 0, 2)?.cites).toEqual(["p1.s3", "p2.s2"]);
    const removed = applyTextEdit(split, { edit: "remove", paragraphId: "p1" }, 2);
    expect(citesAtRevision(typed, removed.renames, 0, 3)?.cites).toEqual(["p1.s2"]);
    expect(citesAtRevision(typed, removed.renames, 3, 3)).toBe(typed);
  });

  it("is not carried when the draft no longer remembers every edit since, or from the future", () => {
    let draft = cited();
    for (let revision = 0; revision < RENAMES_KEPT + 1; revision += 1)
      draft = applyTextEdit(
        draft,
        { edit: "replace", paragraphId: "p2", text: "Four. Five." },
        revision,
      );
    expect(draft.renames).toHaveLength(RENAMES_KEPT);
    expect(citesAtRevision(typed, draft.renames, 0, RENAMES_KEPT + 1)).toBeUndefined();
    expect(citesAtRevision(typed, draft.renames, 1, RENAMES_KEPT + 1)?.cites).toEqual(typed.cites);
    expect(citesAtRevision(typed, draft.renames, 5, 4)).toBeUndefined();
  });
});

describe("after the first publication, ids never change", () => {
  const published = () => paragraphsFromTexts(["One. Two words here. Three.", "Four."]);
  const ids = (result: TTextEditResult) =>
    result.paragraphs.flatMap((p) => p.sentences.map((s) => `${s.id} ${s.text}`));

  it("a join keeps the first id and drops the second; nothing after it moves", () => {
    expect(ids(mergeWithNext(published(), "p1.s1", true))).toEqual([
      "p1.s1 One. Two words here.",
      "p1.s3 Three.",
      "p2.s1 Four.",
    ]);
  });

  it("a split's second half gets a new id after the paragraph's highest", () => {
    const result = splitSentenceAt(published(), "p1.s2", 1, true);
    expect(ids(result)).toEqual([
      "p1.s1 One.",
      "p1.s2 Two",
      "p1.s4 words here.",
      "p1.s3 Three.",
      "p2.s1 Four.",
    ]);
    expect(result.renamed.get("p1.s2")).toEqual(["p1.s2", "p1.s4"]);
  });

  it("a removed paragraph leaves the others' ids alone", () => {
    expect(ids(removeParagraph(published(), "p1", true))).toEqual(["p2.s1 Four."]);
  });
});

describe("provenance", () => {
  it("requires headline, publisher and date; the web address is optional but checked", () => {
    const result = ZProvenanceSchema.safeParse({
      title: " ",
      byline: "",
      publisher: "",
      publishedOn: "2026-02-30x",
      url: "javascript:alert(1)",
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(["title", "publisher", "publishedOn", "url"]));
    const valid = {
      title: "Headline",
      byline: "",
      publisher: "Ledger",
      publishedOn: "2026-11-20",
      url: "",
    };
    for (const publishedOn of ["2026-02-30", "2026-13-01"])
      expect(ZProvenanceSchema.safeParse({ ...valid, publishedOn }).success).toBe(false);
    expect(
      ZProvenanceSchema.safeParse({
        title: "Headline",
        byline: "",
        publisher: "Ledger",
        publishedOn: "2026-11-20",
        url: "",
      }).success,
    ).toBe(true);
  });
});
