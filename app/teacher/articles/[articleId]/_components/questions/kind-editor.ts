import type { ReactNode } from "react";
import type { TDraftParagraph } from "@/app/lib/authoring/draft";
import type { TQuestionOf, TQuestionType } from "@/app/lib/quiz/kinds";

/**
 * What each question type's editor gets. Its fields are named by their path in the question
 * ("options.2.feedback"), so the server's messages from the type's schema land beside them.
 */
export type TKindEditorProps<T extends TQuestionType> = {
  /** Prefix for element ids: several editors can be open on one page. */
  idPrefix: string;
  question: TQuestionOf<T>;
  onChange: (question: TQuestionOf<T>) => void;
  paragraphs: TDraftParagraph[];
};

export type TKindEditor<T extends TQuestionType> = {
  label: string;
  /** What the prompt field is called, where "Question" would mislead (a true/false statement). */
  promptLabel?: string;
  /**
   * The sentences the answer itself points to: they are its citation unless the teacher cites
   * more, so the editor does not ask for them twice (find the sentence).
   */
  answerCites?: (question: TQuestionOf<T>) => readonly string[];
  /** The type's own fields, empty, for a new question. */
  blank: () => Omit<TQuestionOf<T>, keyof TCommonFields>;
  Editor: (props: TKindEditorProps<T>) => ReactNode;
};

export type TCommonFields = Pick<
  TQuestionOf<"single">,
  "id" | "prompt" | "skill" | "difficulty" | "points" | "explanation" | "cites"
>;
