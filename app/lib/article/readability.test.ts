import { describe, expect, it } from "vitest";
import {
  compareLevels,
  countText,
  levelsLine,
  MIN_WORDS_TO_COMPARE,
  readingGrade,
  simplerLevelProblem,
} from "./readability";

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

describe("the simpler-level rule: a floor and a minimum of text", () => {
  /** `sentence` repeated until the text has at least `words` words. */
  const words = (sentence: string, count: number) => {
    const each = countText([sentence]).word;
    return [
      Array<string>(Math.ceil(count / each))
        .fill(sentence)
        .join(" "),
    ];
  };
  const hard =
    "The municipal council's deliberations regarding considerable budgetary shortfalls continued.";
  const middling = "The council talked about the money problem for a long time before the vote.";
  const plain = "The town has less cash. The vote was close.";

  it("compares only from 100 words at each level", () => {
    const enough = MIN_WORDS_TO_COMPARE;
    expect(compareLevels(words(hard, enough), words(middling, enough - 14)).verdict).toBe(
      "too short",
    );
    expect(compareLevels(words(hard, enough - 12), words(middling, enough)).verdict).toBe(
      "too short",
    );
    expect(simplerLevelProblem(words(hard, 30), words(hard, 30))).toBeUndefined();
    // The same texts, long enough: now the rule applies.
    expect(simplerLevelProblem(words(hard, enough), words(hard, enough))).toMatch(
      /make the simpler level at least 2 grades easier/,
    );
  });

  it("a simpler level at grade 4 or below passes whatever the standard level reads at", () => {
    const simple = compareLevels(words(plain, 120), words(plain, 120));
    expect(simple.simpler).toBeLessThanOrEqual(4);
    expect(simple.verdict).toBe("simple enough");
    const above = compareLevels(words(middling, 120), words(middling, 120));
    expect(above.simpler).toBeGreaterThan(4);
    expect(above.verdict).toBe("not easier");
  });

  it("two grades easier passes; less does not", () => {
    expect(compareLevels(words(hard, 120), words(middling, 120)).verdict).toBe("easier");
    expect(levelsLine(compareLevels(words(hard, 120), words(middling, 120)))).toMatch(
      /^Reading grade: standard \d+\.\d, simpler \d+\.\d — \d+\.\d grades easier\.$/,
    );
    expect(levelsLine(compareLevels(["A cat."], ["A cat."]))).toMatch(/too short to compare yet/);
    expect(levelsLine(compareLevels([], ["A cat."]))).toBe("Reading grade: — (write both levels).");
  });
});
