"use client";

import type { TQuestionOf } from "@/app/lib/quiz/kinds";
import { Field, TextAreaField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { ListEditor } from "./list-editor";
import { misconceptionId } from "./misconception";

type TOption = TQuestionOf<"single">["options"][number];

export function SingleEditor({ question, onChange, idPrefix }: TKindEditorProps<"single">) {
  return (
    <OptionsEditor
      idPrefix={idPrefix}
      single
      options={question.options}
      setOptions={(options) => onChange({ ...question, options })}
    />
  );
}

export function MultipleEditor({ question, onChange, idPrefix }: TKindEditorProps<"multiple">) {
  return (
    <OptionsEditor
      idPrefix={idPrefix}
      single={false}
      options={question.options}
      setOptions={(options) => onChange({ ...question, options })}
    />
  );
}

/**
 * Options of a single-choice or multiple-select question: text, which are right, and for each
 * wrong one the misconception it reveals and the feedback a student who picks it gets.
 */
function OptionsEditor({
  idPrefix,
  single,
  options,
  setOptions,
}: {
  idPrefix: string;
  single: boolean;
  options: TOption[];
  setOptions: (options: TOption[]) => void;
}) {
  // A right option carries no misconception or feedback; a wrong one must have both.
  const markRight = (index: number, right: boolean) =>
    setOptions(
      options.map((option, i) => {
        const isRight = i === index ? right : single ? false : option.correct;
        return isRight
          ? { id: option.id, text: option.text, correct: true }
          : {
              id: option.id,
              text: option.text,
              misconception: option.misconception ?? "",
              feedback: option.feedback ?? "",
            };
      }),
    );
  return (
    <ListEditor
      items={options}
      onChange={setOptions}
      noun="option"
      min={2}
      make={(id) => ({ id, text: "", misconception: "", feedback: "" })}
      row={(option, index, update) => {
        const name = option.id.toUpperCase();
        return (
          <>
            <Field
              id={`${idPrefix}-option-${option.id}-text`}
              required
              label={`Text of option ${name}`}
              name={`options.${index}.text`}
              defaultValue={option.text}
              onChange={(event) => update({ text: event.target.value })}
            />
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                checked={Boolean(option.correct)}
                onChange={(event) => markRight(index, event.target.checked)}
              />
              Option {name} is a right answer
            </label>
            {option.correct ? null : (
              <>
                <Field
                  id={`${idPrefix}-option-${option.id}-misconception`}
                  required
                  label={`Misconception option ${name} reveals`}
                  name={`options.${index}.misconception`}
                  defaultValue={option.misconception}
                  hint="A few words naming the mistake, e.g. “confuses the sanction with the deal”."
                  onChange={(event) =>
                    update({ misconception: misconceptionId(event.target.value) })
                  }
                />
                <TextAreaField
                  id={`${idPrefix}-option-${option.id}-feedback`}
                  required
                  label={`Feedback for a student who picks option ${name}`}
                  name={`options.${index}.feedback`}
                  rows={2}
                  defaultValue={option.feedback}
                  onChange={(event) => update({ feedback: event.target.value })}
                />
              </>
            )}
          </>
        );
      }}
    />
  );
}
