import { z } from "zod";
import { ZDisplayNameSchema, ZJoinCodeSchema, ZPasswordSchema } from "@/app/lib/schemas/auth";

export const MAX_BULK_STUDENTS = 60;

const ZIdSchema = z.string().trim().min(1, "Missing id.").max(64);
const ZBooleanFieldSchema = z.enum(["true", "false"]).transform((value) => value === "true");

const ZClassNameSchema = z
  .string()
  .trim()
  .min(1, "Give the class a name.")
  .max(80, "Use at most 80 characters.");

export const ZCreateClassSchema = z.object({ name: ZClassNameSchema });
export const ZRenameClassSchema = z.object({ classId: ZIdSchema, name: ZClassNameSchema });
export const ZClassIdSchema = z.object({ classId: ZIdSchema });
export const ZClassFlagSchema = z.object({ classId: ZIdSchema, value: ZBooleanFieldSchema });
export const ZClassStudentSchema = z.object({ classId: ZIdSchema, studentId: ZIdSchema });
/** A student's reading support in one class, from the roster. */
export const ZStudentReadingSupportSchema = z.object({
  classId: ZIdSchema,
  studentId: ZIdSchema,
  readingLevel: z.enum(["standard", "simpler"], "Choose a reading level."),
  readAloud: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

/** A student's own choice of level for an article, from the explainer's switch. */
export const ZReadingChoiceSchema = z.object({
  articleSlug: z.string().trim().min(1).max(200),
  level: z.enum(["standard", "simpler"], "Choose a reading level."),
});

export const ZDeleteStudentSchema = z.object({
  classId: ZIdSchema,
  studentId: ZIdSchema,
  confirm: z.literal("delete", { error: 'Type "delete" to confirm.' }),
});

export const ZBulkStudentsSchema = z.object({
  classId: ZIdSchema,
  names: z
    .string()
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(ZDisplayNameSchema)
        .min(1, "Paste at least one name, one per line.")
        .max(MAX_BULK_STUDENTS, `Add at most ${MAX_BULK_STUDENTS} students at a time.`),
    ),
});

export const ZJoinClassSchema = z.object({ joinCode: ZJoinCodeSchema });

export const ZSetPasswordSchema = z
  .object({ newPassword: ZPasswordSchema, confirmPassword: z.string() })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });

/** Roster files (issue 33): a spreadsheet export is far smaller than this. */
export const MAX_ROSTER_BYTES = 1_000_000;
export const ROSTER_FILE_ACCEPT = ".csv,.txt";

function rosterFile(label: string) {
  return z
    .instanceof(File, { message: `Choose the ${label} (.csv or .txt).` })
    .refine((file) => /\.(csv|txt)$/i.test(file.name), {
      message: `Choose the ${label} as a .csv or .txt file.`,
    })
    .refine((file) => file.size <= MAX_ROSTER_BYTES, {
      message: `The ${label} is larger than 1 MB; upload one class at a time.`,
    });
}

/** A roster upload: previewed first; `fingerprint` (from the preview) confirms it. */
export const ZRosterUploadSchema = z.object({
  classId: ZIdSchema,
  users: rosterFile("students file"),
  enrollments: rosterFile("enrollments file").optional(),
  classSourcedId: z.string().trim().max(200).optional(),
  intent: z.enum(["preview", "create"]).default("preview"),
  fingerprint: z.string().max(64).optional(),
});
