import "server-only";
import { db } from "@/app/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";

// Authorization next to the data. The data-access functions call these before touching a row, and
// every server action and route handler reaches data only through those functions. Something that
// exists but is not yours answers "not found", so ids cannot be probed.

const ONLY: Record<TSessionUser["role"], string> = {
  TEACHER: "Only teachers can do that.",
  STUDENT: "Only students can do that.",
  ADMIN: "Only the server's admins can do that.",
};

export function requireRole(user: TSessionUser, role: TSessionUser["role"]): void {
  if (user.role !== role) throw new ForbiddenError(ONLY[role]);
}

async function canManageClass(user: TSessionUser, classId: string): Promise<boolean> {
  if (user.role !== "TEACHER") return false;
  const prisma = await db();
  const found = await prisma.class.count({ where: { id: classId, teacherId: user.id } });
  return found > 0;
}

/** A teacher manages a student who is (not was) enrolled in one of the teacher's classes. */
async function canManageStudent(user: TSessionUser, studentId: string): Promise<boolean> {
  if (user.role !== "TEACHER") return false;
  const prisma = await db();
  const found = await prisma.enrolment.count({
    where: {
      studentId,
      removedAt: null,
      student: { role: "STUDENT" },
      class: { teacherId: user.id },
    },
  });
  return found > 0;
}

/**
 * A student reads their own attempts; a teacher reads (and grades) an attempt only when it was
 * made for an assignment of one of their own classes. Sharing a student with another teacher
 * gives no access to the work done for that other teacher, nor to practice attempts.
 */
export function canReadAttempt(
  user: TSessionUser,
  attempt: { studentId: string; classTeacherId: string | null },
): boolean {
  if (user.id === attempt.studentId) return true;
  return user.role === "TEACHER" && attempt.classTeacherId === user.id;
}

/**
 * Resetting a password or deleting an account reaches beyond one class, so a teacher may do it
 * only for a student whose every class, past or present, is theirs. A student who is (or was) in
 * another teacher's class is that teacher's student too.
 */
export async function assertManagesStudentAlone(
  user: TSessionUser,
  studentId: string,
): Promise<void> {
  await assertCanManageStudent(user, studentId);
  const prisma = await db();
  const elsewhere = await prisma.enrolment.count({
    where: { studentId, class: { teacherId: { not: user.id } } },
  });
  if (elsewhere > 0)
    throw new ForbiddenError(
      "This student is also in another teacher's class, so their password and account are not yours alone to change. Ask that teacher, or remove the student from your class.",
    );
}

export async function assertCanManageClass(user: TSessionUser, classId: string): Promise<void> {
  requireRole(user, "TEACHER");
  if (!(await canManageClass(user, classId)))
    throw new NotFoundError("We could not find that class.");
}

export async function assertCanManageStudent(user: TSessionUser, studentId: string): Promise<void> {
  requireRole(user, "TEACHER");
  if (!(await canManageStudent(user, studentId)))
    throw new NotFoundError("We could not find that student.");
}

/**
 * An authored article is its author's to edit; while shared, every teacher may read it (and copy
 * it to edit their own). Students reach an article only through an assignment, never here.
 */
export function canReadAuthoredArticle(
  user: TSessionUser,
  article: { ownerId: string; sharedAt: Date | null },
): boolean {
  if (user.role !== "TEACHER") return false;
  return article.ownerId === user.id || article.sharedAt !== null;
}

/** The same rule as a query condition on authored articles, for a teacher. */
export const readableArticleWhere = (user: TSessionUser) => ({
  OR: [{ ownerId: user.id }, { sharedAt: { not: null } }],
});

export async function assertCanManageAssignment(
  user: TSessionUser,
  assignmentId: string,
): Promise<void> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const found = await prisma.assignment.count({
    where: { id: assignmentId, class: { teacherId: user.id } },
  });
  if (found === 0) throw new NotFoundError("We could not find that assignment.");
}

/** A class's roster is its teacher's to fill, or an admin's (roster files, issue 33). */
export async function assertCanManageRoster(user: TSessionUser, classId: string): Promise<void> {
  if (user.role !== "ADMIN") return assertCanManageClass(user, classId);
  const prisma = await db();
  if ((await prisma.class.count({ where: { id: classId, archivedAt: null } })) === 0)
    throw new NotFoundError("We could not find that class.");
}
