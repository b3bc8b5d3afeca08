import { describe, expect, it } from "vitest";
import { paragraphsFromTexts } from "@/app/lib/authoring/draft";
import { draftPreview, scoreTryOut } from "@/app/lib/authoring/try-out";
import type { TQuestion } from "@/app/lib/quiz/kinds";

const paragraphs = paragraphsFromTexts(["The council voted to keep the library open on Sundays."]);
const questions: TQuestion[] = [
  {
    id: "q1",
    type: "single",
    prompt: "What did the council decide?",
    skill: "recall",
    difficulty: 1,
    points: 2,
    explanation: "p1.s1 gives the vote.",
    cites: ["p1.s1"],
    options: [
      { id: "a", text: "To keep the library open on Sundays", correct: true },
      {
        id: "b",
        text: "To close it",
        misconception: "misreads-vote",
        feedback: "Read p1.s1 again.",
      },
    ],
  },
  {
    id: "q2",
    type: "truefalse",
    prompt: "The library will open on Sundays.",
    skill: "recall",
    difficulty: 1,
    points: 1,
    explanation: "p1.s1.",
    cites: ["p1.s1"],
    correct: true,
    wrong: { misconception: "misreads-vote", feedback: "The vote kept it open." },
  },
];

/** The id the preview shows for an option's text: what the browser sends back. */
function tokenOf(text: string): string {
  const shown = draftPreview(questions)[0];
  if (shown?.type !== "single") throw new Error("q1 is single choice");
  const option = shown.options.find((o) => o.text === text);
  if (!option) throw new Error(`no option ${text}`);
  return option.id;
}

describe("scoreTryOut", () => {
  it("marks the preview's answers as a student's review would, with the wrong choice's feedback", () => {
    const tried = scoreTryOut(questions, paragraphs, {
      q1: { optionId: tokenOf("To close it") },
    });
    expect(tried).toEqual([
      {
        questionId: "q1",
        prompt: "What did the council decide?",
        outcome: "incorrect",
        points: 0,
        maxPoints: 2,
        answer: "To close it",
        correct: "To keep the library open on Sundays",
        feedback: ["Read p1.s1 again."],
        explanation: "p1.s1 gives the vote.",
        cites: ["p1.s1"],
      },
      expect.objectContaining({ questionId: "q2", outcome: "unanswered", points: 0 }),
    ]);
    const right = scoreTryOut(questions, paragraphs, {
      q1: { optionId: tokenOf("To keep the library open on Sundays") },
      q2: { value: true },
    });
    expect(right.map((q) => [q.outcome, q.points])).toEqual([
      ["correct", 2],
      ["correct", 1],
    ]);
  });

  it("treats what does not fit (an option the question lacks, a wrong shape) as unanswered", () => {
    const tried = scoreTryOut(questions, paragraphs, {
      q1: { optionId: "z" },
      q2: { value: "yes" },
    });
    expect(tried.map((q) => q.outcome)).toEqual(["unanswered", "unanswered"]);
  });
});
