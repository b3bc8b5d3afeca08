import { describe, expect, it } from "vitest";
import { mergeThreeWay, sameJson } from "./merge";

const base = { title: "Old headline", byline: "", publisher: "Ledger" };

describe("mergeThreeWay: two windows' saves of one part", () => {
  it("keeps both windows' changes to different fields (the review's lost headline)", () => {
    const tabA = { ...base, title: "New headline" };
    const tabB = { ...base, byline: "Ana Ruiz" };
    expect(mergeThreeWay(base, tabB, tabA)).toEqual({
      value: { title: "New headline", byline: "Ana Ruiz", publisher: "Ledger" },
      conflicts: [],
    });
  });

  it("reports a field both changed differently, keeping what is stored", () => {
    const stored = { ...base, title: "From tab A" };
    const mine = { ...base, title: "From tab B", byline: "Ana" };
    expect(mergeThreeWay(base, mine, stored)).toEqual({
      value: { title: "From tab A", byline: "Ana", publisher: "Ledger" },
      conflicts: ["title"],
    });
  });

  it("takes one side where only it changed, and agrees where both made the same change", () => {
    const changed = { ...base, title: "X" };
    expect(mergeThreeWay(base, changed, base).value).toEqual(changed);
    expect(mergeThreeWay(base, base, changed).value).toEqual(changed);
    expect(mergeThreeWay(base, changed, changed)).toEqual({ value: changed, conflicts: [] });
  });

  it("merges nested objects by field and treats lists and text as one value each", () => {
    const old = { standard: "a", simpler: "b", cites: ["p1.s1"] };
    expect(
      mergeThreeWay(old, { ...old, standard: "A" }, { ...old, cites: ["p1.s1", "p1.s2"] }),
    ).toEqual({ value: { standard: "A", simpler: "b", cites: ["p1.s1", "p1.s2"] }, conflicts: [] });
    const nested = { items: [{ name: "Kim" }], note: { text: "x" } };
    expect(
      mergeThreeWay(
        nested,
        { ...nested, items: [{ name: "Kim" }, { name: "Putin" }] },
        { ...nested, items: [] },
      ).conflicts,
    ).toEqual(["items"]);
    expect(
      mergeThreeWay(nested, { ...nested, note: { text: "y" } }, { ...nested, note: { text: "z" } })
        .conflicts,
    ).toEqual(["note.text"]);
  });

  it("a field removed on one side and untouched on the other stays removed", () => {
    const withUrl = { title: "t", url: "u" };
    expect(mergeThreeWay(withUrl, { title: "t" }, { title: "T", url: "u" }).value).toEqual({
      title: "T",
    });
  });
});

describe("sameJson", () => {
  it("compares by value, ignoring key order, not confusing lists with objects", () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ 0: 1 }, [1])).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(true);
    expect(sameJson("1", 1)).toBe(false);
  });
});
