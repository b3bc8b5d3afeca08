import { describe, expect, it } from "vitest";
import { checkDraft } from "@/app/lib/authoring/checks";
import { mergeWithNext, newDraft, paragraphsFromTexts } from "@/app/lib/authoring/draft";

const written = {
  standard:
    "The town council voted to keep the library open on Sundays, ending a month of argument about the budget.",
  simpler: "The town will keep the library open on Sundays.",
  cites: ["p1.s1"],
};

const provenance = {
  title: "Library stays open",
  byline: "",
  publisher: "Riverside Ledger",
  publishedOn: "2026-11-20",
  url: "",
};

describe("checkDraft", () => {
  it("requires what happened at both levels, with its sources, the simpler one simpler", () => {
    const empty = newDraft(provenance, paragraphsFromTexts(["One."]));
    expect(checkDraft(empty).map((check) => check.target)).toEqual([
      "what-happened-standard",
      "what-happened-simpler",
      "what-happened-cites",
    ]);
    const notSimpler = { ...empty, whatHappened: { ...written, simpler: written.standard } };
    expect(checkDraft(notSimpler)).toEqual([
      expect.objectContaining({
        target: "what-happened-simpler",
        message: expect.stringContaining(
          "make the simpler level at least 2 grades easier",
        ) as string,
      }),
    ]);
    expect(checkDraft({ ...empty, whatHappened: written })).toEqual([]);
  });

  it("asks for the provenance a page did not state, field by field", () => {
    const draft = {
      ...newDraft({ ...provenance, publisher: "", publishedOn: "" }, paragraphsFromTexts(["One."])),
      whatHappened: written,
    };
    expect(checkDraft(draft)).toEqual([
      expect.objectContaining({ level: "problem", target: "provenance-publisher" }),
      expect.objectContaining({ level: "problem", target: "provenance-publishedOn" }),
    ]);
  });

  it("flags a split after an abbreviation until the sentences are joined", () => {
    const paragraphs = paragraphsFromTexts(["The U.S. Army reserve center has offered its lot."]);
    const draft = { ...newDraft(provenance, paragraphs), whatHappened: written };
    expect(checkDraft(draft)).toEqual([
      {
        level: "warning",
        target: "sentence-p1.s1",
        message:
          "p1.s1 ends with an abbreviation (“U.S.”). If the sentence goes on in p1.s2, join them.",
      },
    ]);
    const merged = mergeWithNext(paragraphs, "p1.s1").paragraphs;
    expect(checkDraft({ ...draft, paragraphs: merged })).toEqual([]);
  });

  it("suggests splitting a sentence too long to be one", () => {
    const long = `${Array.from({ length: 80 }, () => "word").join(" ")}.`;
    const checks = checkDraft({
      ...newDraft(provenance, paragraphsFromTexts([long])),
      whatHappened: written,
    });
    expect(checks.map((check) => [check.target, check.message])).toEqual([
      ["sentence-p1.s1", "p1.s1 is 80 words long. If it is really two sentences, split it."],
    ]);
  });
});
