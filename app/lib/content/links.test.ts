import { describe, expect, it } from "vitest";
import { citeLabel, parseHighlight, sentenceHref, assignHref } from "./links";

describe("links", () => {
  it("opens the article with sentences highlighted and the first in view", () => {
    expect(sentenceHref("/articles/x", ["p5.s1", "p5.s2"])).toBe(
      "/articles/x?highlight=p5.s1,p5.s2#p5.s1",
    );
    expect(sentenceHref("/articles/x", [])).toBe("/articles/x");
    expect(assignHref("c1", "x", "key-facts")).toBe(
      "/teacher/classes/c1/assignments/new?article=x&quiz=key-facts",
    );
    expect(assignHref("c1", "x")).toBe("/teacher/classes/c1/assignments/new?article=x");
  });

  it("names sentences for people and screen readers", () => {
    expect(citeLabel(["p5.s1", "p7.s2"])).toBe("paragraph 5, sentence 1; paragraph 7, sentence 2");
  });

  it("keeps only highlight ids that exist, once each", () => {
    const known = new Set(["p1.s1", "p2.s1"]);
    expect(parseHighlight("p2.s1,nope,p2.s1, p1.s1", known)).toEqual(["p2.s1", "p1.s1"]);
    expect(parseHighlight(["p1.s1", "<script>"], known)).toEqual(["p1.s1"]);
    expect(parseHighlight(undefined, known)).toEqual([]);
  });
});
