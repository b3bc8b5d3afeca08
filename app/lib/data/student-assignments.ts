import "server-only";
import { db } from "@/app/lib/db/client";
import { withArticleTitles } from "@/app/lib/data/article-packs";
import { ASSIGNMENT_STATE_REASONS, assignmentState } from "@/app/lib/assignment-state";
import { NotFoundError } from "@/app/lib/data/errors";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import {
  ASSIGNMENT_SELECT,
  rulesFor,
  studentStatus,
  toAssignment,
  type TAssignmentRow,
  type TStudentStatus,
} from "@/app/lib/data/assignment-rows";

// What a student sees of their assignments, and whether they may start one now.

export type TStudentAssignment = TAssignmentRow & {
  className: string;
  /** The headline of its article. */
  articleTitle: string;
  effectiveDueAt: Date;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  status: TStudentStatus;
  openAttemptId: string | null;
  /** The student's latest handed-in attempt, to review. */
  lastSubmittedAttemptId: string | null;
  canStart: boolean;
  reason: string | null;
};

/**
 * A student's assignments across their classes, with status and whether they can start now;
 * `only` narrows the query to one assignment or to one article's quizzes.
 */
export async function listStudentAssignments(
  user: TSessionUser,
  only: { assignmentId?: string; articleSlug?: string } = {},
  now = new Date(),
): Promise<TStudentAssignment[]> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const rows = await prisma.assignment.findMany({
    where: {
      ...(only.assignmentId ? { id: only.assignmentId } : {}),
      ...(only.articleSlug ? { articleSlug: only.articleSlug, quizId: { not: null } } : {}),
      archivedAt: null,
      class: { archivedAt: null, enrolments: { some: { studentId: user.id, removedAt: null } } },
    },
    orderBy: { dueAt: "asc" },
    select: {
      ...ASSIGNMENT_SELECT,
      class: { select: { name: true } },
      accommodations: {
        where: { studentId: user.id },
        select: { extraTimeSec: true, extraAttempts: true, dueAt: true },
      },
      attempts: {
        where: { studentId: user.id },
        orderBy: { startedAt: "asc" },
        select: { id: true, status: true, late: true },
      },
    },
  });
  const assignments = rows.map(({ class: klass, accommodations, attempts, ...row }) => {
    const assignment = toAssignment(row);
    const rules = rulesFor(assignment, accommodations[0]);
    const open = attempts.find((a) => a.status === "IN_PROGRESS");
    const check = startBlocker(assignment, rules, attempts.length, now);
    return {
      ...assignment,
      className: klass.name,
      effectiveDueAt: rules.dueAt,
      attemptsAllowed: rules.attemptsAllowed,
      attemptsUsed: attempts.length,
      status: studentStatus(rules.dueAt, attempts, now),
      openAttemptId: open?.id ?? null,
      lastSubmittedAttemptId: attempts.findLast((a) => a.status === "SUBMITTED")?.id ?? null,
      canStart: !open && check === null,
      reason: open ? null : check,
    };
  });
  return withArticleTitles(assignments);
}

/** Why a student cannot start a new attempt now, or null when they can. */
function startBlocker(
  assignment: TAssignmentRow,
  rules: ReturnType<typeof rulesFor>,
  attemptsUsed: number,
  now = new Date(),
): string | null {
  const closed = ASSIGNMENT_STATE_REASONS[assignmentState(assignment, now, rules.dueAt)];
  if (closed) return closed;
  if (rules.attemptsAllowed !== null && attemptsUsed >= rules.attemptsAllowed)
    return "You have used all your attempts.";
  return null;
}

/** Loads what starting an assignment attempt needs, after checking the student may start one. */
export async function getAssignmentStartPlan(
  user: TSessionUser,
  assignmentId: string,
  now = new Date(),
) {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const row = await prisma.assignment.findFirst({
    where: {
      id: assignmentId,
      class: { enrolments: { some: { studentId: user.id, removedAt: null } } },
    },
    select: {
      ...ASSIGNMENT_SELECT,
      accommodations: {
        where: { studentId: user.id },
        select: { extraTimeSec: true, extraAttempts: true, dueAt: true },
      },
      _count: { select: { attempts: { where: { studentId: user.id } } } },
    },
  });
  if (!row) throw new NotFoundError("We could not find that assignment.");
  const { accommodations, _count, ...rest } = row;
  const assignment = toAssignment(rest);
  const rules = rulesFor(assignment, accommodations[0]);
  return { assignment, rules, blocker: startBlocker(assignment, rules, _count.attempts, now) };
}
