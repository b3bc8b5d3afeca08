import type { TUnsavedQuestion } from "@/app/lib/authoring/draft";
import type { TQuestion, TQuestionType } from "@/app/lib/quiz/kinds";
import { CerEditor } from "./cer-editor";
import { MultipleEditor, SingleEditor } from "./choice-editor";
import { FillEditor } from "./fill-editor";
import { FindEditor } from "./find-editor";
import type { TKindEditor } from "./kind-editor";
import { MatchingEditor } from "./matching-editor";
import { OrderingEditor } from "./ordering-editor";
import { SortEditor } from "./sort-editor";
import { TrueFalseEditor } from "./truefalse-editor";

const two = <T>(make: (id: string) => T) => [make("a"), make("b")];

const blankOptions = () => [
  { id: "a", text: "", correct: true as const },
  { id: "b", text: "", misconception: "", feedback: "" },
];

/**
 * Every question type's editor, with its name for teachers and its empty fields: a type without
 * an editor here does not compile (as with the type modules in app/lib/quiz/kinds).
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
    promptLabel: "Statement students judge true or false",
    blank: () => ({ type: "truefalse", correct: true, wrong: { misconception: "", feedback: "" } }),
    Editor: TrueFalseEditor,
  },
  fill: {
    label: "Fill in the blank",
    blank: () => ({ type: "fill", accepted: [] }),
    Editor: FillEditor,
  },
  ordering: {
    label: "Put in order",
    blank: () => ({ type: "ordering", items: two((id) => ({ id, text: "" })) }),
    Editor: OrderingEditor,
  },
  matching: {
    label: "Matching",
    blank: () => ({
      type: "matching",
      choices: two((id) => ({ id, text: "" })),
      pairs: two((id) => ({ id: `p${id}`, text: "", match: id })),
    }),
    Editor: MatchingEditor,
  },
  sort: {
    label: "Sort into categories",
    blank: () => ({
      type: "sort",
      categories: two((id) => ({ id, label: "" })),
      statements: two((id) => ({ id: `s${id}`, text: "", category: id })),
    }),
    Editor: SortEditor,
  },
  find: {
    label: "Find the sentence",
    blank: () => ({ type: "find", accepted: [] }),
    Editor: FindEditor,
    answerCites: (question) => question.accepted,
  },
  cer: {
    label: "Written answer (claim, evidence, reasoning)",
    blank: () => ({
      type: "cer",
      sides: two((id) => ({ id, text: "" })),
      rubric: [{ id: "a", label: "", points: 1, description: "" }],
    }),
    Editor: CerEditor,
  },
} satisfies { [T in TQuestionType]: TKindEditor<T> };

/** An empty question of a type, as the editor starts it. */
export function blankQuestion(type: TQuestionType, id = "new"): TQuestion {
  return {
    id,
    prompt: "",
    skill: "recall",
    difficulty: 1,
    points: 1,
    explanation: "",
    cites: [],
    ...QUESTION_EDITORS[type].blank(),
  };
}

/** A question's editor as it was autosaved, over the empty fields of its type. */
export function restoredQuestion(id: string, unsaved: TUnsavedQuestion): TQuestion {
  return { ...blankQuestion(unsaved.type, id), ...unsaved, id } as TQuestion;
}
