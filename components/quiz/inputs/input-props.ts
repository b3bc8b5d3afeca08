import type { TAnswer, TAnswerOf, TQuestionType } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";

export type TSentenceOption = { id: string; paragraphId: string; text: string };
export type TPublicChoice = { id: string; text: string };

/** What every question type's input gets: the question as the browser sees it, and its answer. */
export type TInputProps<T extends TQuestionType> = {
  question: Extract<TPublicQuestion, { type: T }>;
  answer: TAnswerOf<T> | undefined;
  /** `typing` answers are saved after a pause instead of at once. */
  onChange: (answer: TAnswer, options?: { typing?: boolean }) => void;
  sentences: TSentenceOption[];
};

export const choiceClass =
  "border-line has-checked:border-accent has-checked:bg-card flex min-h-11 cursor-pointer items-start gap-3 rounded-md border p-3 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus";
export const selectClass =
  "border-line bg-card text-ink mt-1 block w-full rounded-md border px-3 py-2";
