import { describe, expect, it } from "vitest";
import {
  figureText,
  finalPercent,
  percentText,
  resultText,
  type TResultFacts,
} from "@/app/lib/score-words";

const final: TResultFacts = { submitted: true, score: 3, maxScore: 7, pending: false };

describe("a score as every screen shows it", () => {
  it("rounds one way: whole percent, halves up, never minus zero", () => {
    expect([43.15, 43.2, 20.4, 20.5, 99.6, -0.4, -12.6].map(percentText)).toEqual([
      "43%",
      "43%",
      "20%",
      "21%",
      "100%",
      "0%",
      "-13%",
    ]);
    expect([null, undefined, Number.NaN].map(percentText)).toEqual(["—", "—", "—"]);
  });

  it("shows no number for work in progress, hidden, or awaiting a teacher's grade, and charts none", () => {
    const cases: [TResultFacts, string][] = [
      [{ ...final, submitted: false }, "—"],
      [{ ...final, hidden: true }, "Not shown yet"],
      [{ ...final, pending: true }, "Awaiting grading"],
      // Hidden and pending: hidden says less, so it wins.
      [{ ...final, pending: true, hidden: true }, "Not shown yet"],
    ];
    for (const [facts, words] of cases) {
      expect(resultText(facts)).toBe(words);
      expect(resultText(facts, { withPoints: true })).toBe(words);
      expect(finalPercent(facts)).toBeNull();
    }
  });

  it("a final score, as a percentage or with its points to two decimals", () => {
    expect(resultText(final)).toBe("43%");
    expect(resultText({ ...final, score: 2.345 }, { withPoints: true })).toBe("2.35 / 7 (34%)");
    expect(finalPercent(final)).toBeCloseTo(42.857, 2);
    // A quiz worth nothing has no percentage.
    expect(resultText({ ...final, score: 0, maxScore: 0 })).toBe("—");
  });

  it("class figures say how many graded scores they rest on and how many wait", () => {
    expect(figureText("mean", 43.15, { graded: 2, awaiting: 20 })).toBe(
      "43% (mean of 2 graded · 20 awaiting grading)",
    );
    expect(figureText("median", 50, { graded: 3, awaiting: 0 })).toBe("50% (median of 3 graded)");
    expect(figureText("mean", null, { graded: 0, awaiting: 4 })).toBe(
      "— (none graded yet · 4 awaiting grading)",
    );
    expect(figureText("mean", null, { graded: 0, awaiting: 0 })).toBe("—");
  });
});
