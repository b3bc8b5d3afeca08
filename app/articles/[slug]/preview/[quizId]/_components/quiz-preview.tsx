"use client";

import { useState } from "react";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { cardClass } from "@/components/ui/card";
import type { TSentenceOption } from "@/components/quiz/inputs/input-props";
import { QuestionInput } from "@/components/quiz/inputs/question-input";

/** The quiz's questions through the students' own inputs; answers stay in this page. */
export function QuizPreview({
  questions,
  sentences,
}: {
  questions: TPublicQuestion[];
  sentences: TSentenceOption[];
}) {
  const [answers, setAnswers] = useState<Record<string, TAnswer>>({});
  return (
    <ol className="mt-6 space-y-8">
      {questions.map((question, index) => (
        <li key={question.id}>
          <section aria-labelledby={`${question.id}-prompt`} className={cardClass()}>
            <h2 id={`${question.id}-prompt`} className="text-lg font-semibold">
              <span className="text-muted mr-2 text-sm">Question {index + 1}</span>
              <span className="block">{question.prompt}</span>
            </h2>
            <p className="text-muted mb-3 text-sm">
              {question.points} {question.points === 1 ? "point" : "points"}
              {question.type === "multiple" && " · select all that apply"}
              {question.partialRule && ` · ${question.partialRule}`}
            </p>
            <QuestionInput
              question={question}
              answer={answers[question.id]}
              sentences={sentences}
              onChange={(answer) => setAnswers((all) => ({ ...all, [question.id]: answer }))}
            />
          </section>
        </li>
      ))}
    </ol>
  );
}
