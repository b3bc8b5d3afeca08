import { Section } from "@/components/ui/section";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { percentOf, roundTo } from "@/app/lib/numbers";
import { formatInZone } from "@/app/lib/time";
import type { TAttemptView } from "@/app/lib/data/attempts";
import { sentenceHref } from "@/app/lib/content/links";
import { describeAnswer, describeCorrectAnswer } from "@/app/lib/quiz/describe";
import { misconceptionsShown, type TOutcome } from "@/app/lib/quiz/scoring";

// Outcome in words and a symbol, never by colour alone.
const OUTCOME: Record<TOutcome, { label: string; symbol: string; className: string }> = {
  correct: { label: "Correct", symbol: "✓", className: "border-green-700 dark:border-green-400" },
  partial: {
    label: "Partly correct",
    symbol: "◐",
    className: "border-amber-600 dark:border-amber-400",
  },
  incorrect: { label: "Incorrect", symbol: "✗", className: "border-red-700 dark:border-red-400" },
  unanswered: { label: "Not answered", symbol: "–", className: "border-line" },
  pending: { label: "Awaiting teacher", symbol: "…", className: "border-line" },
};

const points = (value: number) => String(roundTo(value, 2));

export function AttemptReview({ attempt, timeZone }: { attempt: TAttemptView; timeZone: string }) {
  const sentences = new Map(attempt.snapshot.sentences.map((s) => [s.id, s.text]));
  const percent = Math.round(percentOf(attempt.score ?? 0, attempt.maxScore) ?? 0);
  return (
    <div>
      <Section
        id="score"
        title={
          <>
            Your score: {points(attempt.score ?? 0)} / {points(attempt.maxScore ?? 0)} ({percent}%)
          </>
        }
        className={cardClass()}
      >
        {attempt.pendingManual && (
          <p className="mt-1">
            Written answers are awaiting your teacher; your score will go up when they are graded.
          </p>
        )}
        <p className="text-muted mt-1 text-sm">
          Submitted {attempt.submittedAt ? formatInZone(attempt.submittedAt, timeZone) : ""}
        </p>
      </Section>
      <ol className="mt-8 space-y-6">
        {attempt.order.questions.map((questionId, index) => {
          const question = attempt.snapshot.questions.find((q) => q.id === questionId);
          if (!question) return null;
          const response = attempt.responses.get(questionId);
          const grade = response?.grade;
          const outcome: TOutcome = grade
            ? grade.points >= question.points
              ? "correct"
              : grade.points > 0
                ? "partial"
                : "incorrect"
            : (response?.outcome ?? "unanswered");
          const shown = OUTCOME[outcome];
          const earned = grade ? grade.points : response?.points;
          return (
            <li key={questionId}>
              <article
                aria-labelledby={`review-${questionId}`}
                className={`bg-card rounded-lg border-l-4 p-4 ${shown.className}`}
              >
                <h3 id={`review-${questionId}`} className="font-semibold">
                  <span className="text-muted mr-2 text-sm">Question {index + 1}</span>
                  <span className="block">{question.prompt}</span>
                </h3>
                <p className="mt-2 font-semibold">
                  <span aria-hidden="true">{shown.symbol} </span>
                  {shown.label}
                  {earned !== null &&
                    earned !== undefined &&
                    ` — ${points(earned)} of ${points(question.points)}`}
                </p>
                <dl className="mt-3 grid gap-2">
                  <div>
                    <dt className="text-muted text-sm">Your answer</dt>
                    <dd>{describeAnswer(question, response?.answer, sentences)}</dd>
                  </div>
                  {question.type !== "cer" && (
                    <div>
                      <dt className="text-muted text-sm">Correct answer</dt>
                      <dd>{describeCorrectAnswer(question, sentences)}</dd>
                    </div>
                  )}
                  {misconceptionsShown(question, response?.answer).map((item) => (
                    <div key={item.misconception}>
                      <dt className="text-muted text-sm">About your choice</dt>
                      <dd>{item.feedback}</dd>
                    </div>
                  ))}
                  {grade?.comment && (
                    <div>
                      <dt className="text-muted text-sm">Teacher&apos;s comment</dt>
                      <dd>{grade.comment}</dd>
                    </div>
                  )}
                  <div>
                    <dt className="text-muted text-sm">Why</dt>
                    <dd>{question.explanation}</dd>
                  </div>
                </dl>
                <p className="mt-3">
                  <Link href={sentenceHref(attempt.articleSlug, question.cites)}>
                    Show in the article<span className="sr-only"> (question {index + 1})</span>
                  </Link>
                </p>
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
