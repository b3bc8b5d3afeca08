"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/app/lib/action";
import { startAssignmentAttempt, startAttempt, submitAttempt } from "@/app/lib/data/attempts";
import { NotFoundError } from "@/app/lib/data/errors";
import { REVIEW_QUIZ_ID, reviewQueue } from "@/app/lib/data/reviews";
import { ZAssignmentIdSchema } from "@/app/lib/schemas/assignments";
import { ZAttemptIdSchema, ZStartQuizSchema, ZStartReviewSchema } from "@/app/lib/schemas/attempts";

export const startQuizAction = defineAction(
  { access: "STUDENT", schema: ZStartQuizSchema },
  async (input, user) => {
    const attempt = await startAttempt(user, input.articleSlug, input.quizId);
    redirect(`/attempts/${attempt.id}`);
  },
);

export const submitAttemptAction = defineAction(
  { access: "STUDENT", schema: ZAttemptIdSchema },
  async (input, user) => {
    await submitAttempt(user, input.attemptId);
    revalidatePath("/student/history");
    redirect(`/attempts/${input.attemptId}`);
  },
);

export const startReviewAction = defineAction(
  { access: "STUDENT", schema: ZStartReviewSchema },
  async (input, user) => {
    const queue = (await reviewQueue(user)).find(
      (entry) => entry.articleSlug === input.articleSlug,
    );
    if (!queue || queue.due.length === 0)
      throw new NotFoundError("Nothing is due for review right now.");
    const attempt = await startAttempt(user, input.articleSlug, REVIEW_QUIZ_ID, queue.due);
    redirect(`/attempts/${attempt.id}`);
  },
);

export const startAssignmentAction = defineAction(
  { access: "STUDENT", schema: ZAssignmentIdSchema },
  async (input, user) => {
    const attempt = await startAssignmentAttempt(user, input.assignmentId);
    redirect(`/attempts/${attempt.id}`);
  },
);
