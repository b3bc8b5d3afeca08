import "server-only";
import { db } from "@/app/lib/db/client";
import { ConflictError, InvalidInputError } from "@/app/lib/data/errors";
import { assertCanManageRoster } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { createStudentAccounts, type TNewCredentials } from "@/app/lib/data/users";
import { parseRoster, type TParsedRoster } from "@/app/lib/rosters/parse-roster";
import { planRoster, type TRosterPlan } from "@/app/lib/rosters/plan-roster";
import { MAX_BULK_STUDENTS } from "@/app/lib/schemas/classes";

export type TRosterUpload = { users: string; enrollments?: string; classSourcedId?: string };
export type TRosterPreview = Pick<TParsedRoster, "format" | "problems" | "leftOut" | "classes"> &
  TRosterPlan;

/** What uploading these files to the class would do, against what the class and server hold. */
export async function previewRoster(
  user: TSessionUser,
  classId: string,
  upload: TRosterUpload,
): Promise<TRosterPreview> {
  await assertCanManageRoster(user, classId);
  const parsed = parseRoster(upload);
  const prisma = await db();
  const ids = parsed.students.flatMap((student) => (student.rosterId ? [student.rosterId] : []));
  const [enrolled, taken] = await Promise.all([
    prisma.enrolment.findMany({
      where: { classId, removedAt: null },
      select: { student: { select: { displayName: true } } },
    }),
    ids.length === 0
      ? []
      : prisma.user.findMany({
          where: { rosterId: { in: ids } },
          select: {
            rosterId: true,
            enrolments: { where: { classId, removedAt: null }, select: { classId: true } },
          },
        }),
  ]);
  const plan = planRoster(parsed, {
    classNames: enrolled.map((row) => row.student.displayName),
    takenIds: new Map(
      taken.map((row) => [row.rosterId ?? "", { inClass: row.enrolments.length > 0 }]),
    ),
  });
  const { format, problems, leftOut, classes } = parsed;
  return { format, problems, leftOut, classes, ...plan };
}

/**
 * Creates the accounts the preview showed, all in one batch, or none: refused while a row is bad,
 * and when the files or the class changed since the preview (its fingerprint no longer matches).
 */
export async function importRoster(
  user: TSessionUser,
  classId: string,
  upload: TRosterUpload,
  fingerprint: string,
): Promise<TNewCredentials[]> {
  const preview = await previewRoster(user, classId, upload);
  if (preview.problems.length > 0)
    throw new InvalidInputError(
      "Some rows cannot be read, so nothing was created. Fix them and upload the file again.",
    );
  if (preview.fingerprint !== fingerprint)
    throw new ConflictError(
      "The file or the class changed since the preview, so nothing was created. Check the new preview.",
    );
  if (preview.toCreate.length === 0)
    throw new InvalidInputError("Every student in the file is already here: nothing to create.");
  if (preview.toCreate.length > MAX_BULK_STUDENTS)
    throw new InvalidInputError(
      `Add at most ${MAX_BULK_STUDENTS} students at a time: split the file by class.`,
    );
  // previewRoster checked that the user may fill this class's roster.
  return createStudentAccounts(classId, preview.toCreate);
}
