import { describe, expect, it } from "vitest";
import { hasTyped } from "./typed";

describe("hasTyped", () => {
  it("finds text at any depth, and cited sentences", () => {
    expect(hasTyped({ id: "a", text: "", misconception: "" })).toBe(false);
    expect(hasTyped({ id: "a", text: "  " })).toBe(false);
    expect(hasTyped({ id: "a", text: "Moscow" })).toBe(true);
    expect(hasTyped({ name: "", about: { standard: "", simpler: "Leads." } })).toBe(true);
    expect(hasTyped({ label: "", cites: ["p1.s1"] })).toBe(true);
  });

  it("does not count the ids the editor made", () => {
    expect(hasTyped({ id: "pa", text: "", match: "a" })).toBe(false);
    expect(hasTyped({ id: "sa", text: "", category: "b" })).toBe(false);
  });
});
