import { describe, expect, it } from "vitest";
import { answerDistribution, describeAnswer } from "./describe";
import { ZQuestionSchema } from "./kinds";
import { distributionOf } from "./kinds/kind";
import { scoreQuestion } from "./scoring";

const base = {
  skill: "recall",
  difficulty: 1,
  explanation: "Because.",
  cites: ["p1.s1"],
  points: 1,
};
const sentences = new Map([["p1.s1", "Officials said so."]]);
const matching = ZQuestionSchema.parse({
  ...base,
  id: "m",
  type: "matching",
  prompt: "Match",
  choices: [
    { id: "x", text: "Russia" },
    { id: "y", text: "North Korea" },
  ],
  pairs: [
    { id: "a", text: "Wants shells", match: "x" },
    { id: "b", text: "Wants food", match: "y" },
  ],
});
const fill = ZQuestionSchema.parse({
  ...base,
  id: "f",
  type: "fill",
  prompt: "Who met? ____",
  accepted: ["Kim"],
});

describe("an empty answer is no answer, in words as in the score", () => {
  it("matching with nothing matched, and fill with only punctuation", () => {
    for (const [question, answer] of [
      [matching, { matches: {} }],
      [fill, { text: " ?! " }],
    ] as const) {
      expect(scoreQuestion(question, answer).outcome).toBe("unanswered");
      expect(describeAnswer(question, answer, sentences)).toBe("No answer");
    }
    expect(describeAnswer(matching, { matches: { a: "x" } }, sentences)).toBe(
      "Wants shells → Russia; Wants food → (none)",
    );
    expect(describeAnswer(fill, { text: "Kim." }, sentences)).toBe("Kim.");
  });

  it("the item analysis counts them under No answer", () => {
    const rows = answerDistribution(fill, [{ text: "?" }, undefined, { text: "Kim" }], sentences);
    expect(rows).toEqual([
      { label: "No answer", correct: false, count: 2 },
      { label: "Kim", correct: true, count: 1 },
    ]);
  });
});

describe("distributionOf: the eight commonest answers", () => {
  const wrong = (label: string) => ({ label, correct: false });

  it("keeps an answer four students gave after eight one-off answers, commonest first", () => {
    const oneOffs = ["a", "b", "c", "d", "e", "f", "g", "h"].map(wrong);
    const kim = { label: "Kim", correct: true };
    const rows = distributionOf([...oneOffs, kim, kim, kim, kim]);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({ label: "Kim", correct: true, count: 4 });
    expect(rows.slice(1).map((row) => row.label)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    expect(rows.every((row) => row.count === (row.label === "Kim" ? 4 : 1))).toBe(true);
  });

  it("counts each answer once per student who gave it, ties in the order first given", () => {
    expect(distributionOf(["x", "y", "y", "x", "z"].map(wrong))).toEqual([
      { label: "x", correct: false, count: 2 },
      { label: "y", correct: false, count: 2 },
      { label: "z", correct: false, count: 1 },
    ]);
    expect(distributionOf([])).toEqual([]);
  });
});
