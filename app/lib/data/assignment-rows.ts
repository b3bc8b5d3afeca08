import "server-only";
import type { AttemptStatus, CountPolicy, FeedbackPolicy } from "@/app/generated/prisma/enums";
import { decodeQuestionIds } from "@/app/lib/data/columns";

// Assignment rules, per student: the due date and attempt limit include accommodations; a time
// limit is enforced on the server with a short grace period (see saveAnswer and getAttempt).

export type TAssignmentRow = {
  id: string;
  classId: string;
  articleSlug: string;
  /** The version of a teacher's article it is pinned to; null for the built-in library. */
  articleVersion: number | null;
  quizId: string | null;
  title: string;
  questionIds: string[];
  availableFrom: Date;
  dueAt: Date;
  attemptsAllowed: number | null;
  countPolicy: CountPolicy;
  feedbackPolicy: FeedbackPolicy;
  timeLimitSec: number | null;
  shuffle: boolean;
  allowLate: boolean;
  closedAt: Date | null;
  archivedAt: Date | null;
};

export type TAccommodation = { extraTimeSec: number; extraAttempts: number; dueAt: Date | null };
const NO_ACCOMMODATION: TAccommodation = { extraTimeSec: 0, extraAttempts: 0, dueAt: null };

export const ASSIGNMENT_SELECT = {
  id: true,
  classId: true,
  articleSlug: true,
  articleVersion: true,
  quizId: true,
  title: true,
  questionIds: true,
  availableFrom: true,
  dueAt: true,
  attemptsAllowed: true,
  countPolicy: true,
  feedbackPolicy: true,
  timeLimitSec: true,
  shuffle: true,
  allowLate: true,
  closedAt: true,
  archivedAt: true,
} as const;

export function toAssignment(
  row: Omit<TAssignmentRow, "questionIds"> & { questionIds: string },
): TAssignmentRow {
  return { ...row, questionIds: decodeQuestionIds(row.questionIds) };
}

/** The rules as they apply to one student. */
export function rulesFor(
  assignment: TAssignmentRow,
  accommodation: TAccommodation = NO_ACCOMMODATION,
) {
  return {
    dueAt: accommodation.dueAt ?? assignment.dueAt,
    attemptsAllowed:
      assignment.attemptsAllowed === null
        ? null
        : assignment.attemptsAllowed + accommodation.extraAttempts,
    timeLimitSec:
      assignment.timeLimitSec === null
        ? null
        : assignment.timeLimitSec + accommodation.extraTimeSec,
  };
}

export type TStudentStatus = "not started" | "in progress" | "submitted" | "late" | "missing";

export function studentStatus(
  dueAt: Date,
  attempts: { status: AttemptStatus; late: boolean }[],
  now = new Date(),
): TStudentStatus {
  const submitted = attempts.filter((a) => a.status === "SUBMITTED");
  return statusFromCounts(
    {
      submitted: submitted.length,
      submittedOnTime: submitted.filter((a) => !a.late).length,
      open: attempts.filter((a) => a.status === "IN_PROGRESS").length,
    },
    dueAt,
    now,
  );
}

/** studentStatus from counts of attempts, as the database aggregates them (data/standings.ts). */
export function statusFromCounts(
  counts: { submitted: number; submittedOnTime: number; open: number },
  dueAt: Date,
  now = new Date(),
): TStudentStatus {
  if (counts.submitted > 0) return counts.submittedOnTime > 0 ? "submitted" : "late";
  if (counts.open > 0) return "in progress";
  return now > dueAt ? "missing" : "not started";
}
