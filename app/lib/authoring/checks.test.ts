import { describe, expect, it } from "vitest";
import { checkDraft } from "@/app/lib/authoring/checks";
import { mergeWithNext, paragraphsFromTexts, type TArticleDraft } from "@/app/lib/authoring/draft";

const provenance = {
  title: "Library stays open",
  byline: "",
  publisher: "Riverside Ledger",
  publishedOn: "2026-11-20",
  url: "",
};

describe("checkDraft", () => {
  it("asks for the provenance a page did not state, field by field", () => {
    const draft: TArticleDraft = {
      provenance: { ...provenance, publisher: "", publishedOn: "" },
      paragraphs: paragraphsFromTexts(["One sentence."]),
    };
    expect(checkDraft(draft)).toEqual([
      expect.objectContaining({ level: "problem", target: "provenance-publisher" }),
      expect.objectContaining({ level: "problem", target: "provenance-publishedOn" }),
    ]);
  });

  it("flags a split after an abbreviation until the sentences are joined", () => {
    const paragraphs = paragraphsFromTexts(["The U.S. Army reserve center has offered its lot."]);
    const draft: TArticleDraft = { provenance, paragraphs };
    expect(checkDraft(draft)).toEqual([
      {
        level: "warning",
        target: "sentence-p1.s1",
        message:
          "p1.s1 ends with an abbreviation (“U.S.”). If the sentence goes on in p1.s2, join them.",
      },
    ]);
    expect(checkDraft({ provenance, paragraphs: mergeWithNext(paragraphs, "p1.s1") })).toEqual([]);
  });

  it("suggests splitting a sentence too long to be one", () => {
    const long = `${Array.from({ length: 80 }, () => "word").join(" ")}.`;
    const checks = checkDraft({ provenance, paragraphs: paragraphsFromTexts([long]) });
    expect(checks.map((check) => [check.target, check.message])).toEqual([
      ["sentence-p1.s1", "p1.s1 is 80 words long. If it is really two sentences, split it."],
    ]);
  });
});
