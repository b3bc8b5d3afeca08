import { describe, expect, it } from "vitest";
import { percentOf } from "@/app/lib/numbers";
import { alphaShown, analyseItems, itemVerdict, type TAnalysedAttempt } from "./item-analysis";
import { ZQuestionSchema, type TQuestion } from "./kinds";
import { itemStats } from "./statistics";
import { question } from "@/test-support/questions";

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

describe("item analysis over several questions", () => {
  // Three one-mark questions of two skills; the single-choice one has two misconceptions.
  const single = question("single");
  const truefalse = question("truefalse", { id: "q-tf" });
  const fill = question("fill", { skill: "vocabulary" });
  const answers = (option: string, value: boolean, text: string) =>
    new Map([
      [single.id, { mark: option === "a" ? 1 : 0, answer: { optionId: option } }],
      [truefalse.id, { mark: value ? 1 : 0, answer: { value } }],
      [fill.id, { mark: text === "Russia" ? 1 : 0, answer: { text } }],
    ]);
  const result = analyseItems(
    [single, truefalse, fill],
    [
      { studentName: "Ada", responses: answers("a", true, "Russia") },
      { studentName: "Ben", responses: answers("b", true, "Russia") },
      { studentName: "Cy", responses: answers("c", false, "Moscow") },
      { studentName: "Di", responses: answers("c", true, "Moscow") },
    ],
    new Map(),
  );

  it("relates each question to every student's total (Ada 3, Ben 2, Cy 0, Di 1)", () => {
    expect(result.questions[0]!.stats).toEqual(itemStats([1, 0, 0, 0], [3, 2, 0, 1], 1));
    expect(result.questions[2]!.stats).toEqual(itemStats([1, 1, 0, 0], [3, 2, 0, 1], 1));
    expect(result.questions[2]!.stats.discrimination).toBeGreaterThan(0);
    expect(result.quiz).toMatchObject({ n: 4, mean: 1.5, median: 1.5, maxScore: 3 });
  });

  it("lists the misconception most students showed first", () => {
    expect(result.questions[0]!.misconceptions).toEqual([
      { tag: "guessing", feedback: "Iran is not named.", students: ["Cy", "Di"] },
      { tag: "wrong-country", feedback: "China is not named.", students: ["Ben"] },
    ]);
  });

  it("averages a skill's facility over its questions", () => {
    // recall: 25 % and 75 %; vocabulary: 50 %.
    expect(result.skills).toEqual([
      { skill: "recall", facility: 50 },
      { skill: "vocabulary", facility: 50 },
    ]);
  });

  it("leaves a question no one has a grade for yet out of its skill's facility", () => {
    const cer = question("cer", { skill: "recall" });
    const waiting = analyseItems(
      [single, cer],
      [
        {
          studentName: "Ada",
          responses: new Map([
            [single.id, { mark: 1, answer: { optionId: "a" } }],
            [cer.id, { mark: null, answer: { claim: "deal", evidence: [], reasoning: "" } }],
          ]),
        },
      ],
      new Map(),
    );
    expect(waiting.skills).toEqual([{ skill: "recall", facility: 100 }]);
  });
});

describe("verdicts wait for enough answers", () => {
  const stats = (n: number, facility: number, discrimination: number | null) => ({
    n,
    facility,
    sd: 10,
    discrimination,
    efficiency: null,
  });

  it("says too few answers below five, whatever the figures", () => {
    expect(itemVerdict(stats(2, 50, -80))).toBe("Too few answers yet (2 of 5)");
    expect(itemVerdict(stats(4, 60, 40))).toBe("Too few answers yet (4 of 5)");
    expect(itemVerdict(stats(5, 50, -10))).toBe("Stronger students did worse: check the key");
    expect(itemVerdict(stats(22, 60, 40))).toBe("Working as intended");
  });

  it("shows Cronbach's alpha only from five students", () => {
    const quiz = { n: 2, mean: 1, median: 1, sd: 1, alpha: -533.3 };
    expect(alphaShown(quiz)).toBeNull();
    expect(alphaShown({ ...quiz, n: 5, alpha: 71 })).toBe(71);
  });
});
