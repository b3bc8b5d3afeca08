import { describe, expect, it } from "vitest";
import { countText, readingGrade } from "./readability";

describe("reading grade", () => {
  it("counts sentences, words and syllables as Flesch–Kincaid expects", () => {
    expect(countText(["The cat sat. It was happy!", "Was it?"])).toEqual({
      sentence: 3,
      word: 8,
      syllable: 9,
    });
    // A text without a full stop is still one sentence; "U.S." style dots inside a word are not ends.
    expect(countText(["North Korea’s leader"]).sentence).toBe(1);
  });

  it("gives short plain sentences a lower grade than long Latinate ones", () => {
    const plain = readingGrade(["Russia needs weapons now. North Korea needs food and money."]);
    const dense = readingGrade([
      "Satellite and nuclear-submarine technology would give North Korea lasting military capabilities, not a one-time payment.",
    ]);
    expect(plain).not.toBeNull();
    expect(dense! - plain!).toBeGreaterThan(6);
  });

  it("has no grade for no words", () => {
    expect(readingGrade(["", "  "])).toBeNull();
  });
});
