import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/lib/auth/session";
import { getAttempt, type TAttemptView } from "@/app/lib/data/attempts";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { NotFoundError } from "@/app/lib/data/errors";
import type { TAnswer } from "@/app/lib/quiz/answers";
import { toPublicQuestion } from "@/app/lib/quiz/public";
import { AttemptReview } from "./_components/attempt-review";
import { QuizRunner } from "./_components/quiz-runner";

export const metadata: Metadata = { title: "Quiz" };

/** Why a student may not see the score and feedback yet (assignment policy), or null. */
function feedbackHidden(attempt: TAttemptView, user: TSessionUser): string | null {
  if (user.role !== "STUDENT" || !attempt.assignment) return null;
  if (attempt.assignment.feedbackPolicy === "NEVER")
    return "Your teacher has chosen not to show scores or feedback for this assignment.";
  if (attempt.assignment.feedbackPolicy === "AFTER_DUE" && new Date() < attempt.assignment.dueAt) {
    return "Your score and feedback will appear here after the due date.";
  }
  return null;
}

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireUser();
  const attempt = await getAttempt(user, (await params).attemptId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const questions = attempt.order.questions.flatMap((id) => {
    const question = attempt.snapshot.questions.find((q) => q.id === id);
    return question ? [toPublicQuestion(question, attempt.order.choices[id])] : [];
  });
  const answers: Record<string, TAnswer> = {};
  const seqs: Record<string, number> = {};
  for (const [questionId, response] of attempt.responses) {
    answers[questionId] = response.answer;
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
        ) : feedbackHidden(attempt, user) ? (
          <p role="status" className="border-line bg-card rounded-lg border p-4">
            Submitted. {feedbackHidden(attempt, user)}
          </p>
        ) : (
          <AttemptReview attempt={attempt} />
        )}
      </div>
    </div>
  );
}
