import { describe, expect, it } from "vitest";
import { board, boardRow, type TBoardAttempt } from "./live-board";

const student = { id: "s1", displayName: "Ada" };
const questions = ["q1", "q2", "q3"];
const due = new Date("2026-12-06T23:59:00Z");
const before = new Date("2026-12-06T10:00:00Z");
const after = new Date("2026-12-07T10:00:00Z");
const at = (hour: number) => new Date(`2026-12-06T${String(hour).padStart(2, "0")}:00:00Z`);

const attempt = (over: Partial<TBoardAttempt>): TBoardAttempt => ({
  status: "SUBMITTED",
  late: false,
  startedAt: at(9),
  responses: [],
  ...over,
});

describe("the live board", () => {
  it("says where each student is: not started, missing after the due date, working with how far, handed in, late", () => {
    expect(boardRow(student, [], questions, due, before).stage).toBe("not started");
    expect(boardRow(student, [], questions, due, after).stage).toBe("missing");
    const working = boardRow(
      student,
      [
        attempt({
          status: "IN_PROGRESS",
          responses: [
            { questionId: "q1", outcome: null },
            { questionId: "q3", outcome: null },
            { questionId: "q9", outcome: null },
          ],
        }),
      ],
      questions,
      due,
      before,
    );
    expect(working).toMatchObject({ stage: "working", answered: 2, marks: null });
    expect(boardRow(student, [attempt({ late: true })], questions, due, after).stage).toBe("late");
    // One attempt on time is enough to have handed in; a second one open is work going on.
    expect(
      boardRow(
        student,
        [attempt({}), attempt({ late: true, startedAt: at(11) })],
        questions,
        due,
        after,
      ).stage,
    ).toBe("handed in");
    expect(
      boardRow(
        student,
        [attempt({}), attempt({ status: "IN_PROGRESS", startedAt: at(11) })],
        questions,
        due,
        before,
      ).stage,
    ).toBe("working");
  });

  it("marks each question of the latest attempt handed in, and counts them per question", () => {
    const handed = boardRow(
      student,
      [
        attempt({ responses: [{ questionId: "q1", outcome: "incorrect" }] }),
        attempt({
          startedAt: at(11),
          responses: [
            { questionId: "q1", outcome: "correct" },
            { questionId: "q2", outcome: "pending" },
          ],
        }),
      ],
      questions,
      due,
      before,
    );
    expect(handed.marks).toEqual({ q1: "correct", q2: "pending", q3: "unanswered" });
    const other = boardRow({ id: "s2", displayName: "Ben" }, [], questions, due, before);
    const shown = board("Quiz", questions, [handed, other], before);
    expect(shown.columns.q1).toEqual({
      correct: 1,
      partial: 0,
      incorrect: 0,
      pending: 0,
      unanswered: 0,
    });
    expect(shown.columns.q3?.unanswered).toBe(1);
  });
});
