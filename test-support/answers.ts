// Answers as the quiz page sends them: in the attempt's own tokens, not the authored ids. Tests
// may read the tokens from the database; a student cannot.
import { getPack } from "@/app/lib/content";
import { saveAnswer } from "@/app/lib/data/attempts";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import { encodeAnswer, type TAttemptOrder } from "@/app/lib/quiz/public";

/** An authored answer (or any value, passed through when it does not fit) in the attempt's tokens. */
export async function sentAnswer(
  attemptId: string,
  questionId: string,
  answer: unknown,
): Promise<unknown> {
  const prisma = await db();
  const attempt = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: { articleSlug: true, questionOrder: true },
  });
  if (!attempt) return answer;
  const question = (await getPack(attempt.articleSlug))?.questions.get(questionId);
  if (!question) return answer;
  const order = JSON.parse(attempt.questionOrder) as TAttemptOrder;
  return encodeAnswer(question, answer as TAnswer, order);
}

/** saveAnswer with an authored answer, sent as the page would send it. */
export async function saveAsSent(
  user: TSessionUser,
  attemptId: string,
  input: { questionId: string; seq: number; answer: unknown },
) {
  return saveAnswer(user, attemptId, {
    ...input,
    answer: await sentAnswer(attemptId, input.questionId, input.answer),
  });
}
