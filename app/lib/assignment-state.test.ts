import { describe, expect, it } from "vitest";
import {
  ASSIGNMENT_STATE_REASONS,
  ASSIGNMENT_STATE_WORDS,
  assignmentState,
  type TAssignmentTimes,
} from "./assignment-state";

const day = (n: number) => new Date(Date.UTC(2026, 11, n));

const assignment = (change: Partial<TAssignmentTimes> = {}): TAssignmentTimes => ({
  availableFrom: day(1),
  dueAt: day(10),
  allowLate: false,
  closedAt: null,
  archivedAt: null,
  ...change,
});

describe("assignmentState", () => {
  it("covers every combination of opening, due date, late work, closing and archiving", () => {
    const cases: [Partial<TAssignmentTimes>, Date, string][] = [
      [{}, day(0), "Not open yet"],
      [{}, day(5), "Open"],
      [{}, day(11), "Closed · due date passed"],
      [{ allowLate: true }, day(11), "Past due · late work accepted"],
      [{ allowLate: true }, day(5), "Open"],
      [{ closedAt: day(4) }, day(5), "Closed"],
      [{ closedAt: day(4), allowLate: true }, day(11), "Closed"],
      [{ closedAt: day(4) }, day(0), "Closed"],
      [{ archivedAt: day(4) }, day(5), "Archived"],
      [{ archivedAt: day(4), closedAt: day(3) }, day(11), "Archived"],
    ];
    for (const [change, now, words] of cases)
      expect({
        change,
        words: ASSIGNMENT_STATE_WORDS[assignmentState(assignment(change), now)],
      }).toEqual({ change, words });
  });

  it("a student's extension keeps it open for them while the class's due date has passed", () => {
    expect(assignmentState(assignment(), day(11))).toBe("past-due");
    expect(assignmentState(assignment(), day(11), day(12))).toBe("open");
  });

  it("gives a student a reason exactly where they cannot start", () => {
    expect(ASSIGNMENT_STATE_REASONS[assignmentState(assignment(), day(5))]).toBeNull();
    expect(
      ASSIGNMENT_STATE_REASONS[assignmentState(assignment({ allowLate: true }), day(11))],
    ).toBeNull();
    expect(ASSIGNMENT_STATE_REASONS[assignmentState(assignment(), day(11))]).toMatch(
      /late work is not accepted/,
    );
  });
});
