import type { TQuestionType } from "@/app/lib/quiz/kinds";
import { MultipleEditor, SingleEditor } from "./choice-editor";
import { FindEditor } from "./find-editor";
import type { TKindEditor } from "./kind-editor";
import { TrueFalseEditor } from "./truefalse-editor";

const blankOptions = () => [
  { id: "a", text: "", correct: true as const },
  { id: "b", text: "", misconception: "", feedback: "" },
];

/**
 * The question types the studio can write so far, each with its editor. The other five (fill,
 * ordering, matching, sort, written answer) are written in YAML packs until their editors join
 * this list.
 */
export const QUESTION_EDITORS = {
  single: {
    label: "Single choice",
    blank: () => ({ type: "single", options: blankOptions() }),
    Editor: SingleEditor,
  },
  multiple: {
    label: "Multiple select",
    blank: () => ({ type: "multiple", options: blankOptions() }),
    Editor: MultipleEditor,
  },
  truefalse: {
    label: "True or false",
    blank: () => ({ type: "truefalse", correct: true, wrong: { misconception: "", feedback: "" } }),
    Editor: TrueFalseEditor,
  },
  find: {
    label: "Find the sentence",
    blank: () => ({ type: "find", accepted: [] }),
    Editor: FindEditor,
  },
} satisfies { [T in TQuestionType]?: TKindEditor<T> };

export type TEditableType = keyof typeof QUESTION_EDITORS;

export const isEditableType = (type: TQuestionType): type is TEditableType =>
  type in QUESTION_EDITORS;
