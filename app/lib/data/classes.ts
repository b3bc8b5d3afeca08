import "server-only";
import { db } from "@/app/lib/db/client";
import { newJoinCode } from "@/app/lib/data/codes";
import { InvalidInputError, isUniqueViolation, wrongJoinCode } from "@/app/lib/data/errors";
import { assertCanManageClass, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { levelOr } from "@/app/lib/reading/support";

const CLASS_SUMMARY_SELECT = {
  id: true,
  name: true,
  joinCode: true,
  joinEnabled: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { enrolments: { where: { removedAt: null } } } },
} as const;

export type TClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  joinEnabled: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  studentCount: number;
};

function toSummary(row: {
  id: string;
  name: string;
  joinCode: string;
  joinEnabled: boolean;
  archivedAt: Date | null;
  createdAt: Date;
  _count: { enrolments: number };
}): TClassSummary {
  const { _count, ...rest } = row;
  return { ...rest, studentCount: _count.enrolments };
}

export async function listTeacherClasses(user: TSessionUser): Promise<TClassSummary[]> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const rows = await prisma.class.findMany({
    where: { teacherId: user.id },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: CLASS_SUMMARY_SELECT,
  });
  return rows.map(toSummary);
}

export async function getClassWithRoster(user: TSessionUser, classId: string) {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const row = await prisma.class.findUniqueOrThrow({
    where: { id: classId },
    select: {
      ...CLASS_SUMMARY_SELECT,
      readAloud: true,
      enrolments: {
        where: { removedAt: null },
        orderBy: { student: { displayName: "asc" } },
        select: {
          joinedAt: true,
          readingLevel: true,
          readAloud: true,
          student: {
            select: { id: true, displayName: true, username: true, mustChangePassword: true },
          },
        },
      },
    },
  });
  const { enrolments, readAloud, ...summary } = row;
  return {
    ...toSummary(summary),
    readAloud,
    roster: enrolments.map((e) => ({
      ...e.student,
      joinedAt: e.joinedAt,
      readingLevel: levelOr(e.readingLevel),
      readAloud: e.readAloud,
    })),
  };
}

/** Retries on the rare join-code collision; the unique index is the real guard. */
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

export async function createClass(user: TSessionUser, name: string): Promise<{ id: string }> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  return withFreshJoinCode((joinCode) =>
    prisma.class.create({ data: { name, joinCode, teacherId: user.id }, select: { id: true } }),
  );
}

/** Changes settings of a class the user teaches. */
async function updateOwnClass(
  user: TSessionUser,
  classId: string,
  data: { name?: string; archivedAt?: Date | null; joinEnabled?: boolean },
): Promise<void> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  await prisma.class.update({ where: { id: classId }, data, select: { id: true } });
}

export function renameClass(user: TSessionUser, classId: string, name: string): Promise<void> {
  return updateOwnClass(user, classId, { name });
}

/** Archiving hides a class from students' joins but keeps all its work. */
export function setClassArchived(
  user: TSessionUser,
  classId: string,
  archived: boolean,
): Promise<void> {
  return updateOwnClass(user, classId, { archivedAt: archived ? new Date() : null });
}

export async function rotateJoinCode(user: TSessionUser, classId: string): Promise<string> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const row = await withFreshJoinCode((joinCode) =>
    prisma.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }),
  );
  return row.joinCode;
}

export function setJoinEnabled(
  user: TSessionUser,
  classId: string,
  enabled: boolean,
): Promise<void> {
  return updateOwnClass(user, classId, { joinEnabled: enabled });
}

/** Takes a student off the roster; the enrolment row stays so their past work remains attributed. */
export async function removeStudentFromClass(
  user: TSessionUser,
  classId: string,
  studentId: string,
): Promise<void> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const updated = await prisma.enrolment.updateMany({
    where: { classId, studentId, removedAt: null },
    data: { removedAt: new Date() },
  });
  if (updated.count === 0)
    throw new InvalidInputError("That student is not on this class's roster.");
}

/** The name of a student removed from the teacher's class, for the notice that says who left. */
export async function getRemovedStudentName(
  user: TSessionUser,
  classId: string,
  studentId: string,
): Promise<string | null> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const row = await prisma.enrolment.findFirst({
    where: { classId, studentId, removedAt: { not: null } },
    select: { student: { select: { displayName: true } } },
  });
  return row?.student.displayName ?? null;
}

export type TStudentClass = { id: string; name: string; teacherName: string; joinedAt: Date };

export async function listStudentClasses(user: TSessionUser): Promise<TStudentClass[]> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const rows = await prisma.enrolment.findMany({
    where: { studentId: user.id, removedAt: null, class: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      class: { select: { id: true, name: true, teacher: { select: { displayName: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.class.id,
    name: row.class.name,
    teacherName: row.class.teacher.displayName,
    joinedAt: row.joinedAt,
  }));
}

/** A signed-in student joins another class with its code (re-joining after removal is allowed). */
export async function joinClassWithCode(
  user: TSessionUser,
  joinCode: string,
): Promise<{ name: string }> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const found = await prisma.class.findFirst({
    where: { joinCode, joinEnabled: true, archivedAt: null },
    select: { id: true, name: true },
  });
  if (!found) throw wrongJoinCode();
  await prisma.enrolment.upsert({
    where: { classId_studentId: { classId: found.id, studentId: user.id } },
    create: { classId: found.id, studentId: user.id },
    update: { removedAt: null },
    select: { classId: true },
  });
  return { name: found.name };
}

/** Every class on the server with its teacher, for an admin's roster upload. */
export async function listAllClasses(user: TSessionUser) {
  requireRole(user, "ADMIN");
  const prisma = await db();
  return prisma.class.findMany({
    where: { archivedAt: null },
    orderBy: [{ teacher: { displayName: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, teacher: { select: { displayName: true } } },
  });
}
