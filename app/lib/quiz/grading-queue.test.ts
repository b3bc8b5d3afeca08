import { describe, expect, it } from "vitest";
import { commentBank, queueQuestions, queueView, type TQueueAnswer } from "./grading-queue";

const answer = (
  responseId: string,
  studentName: string,
  questionId: string,
  comment: string | null = null,
): TQueueAnswer => ({
  responseId,
  studentId: `s-${studentName}`,
  studentName,
  questionId,
  prompt: `Prompt of ${questionId}`,
  grade: comment === null ? null : { comment },
});

const queue = [
  answer("r1", "Cy", "q28"),
  answer("r2", "Ada", "q28", "Cite the sentence."),
  answer("r3", "Ben", "q28"),
  answer("r4", "Ada", "q29"),
  answer("r5", "Dee", "q28", "Cite the sentence."),
  answer("r6", "Eve", "q28", "Good reasoning."),
];

describe("grading one question at a time", () => {
  it("lists the questions with how many answers wait", () => {
    expect(queueQuestions(queue)).toEqual([
      { questionId: "q28", prompt: "Prompt of q28", waiting: 2, total: 5 },
      { questionId: "q29", prompt: "Prompt of q29", waiting: 1, total: 1 },
    ]);
  });

  it("shows a question's answers by student, opens the first waiting, and offers the next waiting", () => {
    const view = queueView(queue, {})!;
    expect(view.answers.map((a) => a.studentName)).toEqual(["Ada", "Ben", "Cy", "Dee", "Eve"]);
    expect(view.current.responseId).toBe("r3");
    expect(view.next?.responseId).toBe("r1");
    // From the last waiting one, the next wraps round; with none left, there is no next.
    expect(queueView(queue, { question: "q28", answer: "r1" })!.next?.responseId).toBe("r3");
    expect(queueView(queue, { question: "q29" })!.next).toBeNull();
    // A graded answer can be opened again; an unknown one opens the first waiting.
    expect(queueView(queue, { answer: "r2" })!.current.responseId).toBe("r2");
    expect(queueView(queue, { question: "nope", answer: "nope" })!.current.responseId).toBe("r3");
    expect(queueView([], {})).toBeNull();
  });

  it("offers the comments already written on the question, most used first, each once", () => {
    const view = queueView(queue, { question: "q28" })!;
    expect(commentBank(view.answers)).toEqual(["Cite the sentence.", "Good reasoning."]);
    expect(commentBank(view.answers, 1)).toEqual(["Cite the sentence."]);
  });
});
