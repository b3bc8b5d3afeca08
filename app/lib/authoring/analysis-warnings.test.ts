import { describe, expect, it } from "vitest";
import { analysisWarnings } from "@/app/lib/authoring/analysis-warnings";

const QUESTIONS = ["q1", "q2", "q3", "q4", "q5", "q6"].map((id) => ({ id, points: 1 }));

// Six students, strongest first. q1, q5 and q6 follow how well they do overall; q2 goes the
// other way; everyone gets q3 right and nobody q4.
const ROWS = [
  [1, 0, 1, 0, 1, 1],
  [1, 0, 1, 0, 1, 1],
  [1, 0, 1, 0, 1, 0],
  [0, 1, 1, 0, 1, 0],
  [0, 1, 1, 0, 0, 0],
  [0, 1, 1, 0, 0, 0],
];

/** Attempts from rows of marks for q1..q4 (undefined: not answered). */
const attempts = (rows: (number | null | undefined)[][]) =>
  rows.map(
    (row) =>
      new Map(
        row.flatMap((mark, index) =>
          mark === undefined ? [] : [[`q${index + 1}`, mark] as const],
        ),
      ),
  );

describe("analysisWarnings", () => {
  it("names the question the strong students get wrong, the one everyone gets right, and the one nobody does", () => {
    const warnings = analysisWarnings(QUESTIONS, attempts(ROWS));
    expect(warnings.map((w) => w.questionId)).toEqual(["q2", "q3", "q4"]);
    expect(warnings[0]?.message).toMatch(
      /^q2: students who did well on the rest of the quiz did worse on it \(discrimination -\d+%, over 6 answers\)/,
    );
    expect(warnings[1]?.message).toMatch(
      /^q3: almost everyone got it right \(facility 100%, over 6 answers\)/,
    );
    expect(warnings[2]?.message).toMatch(/^q4: few got it right \(facility 0%, over 6 answers\)/);
  });

  it("says nothing until enough answers are in, and leaves out answers awaiting a grade", () => {
    const four = ROWS.slice(0, 4);
    expect(analysisWarnings(QUESTIONS, attempts(four))).toEqual([]);
    // A fifth student whose q3 awaits a grade and who left q4 out: only q2 has five answers.
    expect(analysisWarnings(QUESTIONS, attempts([...four, [0, 1, null, undefined, 0, 0]]))).toEqual(
      [expect.objectContaining({ questionId: "q2" })],
    );
  });
});
