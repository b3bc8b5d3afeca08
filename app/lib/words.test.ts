import { describe, expect, it } from "vitest";
import { dashed, plural, sizeText } from "./words";

describe("plural", () => {
  it("says 1 minute and 2 minutes, never 1 minutes or attempt(s)", () => {
    expect(plural(1, "minute")).toBe("1 minute");
    expect(plural(3, "minute")).toBe("3 minutes");
    expect(plural(0, "attempt")).toBe("0 attempts");
    expect(plural(2, "student account")).toBe("2 student accounts");
  });
});

describe("dashed", () => {
  it("keeps letters and digits, joins words with one dash, and never ends on a dash", () => {
    expect(dashed("  Thinks the vote was unanimous! ", 60)).toBe("thinks-the-vote-was-unanimous");
    expect(dashed("Café: 5–2 vote", 60)).toBe("cafe-5-2-vote");
    expect(dashed("Library keeps its Sunday hours", 12)).toBe("library-keep");
    expect(dashed("ab cd", 3)).toBe("ab");
    expect(dashed("???", 10)).toBe("");
  });
});

describe("sizeText", () => {
  it("says KB below a megabyte and MB with one decimal above, never 0 KB", () => {
    expect(sizeText(10)).toBe("1 KB");
    expect(sizeText(5_300)).toBe("5 KB");
    expect(sizeText(8 * 1024 * 1024)).toBe("8.0 MB");
    expect(sizeText(1_500_000)).toBe("1.4 MB");
  });
});
