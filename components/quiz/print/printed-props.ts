import type { TQuestionType } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";

/** What a question's printed form gets: the question as students see it, and the handout's numbering. */
export type TPrintedProps<T extends TQuestionType> = {
  question: Extract<TPublicQuestion, { type: T }>;
};
