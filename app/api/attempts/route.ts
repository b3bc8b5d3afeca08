import { z } from "zod";
import { startAssignmentAttempt, startAttempt } from "@/app/lib/data/attempt-start";
import { NotFoundError } from "@/app/lib/data/errors";
import { REVIEW_QUIZ_ID, listReviewQueue } from "@/app/lib/data/reviews";
import { jsonMutation, refuse } from "@/app/lib/http/routes";
import { ZStartAttemptSchema } from "@/app/lib/schemas/attempts";

/** Starts (or resumes) an attempt: practice at a pack quiz, an assignment, or a review set. */
export function POST(request: Request) {
  return jsonMutation(request, "start-attempt", async (user, body) => {
    const parsed = ZStartAttemptSchema.safeParse(body);
    if (!parsed.success) return refuse(400, z.prettifyError(parsed.error));
    const input = parsed.data;
    let attempt: { id: string };
    if (input.kind === "assignment") {
      attempt = await startAssignmentAttempt(user, input.assignmentId);
    } else if (input.kind === "review") {
      const queue = (await listReviewQueue(user)).find(
        (entry) => entry.articleSlug === input.articleSlug,
      );
      if (!queue || queue.set.length === 0)
        throw new NotFoundError("Nothing is due for review right now.");
      attempt = await startAttempt(user, input.articleSlug, REVIEW_QUIZ_ID, queue.set);
    } else {
      attempt = await startAttempt(user, input.articleSlug, input.quizId);
    }
    return Response.json({ attemptId: attempt.id }, { status: 201 });
  });
}
