import { z } from "zod";

const ZSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Unknown article.")
  .max(80);

export const ZStartQuizSchema = z.object({
  articleSlug: ZSlugSchema,
  quizId: z
    .string()
    .regex(/^[a-z0-9-]+$/, "Unknown quiz.")
    .max(64),
});
export const ZAttemptIdSchema = z.object({ attemptId: z.string().min(1).max(64) });
export const ZStartReviewSchema = z.object({ articleSlug: ZSlugSchema });
