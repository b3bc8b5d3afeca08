// Whether an assignment takes work now, in the words every screen uses: the teacher's class page,
// assignment page and gradebook, and the reason a student is given when they cannot start. One
// function, so a page never says "Open" while the student is told it is closed.

export type TAssignmentState =
  "upcoming" | "open" | "late-work" | "past-due" | "closed" | "archived";

export type TAssignmentTimes = {
  availableFrom: Date;
  dueAt: Date;
  allowLate: boolean;
  closedAt: Date | null;
  archivedAt: Date | null;
};

/** The state at `now`, for a due date (a student's own, with an extension, or the class's). */
export function assignmentState(
  assignment: TAssignmentTimes,
  now = new Date(),
  dueAt = assignment.dueAt,
): TAssignmentState {
  if (assignment.archivedAt) return "archived";
  if (assignment.closedAt) return "closed";
  if (now < assignment.availableFrom) return "upcoming";
  if (now > dueAt) return assignment.allowLate ? "late-work" : "past-due";
  return "open";
}

/** How teachers' screens name each state. */
export const ASSIGNMENT_STATE_WORDS: Record<TAssignmentState, string> = {
  upcoming: "Not open yet",
  open: "Open",
  "late-work": "Past due · late work accepted",
  "past-due": "Closed · due date passed",
  closed: "Closed",
  archived: "Archived",
};

/** Why a student cannot start in a state, or null when the state lets them. */
export const ASSIGNMENT_STATE_REASONS: Record<TAssignmentState, string | null> = {
  upcoming: "This assignment is not open yet.",
  open: null,
  "late-work": null,
  "past-due": "The due date has passed and late work is not accepted.",
  closed: "This assignment is closed.",
  archived: "This assignment is closed.",
};
