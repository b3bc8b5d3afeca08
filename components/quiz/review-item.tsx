import Link from "next/link";
import { pointsText } from "@/app/lib/score-words";
import type { TOutcome } from "@/app/lib/quiz/scoring";

/**
 * An outcome in words and a symbol, never by colour alone, and the same wherever one is shown
 * (a review, the live board); `className` is a review's border.
 */
export const OUTCOME_LOOK: Record<TOutcome, { label: string; symbol: string; className: string }> =
  {
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

/**
 * One marked question as a student's review shows it (and a teacher trying the questions sees
 * it): outcome, their answer and the right one in words, feedback on a wrong choice, why, and the
 * link to the sentences it rests on.
 */
export function ReviewItem({
  id,
  index,
  prompt,
  outcome,
  earned,
  maxPoints,
  answer,
  correct,
  feedback,
  comment,
  explanation,
  href,
}: {
  id: string;
  index: number;
  prompt: string;
  outcome: TOutcome;
  earned: number | null | undefined;
  maxPoints: number;
  answer: string;
  /** Absent for written answers. */
  correct?: string;
  feedback: readonly string[];
  comment?: string;
  explanation: string;
  href: string;
}) {
  const shown = OUTCOME_LOOK[outcome];
  return (
    <article
      aria-labelledby={`review-${id}`}
      className={`bg-card rounded-lg border-l-4 p-4 ${shown.className}`}
    >
      <h3 id={`review-${id}`} className="font-semibold">
        <span className="text-muted mr-2 text-sm">Question {index + 1}</span>
        <span className="block">{prompt}</span>
      </h3>
      <p className="mt-2 font-semibold">
        <span aria-hidden="true">{shown.symbol} </span>
        {shown.label}
        {earned !== null &&
          earned !== undefined &&
          ` — ${pointsText(earned)} of ${pointsText(maxPoints)}`}
      </p>
      <dl className="mt-3 grid gap-2">
        <div>
          <dt className="text-muted text-sm">Your answer</dt>
          <dd>{answer}</dd>
        </div>
        {correct !== undefined && (
          <div>
            <dt className="text-muted text-sm">Correct answer</dt>
            <dd>{correct}</dd>
          </div>
        )}
        {feedback.map((text) => (
          <div key={text}>
            <dt className="text-muted text-sm">About your choice</dt>
            <dd>{text}</dd>
          </div>
        ))}
        {comment && (
          <div>
            <dt className="text-muted text-sm">Teacher&apos;s comment</dt>
            <dd>{comment}</dd>
          </div>
        )}
        <div>
          <dt className="text-muted text-sm">Why</dt>
          <dd>{explanation}</dd>
        </div>
      </dl>
      <p className="mt-3">
        <Link href={href}>
          Show in the article<span className="sr-only"> (question {index + 1})</span>
        </Link>
      </p>
    </article>
  );
}
