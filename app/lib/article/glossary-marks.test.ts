import { describe, expect, it } from "vitest";
import { markTerms } from "./glossary-marks";

describe("markTerms", () => {
  const terms = [
    { id: "dprk", forms: ["DPRK"] },
    { id: "fleet", forms: ["Pacific fleet"] },
  ];

  it("marks only the first occurrence of each term across the texts, as whole words", () => {
    const marked = markTerms(
      ["The DPRK and the dprk.", "Russia's Pacific fleet; DPRK again.", "DPRKs"],
      terms,
    );
    expect(marked).toEqual([
      ["The ", { termId: "dprk", text: "DPRK" }, " and the dprk."],
      ["Russia's ", { termId: "fleet", text: "Pacific fleet" }, "; DPRK again."],
      ["DPRKs"],
    ]);
  });

  it("keeps the text intact when no term matches", () => {
    expect(markTerms(["Nothing here."], terms)).toEqual([["Nothing here."]]);
  });
});
