"use client";

import { useState, type ReactNode } from "react";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { QuestionCard } from "@/components/quiz/question-card";
import type { TSentenceOption } from "@/components/quiz/inputs/input-props";
import { QuestionInput } from "@/components/quiz/inputs/question-input";

/**
 * The quiz's questions through the students' own inputs; answers stay in this page unless
 * `after` (shown below the questions) does something with them.
 */
export function QuizPreview({
  questions,
  sentences,
  after,
}: {
  questions: TPublicQuestion[];
  sentences: TSentenceOption[];
  after?: (answers: Readonly<Record<string, TAnswer>>) => ReactNode;
}) {
  const [answers, setAnswers] = useState<Record<string, TAnswer>>({});
  return (
    <>
      <ol className="mt-6 space-y-8">
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionCard question={question} index={index}>
              <QuestionInput
                question={question}
                answer={answers[question.id]}
                sentences={sentences}
                onChange={(answer) => setAnswers((all) => ({ ...all, [question.id]: answer }))}
              />
            </QuestionCard>
          </li>
        ))}
      </ol>
      {after?.(answers)}
    </>
  );
}
