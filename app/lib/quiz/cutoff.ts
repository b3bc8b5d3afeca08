// When an open attempt stops taking answers. One rule, the earliest of: the time limit (with its
// extra time) plus a grace period for answers already on their way; the due date (the student's
// own, if the teacher set one) plus the same grace, when late work is not accepted; the moment the
// teacher closed or archived the assignment; the moment the student left the class. The SQL that
// saves an answer (upsertAnswerSql) enforces the same rule in its WHERE clause; this function says
// which part applied and when, to explain a refusal and to close the attempt at the right time.

export const TIME_LIMIT_GRACE_MS = 30 * 1000;

export type TCutoffInput = {
  /** The attempt's time limit, extra time included; null without one. */
  deadlineAt: Date | null;
  /** The assignment the attempt is for, with the student's own due date; null for practice. */
  assignment: {
    dueAt: Date;
    ownDueAt: Date | null;
    allowLate: boolean;
    closedAt: Date | null;
    archivedAt: Date | null;
    /** When the student was removed from the class, or null while enrolled. */
    leftClassAt: Date | null;
  } | null;
};

export type TCutoff = { at: Date; message: string };

const SAVED = "Your answers saved before then were submitted.";

/**
 * Every cutoff that applies. Grace covers answers already on their way when a clock runs out
 * (time limit, due date); a teacher's action or leaving the class takes effect at once.
 */
function cutoffs({ deadlineAt, assignment }: TCutoffInput): (TCutoff & { graceMs: number })[] {
  const list: (TCutoff & { graceMs: number })[] = [];
  const add = (at: Date, message: string, graceMs = 0) =>
    list.push({ at, message: `${message} ${SAVED}`, graceMs });
  if (deadlineAt) add(deadlineAt, "Time is up.", TIME_LIMIT_GRACE_MS);
  if (assignment) {
    // Archiving also closes; listed first, it names the stronger reason (the sort is stable).
    if (assignment.archivedAt) add(assignment.archivedAt, "Your teacher archived this assignment.");
    if (assignment.closedAt) add(assignment.closedAt, "Your teacher closed this assignment.");
    if (assignment.leftClassAt)
      add(assignment.leftClassAt, "You are no longer in this assignment's class.");
    if (!assignment.allowLate)
      add(
        assignment.ownDueAt ?? assignment.dueAt,
        "The due date has passed and late work is not accepted.",
        TIME_LIMIT_GRACE_MS,
      );
  }
  return list.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The earliest cutoff that has passed at `now`, or null while the attempt may take answers. */
export function passedCutoff(input: TCutoffInput, now = new Date()): TCutoff | null {
  // A clock's grace runs to its last millisecond; a teacher's action or leaving the class counts
  // from its own millisecond, as the upsert's `closedAt IS NULL`-style checks refuse at once.
  const passed = cutoffs(input).find((c) =>
    c.graceMs > 0 ? now.getTime() > c.at.getTime() + c.graceMs : now.getTime() >= c.at.getTime(),
  );
  return passed ? { at: passed.at, message: passed.message } : null;
}

/** Whether a submission at `submittedAt` is after the student's due date. */
export function isLate(input: TCutoffInput, submittedAt: Date): boolean {
  const a = input.assignment;
  return a !== null && submittedAt.getTime() > (a.ownDueAt ?? a.dueAt).getTime();
}

/**
 * When feedback set to "after the due date" may open: once no student of the class can still
 * submit. With late work accepted that is only when the teacher closes (or archives) the
 * assignment — null until then; otherwise after the last due date any student has (accommodations
 * included) plus the grace, or at closing if that comes first.
 */
export function feedbackOpensAt(assignment: {
  dueAt: Date;
  allowLate: boolean;
  closedAt: Date | null;
  archivedAt: Date | null;
  ownDueDates: Date[];
}): Date | null {
  const closed = assignment.closedAt ?? assignment.archivedAt;
  if (assignment.allowLate) return closed;
  const lastDue = Math.max(
    assignment.dueAt.getTime(),
    ...assignment.ownDueDates.map((d) => d.getTime()),
  );
  const afterDue = new Date(lastDue + TIME_LIMIT_GRACE_MS);
  return closed && closed < afterDue ? closed : afterDue;
}
