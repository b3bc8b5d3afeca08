"use server";

import { plural } from "@/app/lib/words";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/app/lib/action";
import {
  createClass,
  removeStudentFromClass,
  renameClass,
  rotateJoinCode,
  setClassArchived,
  setJoinEnabled,
} from "@/app/lib/data/classes";
import {
  bulkCreateStudents,
  deleteStudent,
  resetStudentPassword,
  unlockStudentSignIn,
  type TNewCredentials,
} from "@/app/lib/data/users";
import { logEvent } from "@/app/lib/log";
import { setClassReadAloud, setStudentReadingSupport } from "@/app/lib/data/reading-support";
import { LEVEL_NAMES } from "@/app/lib/reading/support";
import {
  ZBulkStudentsSchema,
  ZClassFlagSchema,
  ZClassIdSchema,
  ZClassStudentSchema,
  ZCreateClassSchema,
  ZStudentReadingSupportSchema,
  ZDeleteStudentSchema,
  ZRenameClassSchema,
  ZRosterUploadSchema,
} from "@/app/lib/schemas/classes";
import { importRoster, previewRoster, type TRosterPreview } from "@/app/lib/data/roster-imports";

const classPath = (classId: string) => `/teacher/classes/${classId}`;

export const createClassAction = defineAction(
  { access: "TEACHER", schema: ZCreateClassSchema },
  async (input, user) => {
    const created = await createClass(user, input.name);
    revalidatePath("/teacher");
    redirect(classPath(created.id));
  },
);

export const renameClassAction = defineAction(
  { access: "TEACHER", schema: ZRenameClassSchema },
  async (input, user) => {
    await renameClass(user, input.classId, input.name);
    revalidatePath(classPath(input.classId));
    return { ok: true, message: "Class renamed." };
  },
);

export const archiveClassAction = defineAction(
  { access: "TEACHER", schema: ZClassFlagSchema },
  async (input, user) => {
    await setClassArchived(user, input.classId, input.value);
    revalidatePath(classPath(input.classId));
    return { ok: true, message: input.value ? "Class archived." : "Class restored." };
  },
);

export const rotateJoinCodeAction = defineAction(
  { access: "TEACHER", schema: ZClassIdSchema },
  async (input, user) => {
    const code = await rotateJoinCode(user, input.classId);
    revalidatePath(classPath(input.classId));
    return { ok: true, message: `New join code: ${code}. The old code no longer works.` };
  },
);

export const setJoinEnabledAction = defineAction(
  { access: "TEACHER", schema: ZClassFlagSchema },
  async (input, user) => {
    await setJoinEnabled(user, input.classId, input.value);
    revalidatePath(classPath(input.classId));
    return {
      ok: true,
      message: input.value ? "Joining with the code is on." : "Joining with the code is off.",
    };
  },
);

export const setClassReadAloudAction = defineAction(
  { access: "TEACHER", schema: ZClassFlagSchema },
  async (input, user) => {
    await setClassReadAloud(user, input.classId, input.value);
    revalidatePath(classPath(input.classId));
    return {
      ok: true,
      message: input.value
        ? "Read-aloud is on for every student in the class."
        : "Read-aloud is off for the class; students who have it as an accommodation keep it.",
    };
  },
);

export const setStudentReadingSupportAction = defineAction(
  { access: "TEACHER", schema: ZStudentReadingSupportSchema },
  async (input, user) => {
    const name = await setStudentReadingSupport(user, input.classId, input.studentId, {
      readingLevel: input.readingLevel,
      readAloud: input.readAloud,
    });
    revalidatePath(classPath(input.classId));
    return {
      ok: true,
      message: `Saved: ${name} reads at the ${LEVEL_NAMES[input.readingLevel].toLowerCase()} level, read-aloud ${input.readAloud ? "on" : "as the class has it"}.`,
    };
  },
);

export const removeStudentAction = defineAction(
  { access: "TEACHER", schema: ZClassStudentSchema },
  async (input, user) => {
    await removeStudentFromClass(user, input.classId, input.studentId);
    revalidatePath(classPath(input.classId));
    // The student's row (and any message in it) disappears, so the page says what happened.
    redirect(
      `${classPath(input.classId)}?notice=removed&student=${encodeURIComponent(input.studentId)}`,
    );
  },
);

export const bulkCreateStudentsAction = defineAction<
  "TEACHER",
  typeof ZBulkStudentsSchema,
  TNewCredentials[]
>({ access: "TEACHER", schema: ZBulkStudentsSchema }, async (input, user) => {
  const credentials = await bulkCreateStudents(
    user,
    input.classId,
    input.names.map((displayName) => ({ displayName })),
  );
  revalidatePath(classPath(input.classId));
  return {
    ok: true,
    message: `Created ${plural(credentials.length, "student account")}. Print or copy the passwords now: they are shown only once.`,
    data: credentials,
  };
});

export const resetStudentPasswordAction = defineAction<
  "TEACHER",
  typeof ZClassStudentSchema,
  TNewCredentials[]
>({ access: "TEACHER", schema: ZClassStudentSchema }, async (input, user) => {
  const credentials = await resetStudentPassword(user, input.studentId);
  return {
    ok: true,
    message: `New one-time password for ${credentials.displayName}. It is shown only once.`,
    data: [credentials],
  };
});

export const unlockStudentSignInAction = defineAction(
  { access: "TEACHER", schema: ZClassStudentSchema },
  async (input, user) => {
    const { displayName } = await unlockStudentSignIn(user, input.studentId);
    return {
      ok: true,
      message: `${displayName} can sign in again now, with their own password.`,
    };
  },
);

export const deleteStudentAction = defineAction(
  { access: "TEACHER", schema: ZDeleteStudentSchema },
  async (input, user) => {
    await deleteStudent(user, input.studentId);
    logEvent("student.deleted", { teacherId: user.id, studentId: input.studentId });
    revalidatePath(classPath(input.classId));
    redirect(`${classPath(input.classId)}?notice=deleted`);
  },
);

export type TRosterResult = {
  preview?: TRosterPreview;
  credentials?: TNewCredentials[];
};

/**
 * Roster files: a preview first, then (with the preview's fingerprint) the accounts, all or none.
 * The class's teacher or an admin (the data layer checks which).
 */
export const rosterUploadAction = defineAction<"user", typeof ZRosterUploadSchema, TRosterResult>(
  { access: "user", schema: ZRosterUploadSchema },
  async (input, user) => {
    const upload = {
      users: await input.users.text(),
      enrollments: input.enrollments ? await input.enrollments.text() : undefined,
      classSourcedId: input.classSourcedId || undefined,
    };
    if (input.intent === "create") {
      const credentials = await importRoster(user, input.classId, upload, input.fingerprint ?? "");
      revalidatePath(classPath(input.classId));
      return {
        ok: true,
        message: `Created ${plural(credentials.length, "student account")}. Print the login cards now: the passwords are shown only once.`,
        data: { credentials },
      };
    }
    const preview = await previewRoster(user, input.classId, upload);
    return { ok: true, data: { preview } };
  },
);
