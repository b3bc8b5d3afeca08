import "server-only";
import type { TReadingLevel } from "@/app/lib/article/schema";
import { db } from "@/app/lib/db/client";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { InvalidInputError } from "@/app/lib/data/errors";
import { assertCanManageClass, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { readAloudFor, readingLevelFor, type TReadingSupport } from "@/app/lib/reading/support";

// Reading support per student (issue 32): the level their reading of an article opens at and
// whether read-aloud is offered, from their own choice, an assignment's accommodation and their
// classes' settings (the rules in app/lib/reading/support.ts).

/** A teacher may try read-aloud anywhere; a reader without an account reads at standard. */
const TEACHER_SUPPORT: TReadingSupport = { level: "standard", source: "default", readAloud: true };
const NO_SUPPORT: TReadingSupport = { level: "standard", source: "default", readAloud: false };

export async function getReadingSupport(
  user: TSessionUser | null,
  articleSlug: string,
): Promise<TReadingSupport> {
  if (!user) return NO_SUPPORT;
  if (user.role === "TEACHER") return TEACHER_SUPPORT;
  const prisma = await db();
  const [enrolments, accommodation, choice] = await Promise.all([
    prisma.enrolment.findMany({
      where: { studentId: user.id, removedAt: null, class: { archivedAt: null } },
      select: { readingLevel: true, readAloud: true, class: { select: { readAloud: true } } },
    }),
    // The newest assignment of this article in the student's classes that sets them a level.
    prisma.accommodation.findFirst({
      where: {
        studentId: user.id,
        readingLevel: { not: null },
        assignment: {
          articleSlug,
          archivedAt: null,
          class: { enrolments: { some: { studentId: user.id, removedAt: null } } },
        },
      },
      orderBy: { assignment: { availableFrom: "desc" } },
      select: { readingLevel: true },
    }),
    prisma.readingChoice.findUnique({
      where: { studentId_articleSlug: { studentId: user.id, articleSlug } },
      select: { level: true },
    }),
  ]);
  return {
    ...readingLevelFor({
      own: choice?.level,
      assignment: accommodation?.readingLevel,
      classes: enrolments.map((enrolment) => enrolment.readingLevel),
    }),
    readAloud: readAloudFor(
      enrolments.map((enrolment) => ({
        forClass: enrolment.class.readAloud,
        forStudent: enrolment.readAloud,
      })),
    ),
  };
}

/**
 * A student's own switch of level for an article: remembered for next time, and written on their
 * open attempts at it, so the teacher sees the level the work was read at.
 */
export async function chooseReadingLevel(
  user: TSessionUser,
  articleSlug: string,
  level: TReadingLevel,
): Promise<void> {
  requireRole(user, "STUDENT");
  // Only an article the student may read (not found otherwise): no rows for made-up slugs.
  await getReadablePack(user, articleSlug);
  const prisma = await db();
  await prisma.$transaction([
    prisma.readingChoice.upsert({
      where: { studentId_articleSlug: { studentId: user.id, articleSlug } },
      create: { studentId: user.id, articleSlug, level },
      update: { level, chosenAt: new Date() },
      select: { level: true },
    }),
    prisma.attempt.updateMany({
      where: { studentId: user.id, articleSlug, status: "IN_PROGRESS" },
      data: { readingLevel: level },
    }),
  ]);
}

/** A student's level and read-aloud in one class, from its roster; gives the student's name. */
export async function setStudentReadingSupport(
  user: TSessionUser,
  classId: string,
  studentId: string,
  support: { readingLevel: TReadingLevel; readAloud: boolean },
): Promise<string> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const updated = await prisma.enrolment.updateMany({
    where: { classId, studentId, removedAt: null },
    data: support,
  });
  if (updated.count === 0)
    throw new InvalidInputError("That student is not on this class's roster.");
  const student = await prisma.user.findUniqueOrThrow({
    where: { id: studentId },
    select: { displayName: true },
  });
  return student.displayName;
}

/** Read-aloud for every student of a class. */
export async function setClassReadAloud(
  user: TSessionUser,
  classId: string,
  readAloud: boolean,
): Promise<void> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  await prisma.class.update({ where: { id: classId }, data: { readAloud }, select: { id: true } });
}
