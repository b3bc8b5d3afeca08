import type { ReactNode } from "react";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { cardClass } from "@/components/ui/card";
import { ReadAloud } from "@/components/reading/read-aloud";

/**
 * A question as students see it: number, prompt, points and how partial credit works, then its
 * input (children). The quiz and the teachers' preview both use it, so the preview is exact.
 */
export function QuestionCard({
  question,
  index,
  readAloud = false,
  children,
}: {
  question: TPublicQuestion;
  index: number;
  /** Offer read-aloud of the prompt and its options. */
  readAloud?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      id={`${question.id}-card`}
      aria-labelledby={`${question.id}-prompt`}
      className={cardClass()}
    >
      <h2 id={`${question.id}-prompt`} className="text-lg font-semibold">
        <span className="text-muted mr-2 text-sm">Question {index + 1}</span>
        <span className="block">{question.prompt}</span>
      </h2>
      <p className="text-muted mb-3 text-sm">
        {question.points} {question.points === 1 ? "point" : "points"}
        {question.type === "multiple" && " · select all that apply"}
        {question.partialRule && ` · ${question.partialRule}`}
      </p>
      {readAloud && (
        <div className="mb-3">
          <ReadAloud
            within={`${question.id}-card`}
            units="h2 .block, label"
            label={`question ${index + 1}`}
          />
        </div>
      )}
      {children}
    </section>
  );
}
