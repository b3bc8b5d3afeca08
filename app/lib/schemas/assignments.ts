import { z } from "zod";
import { isTimeZone, zonedLocalToUtc } from "@/app/lib/time";

// The assignment form. A quiz is either one of the pack's ("quiz:<id>") or composed: each bank
// question has a checkbox `pick_<id>` and an optional position `pos_<id>`; picked questions are
// ordered by position, then by bank order.

const ZLocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time.");
const optionalCount = (max: number, message: string) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(z.number({ error: message }).int(message).min(1, message).max(max, message).nullable());

export const ZAssignmentFormSchema = z
  .object({
    title: z.string().trim().min(1, "Give the assignment a title.").max(120),
    articleSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Choose an article."),
    source: z.string().regex(/^(quiz:[a-z0-9-]+|compose)$/, "Choose a quiz or compose one."),
    availableFrom: ZLocalDateTimeSchema,
    dueAt: ZLocalDateTimeSchema,
    tz: z.string().refine(isTimeZone, "Unknown time zone."),
    attemptsAllowed: optionalCount(
      20,
      "Attempts must be a whole number from 1 to 20, or empty for unlimited.",
    ),
    countPolicy: z.enum(["HIGHEST", "LATEST", "FIRST"]),
    feedbackPolicy: z.enum(["IMMEDIATE", "AFTER_DUE", "NEVER"]),
    timeLimitMinutes: optionalCount(
      600,
      "A time limit must be a whole number of minutes from 1 to 600, or empty.",
    ),
    shuffle: z.literal("on").optional(),
    allowLate: z.literal("on").optional(),
  })
  .loose()
  .transform((form, context) => {
    const availableFrom = zonedLocalToUtc(form.availableFrom, form.tz);
    const dueAt = zonedLocalToUtc(form.dueAt, form.tz);
    if (!availableFrom || !dueAt) {
      context.addIssue({ code: "custom", path: ["dueAt"], message: "Choose valid dates." });
      return z.NEVER;
    }
    if (dueAt <= availableFrom) {
      context.addIssue({
        code: "custom",
        path: ["dueAt"],
        message: "The due date must be after the opening date.",
      });
      return z.NEVER;
    }
    const picked = Object.entries(form)
      .filter(([key, value]) => key.startsWith("pick_") && value === "on")
      .map(([key], index) => {
        const id = key.slice("pick_".length);
        const position = Number((form as Record<string, unknown>)[`pos_${id}`]);
        return { id, order: Number.isFinite(position) && position > 0 ? position : 1000 + index };
      })
      .sort((a, b) => a.order - b.order)
      .map((entry) => entry.id);
    if (form.source === "compose" && picked.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["source"],
        message: "Pick at least one question for your quiz.",
      });
      return z.NEVER;
    }
    return {
      title: form.title,
      articleSlug: form.articleSlug,
      quizId: form.source === "compose" ? null : form.source.slice("quiz:".length),
      questionIds: picked,
      availableFrom,
      dueAt,
      attemptsAllowed: form.attemptsAllowed,
      countPolicy: form.countPolicy,
      feedbackPolicy: form.feedbackPolicy,
      timeLimitMinutes: form.timeLimitMinutes,
      shuffle: form.shuffle === "on",
      allowLate: form.allowLate === "on",
    };
  });

export type TAssignmentInput = z.output<typeof ZAssignmentFormSchema>;

/** The rules a new assignment starts with: the form's defaults, and the demo class's and tests'. */
export const DEFAULT_ASSIGNMENT_RULES = {
  attemptsAllowed: 1,
  countPolicy: "HIGHEST",
  feedbackPolicy: "IMMEDIATE",
  timeLimitMinutes: null,
  shuffle: false,
  allowLate: false,
} as const satisfies Pick<
  TAssignmentInput,
  | "attemptsAllowed"
  | "countPolicy"
  | "feedbackPolicy"
  | "timeLimitMinutes"
  | "shuffle"
  | "allowLate"
>;

export const ZAccommodationFormSchema = z.object({
  assignmentId: z.string().min(1).max(64),
  studentId: z.string().min(1).max(64),
  extraTimeMinutes: z.coerce.number().int().min(0, "Extra time cannot be negative.").max(600),
  extraAttempts: z.coerce.number().int().min(0, "Extra attempts cannot be negative.").max(20),
  dueAt: z.union([z.literal(""), ZLocalDateTimeSchema]),
  // "": the student's level in the class.
  readingLevel: z.enum(["", "standard", "simpler"], "Choose a reading level.").default(""),
  tz: z.string().refine(isTimeZone, "Unknown time zone."),
});

export const ZAssignmentIdSchema = z.object({ assignmentId: z.string().min(1).max(64) });

/** "Give another attempt to students below N%", from the live board. */
export const ZReassignFormSchema = z.object({
  assignmentId: z.string().min(1).max(64),
  below: z.coerce
    .number("Give a percentage from 1 to 100.")
    .int("Give a whole percentage.")
    .min(1, "Give a percentage from 1 to 100.")
    .max(100, "Give a percentage from 1 to 100."),
  dueAt: ZLocalDateTimeSchema,
  tz: z.string().refine(isTimeZone, "Unknown time zone."),
});
