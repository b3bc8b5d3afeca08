import "server-only";
import type { AttemptStatus, CountPolicy, FeedbackPolicy } from "@/app/generated/prisma/enums";
import { getReadableVersion, requireAssignedPack } from "@/app/lib/data/article-packs";
import type { TArticlePack } from "@/app/lib/content/pack";
import { decodeQuestionIds } from "@/app/lib/data/columns";
import { db } from "@/app/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { assertCanManageClass, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import type { TAssignmentInput } from "@/app/lib/schemas/assignments";

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

/** The rule columns, as the form gives them (minutes become seconds). */
function settingsData(input: TAssignmentInput) {
  return {
    availableFrom: input.availableFrom,
    dueAt: input.dueAt,
    attemptsAllowed: input.attemptsAllowed,
    countPolicy: input.countPolicy,
    feedbackPolicy: input.feedbackPolicy,
    timeLimitSec: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
    shuffle: input.shuffle,
    allowLate: input.allowLate,
  };
}

/** The assignment's questions, as its input names them, in the pack given (or the quiz's). */
function questionIdsIn(
  pack: TArticlePack,
  input: Pick<TAssignmentInput, "quizId" | "questionIds">,
): string[] {
  if (input.quizId) {
    const quiz = pack.quizzes.find((q) => q.id === input.quizId);
    if (!quiz) throw new InvalidInputError("That quiz does not exist.", "quizId");
    return quiz.questions;
  }
  const unknown = input.questionIds.filter((id) => !pack.questions.has(id));
  if (unknown.length > 0)
    throw new InvalidInputError(`Unknown questions: ${unknown.join(", ")}.`, "questionIds");
  if (input.questionIds.length === 0)
    throw new InvalidInputError("Choose at least one question.", "questionIds");
  return input.questionIds;
}

/**
 * The article's pack as assigning pins it: the library, or the latest published version of the
 * teacher's own or a shared article.
 */
async function versionToAssign(user: TSessionUser, articleSlug: string) {
  const readable = await getReadableVersion(user, articleSlug).catch(() => undefined);
  if (!readable) throw new InvalidInputError("That article does not exist.", "articleSlug");
  return readable;
}

export async function createAssignment(
  user: TSessionUser,
  classId: string,
  input: TAssignmentInput,
) {
  await assertCanManageClass(user, classId);
  const { pack, number } = await versionToAssign(user, input.articleSlug);
  const questionIds = questionIdsIn(pack, input);
  const prisma = await db();
  return prisma.assignment.create({
    data: {
      classId,
      articleSlug: input.articleSlug,
      articleVersion: number,
      quizId: input.quizId ?? null,
      title: input.title,
      questionIds: JSON.stringify(questionIds),
      ...settingsData(input),
    },
    select: { id: true },
  });
}

/** The assignment, if the user teaches its class. */
export async function getAssignmentForTeacher(
  user: TSessionUser,
  assignmentId: string,
): Promise<TAssignmentRow> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId: user.id } },
    select: ASSIGNMENT_SELECT,
  });
  if (!row) throw new NotFoundError("We could not find that assignment.");
  return toAssignment(row);
}

/**
 * Edits an assignment. Once students have attempts, the questions (and their order) cannot change,
 * and the attempt limit cannot drop below what a student has used.
 */
export async function updateAssignment(
  user: TSessionUser,
  assignmentId: string,
  input: TAssignmentInput,
) {
  const current = await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const used = await prisma.attempt.groupBy({
    by: ["studentId"],
    where: { assignmentId },
    _count: { _all: true },
  });
  // The same article stays on its pinned version (readable or not); another is pinned anew.
  const target =
    input.articleSlug === current.articleSlug
      ? {
          pack: await requireAssignedPack(current),
          number: current.articleVersion,
        }
      : await versionToAssign(user, input.articleSlug);
  const questionIds = questionIdsIn(target.pack, input);
  if (used.length > 0) {
    if (
      JSON.stringify(questionIds) !== JSON.stringify(current.questionIds) ||
      input.shuffle !== current.shuffle
    ) {
      throw new ConflictError(
        "Students have already started this assignment, so its questions can no longer change.",
      );
    }
    const most = Math.max(...used.map((u) => u._count._all));
    if (input.attemptsAllowed !== null && input.attemptsAllowed < most) {
      throw new ConflictError(
        `A student has already used ${most} attempts; allow at least that many.`,
      );
    }
  }
  await prisma.assignment.update({
    where: { id: assignmentId },
    data: {
      title: input.title,
      ...settingsData(input),
      ...(used.length === 0
        ? {
            articleSlug: input.articleSlug,
            articleVersion: target.number,
            quizId: input.quizId ?? null,
            questionIds: JSON.stringify(questionIds),
          }
        : {}),
    },
    select: { id: true },
  });
}

/**
 * The newer version of its article an assignment could move to: only for the assigning teacher
 * while they may still read the article (its author, or any teacher while it is shared).
 */
export async function newerVersionFor(
  user: TSessionUser,
  assignment: Pick<TAssignmentRow, "articleSlug" | "articleVersion">,
): Promise<number | null> {
  return (await newerVersion(user, assignment))?.number ?? null;
}

/** That newer version with its pack, or undefined. */
async function newerVersion(
  user: TSessionUser,
  assignment: Pick<TAssignmentRow, "articleSlug" | "articleVersion">,
) {
  if (assignment.articleVersion === null) return undefined;
  const readable = await getReadableVersion(user, assignment.articleSlug).catch(() => undefined);
  return readable?.number != null && readable.number > assignment.articleVersion
    ? { pack: readable.pack, number: readable.number }
    : undefined;
}

/**
 * Moves an assignment to the latest version of its article, the assigning teacher's explicit
 * choice. Attempts already made keep the version they were made on; once students have started,
 * the move is refused if it would change which questions the assignment asks.
 */
export async function moveAssignmentToLatestVersion(
  user: TSessionUser,
  assignmentId: string,
): Promise<number> {
  const current = await getAssignmentForTeacher(user, assignmentId);
  const target = await newerVersion(user, current);
  if (!target)
    throw new ConflictError("This assignment already gives the latest version you may read.");
  const { pack, number: newer } = target;
  const prisma = await db();
  const started = await prisma.attempt.count({ where: { assignmentId } });
  const questionIds = current.quizId
    ? questionIdsIn(pack, current)
    : current.questionIds.filter((id) => pack.questions.has(id));
  if (questionIds.length === 0)
    throw new ConflictError(`Version ${newer} has none of this assignment's questions.`);
  if (started > 0 && JSON.stringify(questionIds) !== JSON.stringify(current.questionIds))
    throw new ConflictError(
      `Students have already started this assignment, and version ${newer} asks other questions: assign version ${newer} as a new assignment instead.`,
    );
  // Compare-and-set: two tabs moving at once move it once.
  await prisma.assignment.updateMany({
    where: { id: assignmentId, articleVersion: current.articleVersion },
    data: { articleVersion: newer, questionIds: JSON.stringify(questionIds) },
  });
  return newer;
}

export async function closeAssignment(user: TSessionUser, assignmentId: string): Promise<void> {
  await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  await prisma.assignment.updateMany({
    where: { id: assignmentId, closedAt: null },
    data: { closedAt: new Date() },
  });
}

/** Deletes an assignment nobody has started; otherwise archives it so no work is lost. */
export async function deleteOrArchiveAssignment(
  user: TSessionUser,
  assignmentId: string,
): Promise<"deleted" | "archived"> {
  await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const deleted = await prisma.assignment.deleteMany({
    where: { id: assignmentId, attempts: { none: {} } },
  });
  if (deleted.count > 0) return "deleted";
  await prisma.assignment.update({
    where: { id: assignmentId },
    data: { archivedAt: new Date(), closedAt: new Date() },
    select: { id: true },
  });
  return "archived";
}

export async function setAccommodation(
  user: TSessionUser,
  assignmentId: string,
  studentId: string,
  accommodation: TAccommodation,
): Promise<void> {
  const assignment = await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const enrolled = await prisma.enrolment.count({
    where: { classId: assignment.classId, studentId, removedAt: null },
  });
  if (enrolled === 0) throw new NotFoundError("That student is not in this class.");
  if (accommodation.extraTimeSec > 0 && assignment.timeLimitSec === null) {
    throw new InvalidInputError(
      "This assignment has no time limit, so extra time would change nothing. To give this student longer, set their own due date.",
      "extraTimeMinutes",
    );
  }
  await prisma.accommodation.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } },
    create: { assignmentId, studentId, ...accommodation },
    update: accommodation,
    select: { assignmentId: true },
  });
}

export async function listClassAssignments(
  user: TSessionUser,
  classId: string,
): Promise<TAssignmentRow[]> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const rows = await prisma.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: "asc" }],
    select: ASSIGNMENT_SELECT,
  });
  return rows.map(toAssignment);
}

export type TStudentAssignment = TAssignmentRow & {
  className: string;
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
  return rows.map(({ class: klass, accommodations, attempts, ...row }) => {
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
}

/** Why a student cannot start a new attempt now, or null when they can. */
function startBlocker(
  assignment: TAssignmentRow,
  rules: ReturnType<typeof rulesFor>,
  attemptsUsed: number,
  now = new Date(),
): string | null {
  if (assignment.archivedAt || assignment.closedAt) return "This assignment is closed.";
  if (now < assignment.availableFrom) return "This assignment is not open yet.";
  if (now > rules.dueAt && !assignment.allowLate)
    return "The due date has passed and late work is not accepted.";
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
