import { describe, expect, it } from "vitest";
import { LONG_SENTENCE_WORDS, simplerHints } from "./simpler-hints";

const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");

describe("hints while the simpler level is written", () => {
  it("points at a sentence longer than 20 words, not at one of 20", () => {
    expect(simplerHints(`${words(LONG_SENTENCE_WORDS)}.`)).toEqual([]);
    expect(simplerHints(`Short one. ${words(LONG_SENTENCE_WORDS + 1)}.`)).toEqual([
      { message: "sentence 2 has 21 words (“word word word word word word…”): split it in two" },
    ]);
  });

  it("offers plainer words, and names rare ones it has none for, once each", () => {
    expect(simplerHints("Russia wants to bolster its army. Talks may bolster trust.")).toEqual([
      { message: "“bolster”: try “strengthen, add to”" },
    ]);
    expect(simplerHints("The deal is transactional, not an alliance.")).toEqual([
      { message: "“transactional”: try “a trade, give and take”" },
    ]);
    expect(simplerHints("They sold antitank missiles.")).toEqual([
      { message: "“antitank” is a rare word: say it more simply, or explain it" },
    ]);
    // Common words, short words and names are left alone.
    expect(simplerHints("Kim Jong Un will meet Putin in Russia to talk about weapons.")).toEqual(
      [],
    );
  });
});
