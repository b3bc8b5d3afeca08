import type { Metadata } from "next";
import { cardClass } from "@/components/ui/card";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { orNotFound } from "@/app/lib/not-found";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { getAttempt, settleAttempt } from "@/app/lib/data/attempts";
import { feedbackHiddenReason } from "@/app/lib/data/feedback";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import { encodeAnswer, toPublicQuestion } from "@/app/lib/quiz/public";
import { AttemptReview } from "./_components/attempt-review";
import { QuizRunner } from "./_components/quiz-runner";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireUser();
  const { attemptId } = await params;
  await orNotFound(settleAttempt(user, attemptId));
  const attempt = await orNotFound(getAttempt(user, attemptId));
  const bank = new Map(attempt.snapshot.questions.map((q) => [q.id, q]));
  const questions = attempt.order.questions.flatMap((id) => {
    const question = bank.get(id);
    return question ? [toPublicQuestion(question, attempt.order)] : [];
  });
  // Saved answers go back to the page in the attempt's tokens, as the page sent them.
  const answers: Record<string, TAnswer> = {};
  const seqs: Record<string, number> = {};
  for (const [questionId, response] of attempt.responses) {
    const question = bank.get(questionId);
    if (question) answers[questionId] = encodeAnswer(question, response.answer, attempt.order);
    seqs[questionId] = response.seq;
  }
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/articles/${attempt.articleSlug}`}>← The article</Link>
        {user.role === "STUDENT" && (
          <>
            {" · "}
            <Link href="/student/history">My work</Link>
          </>
        )}
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {attempt.quizTitle}
        {attempt.status === "SUBMITTED" && (
          <span className="text-muted block text-lg font-normal">Review</span>
        )}
      </h1>
      <div className="mt-6">
        {attempt.status === "IN_PROGRESS" && user.id === attempt.studentId ? (
          <QuizRunner
            attemptId={attempt.id}
            questions={questions}
            initialAnswers={answers}
            initialSeqs={seqs}
            sentences={attempt.snapshot.sentences}
          />
        ) : attempt.status === "IN_PROGRESS" ? (
          <p>This attempt is still in progress.</p>
        ) : user.role === "STUDENT" && feedbackHiddenReason(attempt.assignment) ? (
          <p role="status" className={cardClass()}>
            Submitted. {feedbackHiddenReason(attempt.assignment)}
          </p>
        ) : (
          <AttemptReview attempt={attempt} timeZone={await viewerTimeZone()} />
        )}
      </div>
    </div>
  );
}
