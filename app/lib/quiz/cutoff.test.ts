import { describe, expect, it } from "vitest";
import { feedbackOpensAt, isLate, passedCutoff, TIME_LIMIT_GRACE_MS } from "./cutoff";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 28, 9, 0) + minutes * 60_000);
const assignment = {
  dueAt: at(60),
  ownDueAt: null,
  allowLate: false,
  closedAt: null,
  archivedAt: null,
  leftClassAt: null,
};

describe("an attempt's cutoff", () => {
  it("is the earliest of time limit, due date, closing and leaving, with grace only for clocks", () => {
    const input = { deadlineAt: at(30), assignment: { ...assignment, closedAt: at(45) } };
    expect(passedCutoff(input, at(29))).toBeNull();
    expect(passedCutoff(input, new Date(at(30).getTime() + TIME_LIMIT_GRACE_MS))).toBeNull();
    expect(passedCutoff(input, at(31))).toMatchObject({ at: at(30), message: /^Time is up/ });
    const closedFirst = { deadlineAt: null, assignment: { ...assignment, closedAt: at(10) } };
    expect(passedCutoff(closedFirst, new Date(at(10).getTime() + 1))).toMatchObject({
      at: at(10),
      message: /closed this assignment/,
    });
  });

  it("counts leaving the class and closing from their own millisecond, as the upsert refuses", () => {
    const left = { deadlineAt: null, assignment: { ...assignment, leftClassAt: at(10) } };
    expect(passedCutoff(left, new Date(at(10).getTime() - 1))).toBeNull();
    expect(passedCutoff(left, at(10))).toMatchObject({ message: /no longer in this/ });
    const closed = { deadlineAt: null, assignment: { ...assignment, closedAt: at(10) } };
    expect(passedCutoff(closed, at(10))).toMatchObject({ message: /closed this assignment/ });
  });

  it("follows the student's own due date, and ignores the due date when late work is accepted", () => {
    const own = { deadlineAt: null, assignment: { ...assignment, ownDueAt: at(120) } };
    expect(passedCutoff(own, at(90))).toBeNull();
    expect(passedCutoff(own, at(121))).toMatchObject({ at: at(120) });
    const late = { deadlineAt: null, assignment: { ...assignment, allowLate: true } };
    expect(passedCutoff(late, at(600))).toBeNull();
    expect(isLate(late, at(61))).toBe(true);
    expect(isLate(late, at(60))).toBe(false);
    expect(isLate({ deadlineAt: null, assignment: null }, at(999))).toBe(false);
  });
});

describe("what a student is told, and when", () => {
  const ms = (date: Date, offset: number) => new Date(date.getTime() + offset);

  it("answers on their way are taken for 30 seconds after a time limit or due date", () => {
    const timed = { deadlineAt: at(30), assignment: null };
    expect(passedCutoff(timed, ms(at(30), 30_000))).toBeNull();
    expect(passedCutoff(timed, ms(at(30), 30_001))).toEqual({
      at: at(30),
      message: "Time is up. Your answers saved before then were submitted.",
    });
    const due = { deadlineAt: null, assignment };
    expect(passedCutoff(due, ms(at(60), 30_000))).toBeNull();
    expect(passedCutoff(due, ms(at(60), 30_001))).toEqual({
      at: at(60),
      message:
        "The due date has passed and late work is not accepted. Your answers saved before then were submitted.",
    });
  });

  it("the earliest cutoff applies whatever order they were set in: on time is not late", () => {
    // Due at 10:00 with no late work, a time limit ending 10:20, the attempt closed at 11:00.
    const input = { deadlineAt: at(80), assignment };
    const cutoff = passedCutoff(input, at(120));
    expect(cutoff).toMatchObject({ at: at(60), message: /^The due date has passed/ });
    expect(isLate(input, cutoff!.at)).toBe(false);
  });

  it("names the teacher's action or the class left, in words", () => {
    const now = at(50);
    const archived = { ...assignment, archivedAt: at(10), closedAt: at(10) };
    expect(passedCutoff({ deadlineAt: null, assignment: archived }, now)?.message).toBe(
      "Your teacher archived this assignment. Your answers saved before then were submitted.",
    );
    const closed = { ...assignment, closedAt: at(10) };
    expect(passedCutoff({ deadlineAt: null, assignment: closed }, now)?.message).toBe(
      "Your teacher closed this assignment. Your answers saved before then were submitted.",
    );
    const left = { ...assignment, leftClassAt: at(10) };
    expect(passedCutoff({ deadlineAt: null, assignment: left }, now)?.message).toBe(
      "You are no longer in this assignment's class. Your answers saved before then were submitted.",
    );
  });
});

describe("after-due feedback", () => {
  const base = { dueAt: at(60), allowLate: false, closedAt: null, archivedAt: null };
  it("opens after the last due date anyone has, or at closing if sooner", () => {
    expect(feedbackOpensAt({ ...base, ownDueDates: [at(120)] })).toEqual(
      new Date(at(120).getTime() + TIME_LIMIT_GRACE_MS),
    );
    expect(feedbackOpensAt({ ...base, closedAt: at(30), ownDueDates: [] })).toEqual(at(30));
    // Closed after the due date: feedback opened at the due date already.
    expect(feedbackOpensAt({ ...base, closedAt: at(300), ownDueDates: [] })).toEqual(
      new Date(at(60).getTime() + TIME_LIMIT_GRACE_MS),
    );
  });

  it("waits for the teacher to close the assignment while late work is accepted", () => {
    expect(feedbackOpensAt({ ...base, allowLate: true, ownDueDates: [] })).toBeNull();
    expect(
      feedbackOpensAt({ ...base, allowLate: true, closedAt: at(90), ownDueDates: [] }),
    ).toEqual(at(90));
  });
});
