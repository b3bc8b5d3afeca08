import type { ComponentType } from "react";
import type { TQuestionType } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { PrintedFill, PrintedFind } from "./printed-blanks";
import { PrintedMultiple, PrintedSingle, PrintedTrueFalse } from "./printed-choices";
import { PrintedMatching, PrintedOrdering, PrintedSort } from "./printed-lists";
import type { TPrintedProps } from "./printed-props";
import { PrintedCer } from "./printed-written";

// Each question type on a printed handout (issue 32): a type without a printed form here does
// not compile, as with the inputs (components/quiz/inputs/question-input.tsx).
const PRINTED: { [T in TQuestionType]: ComponentType<TPrintedProps<T>> } = {
  single: PrintedSingle,
  multiple: PrintedMultiple,
  truefalse: PrintedTrueFalse,
  fill: PrintedFill,
  ordering: PrintedOrdering,
  matching: PrintedMatching,
  sort: PrintedSort,
  find: PrintedFind,
  cer: PrintedCer,
};

export function PrintedQuestion({
  question,
  number,
}: {
  question: TPublicQuestion;
  number: number;
}) {
  const Printed = PRINTED[question.type] as ComponentType<{ question: TPublicQuestion }>;
  return (
    <section aria-labelledby={`print-${question.id}`} className="break-inside-avoid">
      <h3 id={`print-${question.id}`} className="font-semibold">
        {number}. {question.prompt}{" "}
        <span className="text-sm font-normal">
          ({question.points} {question.points === 1 ? "point" : "points"})
        </span>
      </h3>
      <Printed question={question} />
    </section>
  );
}
