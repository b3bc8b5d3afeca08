import { describe, expect, it } from "vitest";
import { percentOf } from "@/app/lib/numbers";
import { analyseItems, type TAnalysedAttempt } from "./item-analysis";
import { ZQuestionSchema, type TQuestion } from "./kinds";

const base = { skill: "recall", difficulty: 1, explanation: "Because.", cites: ["p1.s1"] };
const questions: TQuestion[] = [
  ZQuestionSchema.parse({
    ...base,
    id: "choose",
    type: "single",
    points: 1,
    prompt: "Pick one",
    options: [
      { id: "a", text: "Right", correct: true },
      { id: "b", text: "Wrong", misconception: "reverses", feedback: "The other way round." },
    ],
  }),
  ZQuestionSchema.parse({
    ...base,
    id: "write",
    type: "cer",
    skill: "argument",
    points: 2,
    prompt: "Argue",
    sides: [
      { id: "yes", text: "Yes" },
      { id: "no", text: "No" },
    ],
    rubric: [{ id: "all", label: "All", points: 2, description: "Everything." }],
  }),
];

const attempt = (
  studentName: string,
  option: string,
  written: number | null,
): TAnalysedAttempt => ({
  studentName,
  responses: new Map([
    ["choose", { mark: option === "a" ? 1 : 0, answer: { optionId: option } }],
    ["write", { mark: written, answer: { claim: "yes", evidence: [], reasoning: "So." } }],
  ]),
});

describe("item analysis from plain data", () => {
  const result = analyseItems(
    questions,
    [attempt("Ada", "a", 2), attempt("Ben", "b", 0), attempt("Cy", "b", null)],
    new Map(),
  );

  it("counts each option and names who showed each misconception", () => {
    const choose = result.questions[0]!;
    expect(choose.distribution).toEqual([
      { label: "Right", correct: true, count: 1 },
      { label: "Wrong", correct: false, count: 2 },
    ]);
    expect(choose.misconceptions).toEqual([
      { tag: "reverses", feedback: "The other way round.", students: ["Ben", "Cy"] },
    ]);
    expect(choose.stats.n).toBe(3);
    expect(choose.stats.facility).toBeCloseTo(100 / 3);
  });

  it("keeps answers awaiting a grade out of the statistics, and says how many wait", () => {
    const write = result.questions[1]!;
    expect(write.pending).toBe(1);
    expect(write.stats.n).toBe(2);
    // The quiz's statistics count only fully graded attempts: Ada (3 of 3) and Ben (0 of 3).
    expect(result.quiz).toMatchObject({ n: 2, mean: 1.5, maxScore: 3, meanPercent: 50 });
    expect(result.skills.map((s) => s.skill)).toEqual(["recall", "argument"]);
    expect(result.skills[0]?.facility).toBeCloseTo(100 / 3);
    expect(result.skills[1]?.facility).toBe(50);
  });

  it("percentOf is null where it cannot be worked out", () => {
    expect(percentOf(1, 4)).toBe(25);
    expect(percentOf(null, 4)).toBeNull();
    expect(percentOf(1, 0)).toBeNull();
  });
});
