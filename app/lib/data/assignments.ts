import "server-only";
import type { TReadingLevel } from "@/app/lib/article/schema";
import {
  getReadableVersion,
  requireAssignedPack,
  withArticleTitles,
} from "@/app/lib/data/article-packs";
import type { TArticlePack } from "@/app/lib/content/pack";
import { db } from "@/app/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { assertCanManageClass, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import type { TAssignmentInput } from "@/app/lib/schemas/assignments";
import {
  ASSIGNMENT_SELECT,
  toAssignment,
  type TAssignmentRow,
  type TAccommodation,
} from "@/app/lib/data/assignment-rows";

// A teacher's assignments: creating and changing them, the article version they are pinned to,
// closing, archiving and accommodations.

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
  if (readable.archivedAt)
    throw new InvalidInputError(
      "That article is archived: restore it from your articles to assign it.",
      "articleSlug",
    );
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
  accommodation: TAccommodation & { readingLevel?: TReadingLevel | null },
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
): Promise<(TAssignmentRow & { articleTitle: string })[]> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const rows = await prisma.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: "asc" }],
    select: ASSIGNMENT_SELECT,
  });
  return withArticleTitles(rows.map(toAssignment));
}

/**
 * The articles a class has been assigned, each once: what its teacher may see of a student's own
 * reading (practice, highlights). For callers that have checked the user manages the class.
 */
export async function articlesAssignedTo(classId: string): Promise<string[]> {
  const prisma = await db();
  const rows = await prisma.assignment.findMany({
    where: { classId },
    distinct: ["articleSlug"],
    select: { articleSlug: true },
  });
  return rows.map((row) => row.articleSlug);
}
