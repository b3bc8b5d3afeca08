import type { Metadata } from "next";
import { listStudentAssignments } from "@/app/lib/data/student-assignments";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { cardClass } from "@/components/ui/card";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { orNotFound } from "@/app/lib/not-found";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { getAttempt, settleAttempt } from "@/app/lib/data/attempts";
import { feedbackHiddenReason } from "@/app/lib/data/feedback";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import { encodeAnswer, publicQuestionsInOrder } from "@/app/lib/quiz/public";
import { AttemptReview } from "./_components/attempt-review";
import { HandedIn } from "./_components/handed-in";
import { QuizRunner } from "./_components/quiz-runner";
import { getReadingSupport } from "@/app/lib/data/reading-support";
import { readAtText } from "@/app/lib/reading/support";
import { REVIEW_QUIZ_ID } from "@/app/lib/data/reviews";
import { WhatNext } from "@/components/ui/what-next";

export const metadata: Metadata = { title: "Quiz" };

/** Whether the student's open attempt at an assignment is the last one it allows them. */
async function isFinalAttempt(user: TSessionUser, assignmentId: string | null): Promise<boolean> {
  if (!assignmentId || user.role !== "STUDENT") return false;
  const [assignment] = await listStudentAssignments(user, { assignmentId });
  return (
    assignment !== undefined &&
    assignment.attemptsAllowed !== null &&
    assignment.attemptsUsed >= assignment.attemptsAllowed
  );
}

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const user = await requireUser();
  const { attemptId } = await params;
  await orNotFound(settleAttempt(user, attemptId));
  const attempt = await orNotFound(getAttempt(user, attemptId));
  const bank = new Map(attempt.snapshot.questions.map((q) => [q.id, q]));
  const questions = publicQuestionsInOrder(bank, attempt.order);
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
      {user.role === "TEACHER" && (
        <p className="text-muted mt-1">{readAtText(attempt.readingLevel)}</p>
      )}
      {!attempt.assignment && (
        <p className="text-muted mt-1">
          Practice: not graded or handed in. Your teacher can see that you practised.
        </p>
      )}
      <div className="mt-6">
        {attempt.status === "IN_PROGRESS" && user.id === attempt.studentId ? (
          <QuizRunner
            attemptId={attempt.id}
            questions={questions}
            initialAnswers={answers}
            initialSeqs={seqs}
            sentences={attempt.snapshot.sentences}
            finalAttempt={await isFinalAttempt(user, attempt.assignmentId)}
            readAloud={(await getReadingSupport(user, attempt.articleSlug)).readAloud}
          />
        ) : attempt.status === "IN_PROGRESS" ? (
          <p>This attempt is still in progress.</p>
        ) : user.role === "STUDENT" && feedbackHiddenReason(attempt.assignment) ? (
          <>
            <p role="status" className={cardClass()}>
              Submitted. {feedbackHiddenReason(attempt.assignment)}
            </p>
            <HandedIn attempt={attempt} />
          </>
        ) : (
          <AttemptReview attempt={attempt} timeZone={await viewerTimeZone()} />
        )}
      </div>
      {attempt.status === "SUBMITTED" && user.id === attempt.studentId && (
        <WhatNext
          links={[
            ...(attempt.quizId === REVIEW_QUIZ_ID
              ? [{ href: "/student/review", label: "Spaced review: what else is due" }]
              : []),
            { href: "/student/history", label: "My work" },
            { href: `/articles/${attempt.articleSlug}/explainer`, label: "The explainer" },
            { href: `/articles/${attempt.articleSlug}`, label: "Read the article again" },
          ]}
        />
      )}
    </div>
  );
}
