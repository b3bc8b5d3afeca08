import { describe, expect, it } from "vitest";
import { isStudioStep, stepCounts, stepHref, stepOf } from "./studio-steps";

describe("studio steps", () => {
  it("puts each check on the step that shows its field", () => {
    expect(stepOf("provenance-title")).toBe("text");
    expect(stepOf("sentence-p2.s1")).toBe("text");
    expect(stepOf("what-happened-simpler")).toBe("what-happened");
    expect(stepOf("question-q3")).toBe("questions");
    expect(stepOf("people-0-about-standard")).toBe("explainer");
    expect(stepOf("part-glossary-heading")).toBe("explainer");
  });

  it("counts problems and warnings per step", () => {
    const counts = stepCounts([
      { level: "problem", target: "question-q1", message: "x" },
      { level: "warning", target: "question-q2", message: "y" },
      { level: "problem", target: "provenance-title", message: "z" },
    ]);
    expect(counts.get("questions")).toEqual({ problems: 1, warnings: 1 });
    expect(counts.get("text")).toEqual({ problems: 1, warnings: 0 });
    expect(counts.get("publish")).toEqual({ problems: 0, warnings: 0 });
  });

  it("links to a step and a field on it; knows its step names", () => {
    expect(stepHref("a1", "questions", "question-q1")).toBe(
      "/teacher/articles/a1?step=questions#question-q1",
    );
    expect(isStudioStep("text")).toBe(true);
    expect(isStudioStep("../x")).toBe(false);
  });
});
