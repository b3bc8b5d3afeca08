"use client";

import { useState, useTransition } from "react";
import type { TTriedQuestion } from "@/app/lib/authoring/try-out";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { tryQuestionsAction } from "@/app/teacher/articles/actions";
import type { TSentenceOption } from "@/components/quiz/inputs/input-props";
import { QuizPreview } from "@/components/quiz/quiz-preview";
import { ReviewItem } from "@/components/quiz/review-item";
import { pointsText } from "@/app/lib/score-words";
import { Button } from "@/components/ui/button";

/** The questions as a student takes them, then marked as a student's review shows them. */
export function TryQuestions({
  articleId,
  questions,
  sentences,
}: {
  articleId: string;
  questions: TPublicQuestion[];
  sentences: TSentenceOption[];
}) {
  const [tried, setTried] = useState<{ results?: TTriedQuestion[]; message?: string }>({});
  const [marking, startMarking] = useTransition();
  const mark = (answers: Readonly<Record<string, TAnswer>>) =>
    startMarking(async () => {
      const form = new FormData();
      form.set("articleId", articleId);
      form.set("answers", JSON.stringify(answers));
      const result = await tryQuestionsAction(undefined, form);
      setTried(result.ok ? { results: result.data } : { message: result.message });
    });
  const results = tried.results;
  const earned = results?.reduce((sum, q) => sum + (q.points ?? 0), 0) ?? 0;
  const possible = results?.reduce((sum, q) => sum + q.maxPoints, 0) ?? 0;
  return (
    <QuizPreview
      questions={questions}
      sentences={sentences}
      after={(answers) => (
        <div className="mt-6">
          <Button onClick={() => mark(answers)} disabled={marking}>
            {marking ? "Marking…" : "Mark my answers"}
          </Button>
          <div role="status" className="mt-3">
            {tried.message ? <p>{tried.message}</p> : null}
            {results ? (
              <p className="font-semibold">
                You scored {pointsText(earned)} of {pointsText(possible)}. Nothing was saved.
              </p>
            ) : null}
          </div>
          {results ? (
            <ol className="mt-4 space-y-6">
              {results.map((result, index) => (
                <li key={result.questionId}>
                  <ReviewItem
                    id={`try-${result.questionId}`}
                    index={index}
                    prompt={result.prompt}
                    outcome={result.outcome}
                    earned={result.points}
                    maxPoints={result.maxPoints}
                    answer={result.answer}
                    correct={result.correct}
                    feedback={result.feedback}
                    explanation={result.explanation}
                    href={`#sentence-${result.cites[0] ?? ""}`}
                  />
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      )}
    />
  );
}
