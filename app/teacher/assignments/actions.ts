"use server";

import { resendScores } from "@/app/lib/data/lti-scores";

import { plural } from "@/app/lib/words";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/app/lib/action";
import {
  closeAssignment,
  createAssignment,
  deleteOrArchiveAssignment,
  getAssignmentForTeacher,
  moveAssignmentToLatestVersion,
  setAccommodation,
  updateAssignment,
} from "@/app/lib/data/assignments";
import { InvalidInputError } from "@/app/lib/data/errors";
import { gradeVisibility } from "@/app/lib/data/feedback";
import { gradeWrittenAnswer } from "@/app/lib/data/grading";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import {
  ZAccommodationFormSchema,
  ZAssignmentFormSchema,
  ZAssignmentIdSchema,
  ZReassignFormSchema,
} from "@/app/lib/schemas/assignments";
import { reassignBelow } from "@/app/lib/data/reassign";
import { formatInZone, zonedLocalToUtc } from "@/app/lib/time";
import { listText } from "@/app/lib/words";
import { pointsText } from "@/app/lib/score-words";

const ZCreateSchema = z.intersection(
  z.object({ classId: z.string().min(1).max(64) }),
  ZAssignmentFormSchema,
);
const ZUpdateSchema = z.intersection(ZAssignmentIdSchema, ZAssignmentFormSchema);
const ZGradeSchema = z
  .object({
    responseId: z.string().min(1).max(64),
    comment: z.string().trim().max(2000, "Keep the comment under 2,000 characters."),
  })
  .loose()
  .transform((form) => ({
    responseId: form.responseId,
    comment: form.comment,
    criteria: Object.fromEntries(
      Object.entries(form)
        .filter(([key]) => key.startsWith("criterion_"))
        // A blank box is no score (Number("") would be 0): NaN is refused with a message.
        .map(([key, value]) => [
          key.slice("criterion_".length),
          typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN,
        ]),
    ),
  }));

const assignmentPath = (id: string) => `/teacher/assignments/${id}`;

export const createAssignmentAction = defineAction(
  { access: "TEACHER", schema: ZCreateSchema },
  async (input, user) => {
    const { classId, ...rest } = input;
    const created = await createAssignment(user, classId, rest);
    revalidatePath(`/teacher/classes/${classId}`);
    redirect(assignmentPath(created.id));
  },
);

export const updateAssignmentAction = defineAction(
  { access: "TEACHER", schema: ZUpdateSchema },
  async (input, user) => {
    const { assignmentId, ...rest } = input;
    await updateAssignment(user, assignmentId, rest);
    revalidatePath(assignmentPath(assignmentId));
    return { ok: true, message: "Assignment saved." };
  },
);

export const closeAssignmentAction = defineAction(
  { access: "TEACHER", schema: ZAssignmentIdSchema },
  async (input, user) => {
    await closeAssignment(user, input.assignmentId);
    revalidatePath(assignmentPath(input.assignmentId));
    return { ok: true, message: "Assignment closed: no new attempts can start." };
  },
);

export const moveAssignmentVersionAction = defineAction(
  { access: "TEACHER", schema: ZAssignmentIdSchema },
  async (input, user) => {
    const number = await moveAssignmentToLatestVersion(user, input.assignmentId);
    revalidatePath(assignmentPath(input.assignmentId));
    // The button goes once the move is made: the page says what happened instead.
    redirect(`${assignmentPath(input.assignmentId)}?moved=${number}`);
  },
);

export const deleteAssignmentAction = defineAction(
  { access: "TEACHER", schema: ZAssignmentIdSchema },
  async (input, user) => {
    const { classId } = await getAssignmentForTeacher(user, input.assignmentId);
    const outcome = await deleteOrArchiveAssignment(user, input.assignmentId);
    revalidatePath(`/teacher/classes/${classId}`);
    redirect(`/teacher/classes/${classId}?notice=assignment-${outcome}`);
  },
);

export const setAccommodationAction = defineAction(
  { access: "TEACHER", schema: ZAccommodationFormSchema },
  async (input, user) => {
    const dueAt = input.dueAt ? zonedLocalToUtc(input.dueAt, input.tz) : null;
    if (input.dueAt && !dueAt) throw new InvalidInputError("Choose a valid due date.", "dueAt");
    await setAccommodation(user, input.assignmentId, input.studentId, {
      extraTimeSec: input.extraTimeMinutes * 60,
      extraAttempts: input.extraAttempts,
      dueAt,
      readingLevel: input.readingLevel || null,
    });
    revalidatePath(assignmentPath(input.assignmentId));
    return { ok: true, message: "Accommodation saved." };
  },
);

/** Another attempt for every student below a score, due when the teacher says. */
export const reassignBelowAction = defineAction(
  { access: "TEACHER", schema: ZReassignFormSchema },
  async (input, user) => {
    const dueAt = zonedLocalToUtc(input.dueAt, input.tz);
    if (!dueAt) throw new InvalidInputError("Choose a valid due date.", "dueAt");
    const names = await reassignBelow(user, input.assignmentId, { below: input.below, dueAt });
    revalidatePath(assignmentPath(input.assignmentId));
    revalidatePath(`${assignmentPath(input.assignmentId)}/live`);
    return {
      ok: true,
      message:
        names.length === 0
          ? `No graded score is below ${input.below}%: nothing changed.`
          : `${listText(names)} ${names.length === 1 ? "has" : "have"} another attempt, due ${formatInZone(dueAt, input.tz)}.`,
    };
  },
);

export const gradeAnswerAction = defineAction(
  { access: "TEACHER", schema: ZGradeSchema },
  async (input, user) => {
    const saved = await gradeWrittenAnswer(user, input.responseId, {
      criteria: input.criteria,
      comment: input.comment,
    });
    const { assignmentId, feedback } = saved;
    revalidatePath(`${assignmentPath(assignmentId)}/grading`);
    revalidatePath(assignmentPath(assignmentId));
    return {
      ok: true,
      message: `Saved ${saved.studentName}'s grade: ${pointsText(saved.points)} of ${pointsText(saved.maxPoints)}. ${gradeVisibility(feedback, await viewerTimeZone())}`,
    };
  },
);

/** "Send now" on the assignment's list of grades the LMS does not have yet. */
export const resendScoresAction = defineAction(
  { access: "TEACHER", schema: ZAssignmentIdSchema },
  async (input, user) => {
    const { sent, left } = await resendScores(user, input.assignmentId);
    revalidatePath(assignmentPath(input.assignmentId));
    return left === 0
      ? { ok: true, message: `Sent ${plural(sent, "grade")}: the LMS has them all.` }
      : {
          ok: false,
          status: 502,
          message: `Sent ${plural(sent, "grade")}; the LMS did not take ${plural(left, "grade")}. Debrief tries again later.`,
        };
  },
);
