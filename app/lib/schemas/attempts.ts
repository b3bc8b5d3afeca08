import { z } from "zod";

const ZSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Unknown article.")
  .max(80);
const ZIdSchema = z.string().min(1).max(64);

export const ZStartAttemptSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("practice"),
      articleSlug: ZSlugSchema,
      quizId: z
        .string()
        .regex(/^[a-z0-9-]+$/, "Unknown quiz.")
        .max(64),
    })
    .strict(),
  z.object({ kind: z.literal("assignment"), assignmentId: ZIdSchema }).strict(),
  z.object({ kind: z.literal("review"), articleSlug: ZSlugSchema }).strict(),
]);

export type TStartAttempt = z.infer<typeof ZStartAttemptSchema>;
