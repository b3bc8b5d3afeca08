import { describe, expect, it } from "vitest";
import { ZQuestionSchema } from "@/app/lib/quiz/kinds";
import { questionErrorsSummary, questionFieldErrors } from "./question-errors";

const single = {
  id: "draft",
  type: "single",
  prompt: "Who is travelling?",
  skill: "recall",
  difficulty: 1,
  points: 1,
  explanation: "The article says so.",
  cites: ["p1.s1"],
  options: [
    { id: "a", text: "Kim", correct: true },
    { id: "b", text: "Putin", misconception: "", feedback: "" },
  ],
};

function errorsOf(question: unknown) {
  const parsed = ZQuestionSchema.safeParse(question);
  if (parsed.success) throw new Error("expected a refusal");
  return questionFieldErrors(parsed.error.issues);
}

describe("questionFieldErrors", () => {
  it("says one plain sentence per field, never about an id's format", () => {
    const errors = errorsOf(single);
    const all = Object.values(errors).flat();
    expect(all.some((m) => /lower-case|dashes/.test(m))).toBe(false);
    expect(errors["options.1.misconception"]).toEqual([
      "A wrong option must name the misconception it reveals.",
    ]);
    for (const message of all) expect(message).toMatch(/^[A-Z].*[.!?]$/);
  });

  it("counts the fields in its summary", () => {
    expect(questionErrorsSummary({ a: ["x"] })).toMatch(/^Not saved: 1 field needs fixing/);
    expect(questionErrorsSummary({ a: ["x"], b: ["y"] })).toMatch(/2 fields need fixing/);
  });
});
