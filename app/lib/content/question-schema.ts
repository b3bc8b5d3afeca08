import { z } from "zod";
import { ZQuestionSchema } from "@/app/lib/quiz/kinds";
import { nonEmpty, ZItemIdSchema } from "@/app/lib/quiz/kinds/kind";

// The question bank and quizzes of a pack. Each question type's shape and rules live in its own
// module (app/lib/quiz/kinds/). Keys (correct, accepted, match, category) and teaching notes
// (misconception, feedback, explanation, cites) stay on the server until an attempt is
// submitted; see app/lib/quiz/public.ts for what the browser may see.

export const ZQuestionBankSchema = z.object({ questions: z.array(ZQuestionSchema).min(1) });

export const ZQuizzesSchema = z.object({
  quizzes: z
    .array(
      z.object({
        id: ZItemIdSchema,
        title: nonEmpty("title"),
        description: nonEmpty("description"),
        questions: z.array(z.string()).min(1, "a quiz needs at least one question"),
        shuffleQuestions: z.boolean().default(false),
      }),
    )
    .min(1),
});

export type TQuiz = z.infer<typeof ZQuizzesSchema>["quizzes"][number];
