"use client";

import type { ComponentType } from "react";
import type { TQuestionType } from "@/app/lib/quiz/kinds";
import { CerInput } from "./cer-input";
import { MultipleInput, SingleInput } from "./choice-input";
import { FillInput } from "./fill-input";
import { FindInput } from "./find-input";
import type { TInputProps } from "./input-props";
import { MatchingInput } from "./matching-input";
import { OrderingInput } from "./ordering-input";
import { SortInput } from "./sort-input";
import { TrueFalseInput } from "./truefalse-input";

// The browser side of each question type (its logic is app/lib/quiz/kinds/<type>.ts): a type
// without an input here does not compile. The quiz and, later, the authoring preview use these.
const INPUTS: { [T in TQuestionType]: ComponentType<TInputProps<T>> } = {
  single: SingleInput,
  multiple: MultipleInput,
  truefalse: TrueFalseInput,
  fill: FillInput,
  ordering: OrderingInput,
  matching: MatchingInput,
  sort: SortInput,
  find: FindInput,
  cer: CerInput,
};

export function QuestionInput(props: TInputProps<TQuestionType>) {
  // The input is chosen by the question's own type, so its props are that type's.
  const Input = INPUTS[props.question.type] as ComponentType<TInputProps<TQuestionType>>;
  return <Input {...props} />;
}
