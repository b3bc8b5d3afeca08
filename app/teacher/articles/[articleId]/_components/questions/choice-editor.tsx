"use client";

import type { TQuestionOf } from "@/app/lib/quiz/kinds";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { misconceptionId } from "./misconception";

type TOption = TQuestionOf<"single">["options"][number];

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

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
  const setOption = (index: number, change: Partial<TOption>) =>
    setOptions(options.map((option, i) => (i === index ? { ...option, ...change } : option)));
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
  const add = () => {
    const id =
      [...LETTERS].find((letter) => !options.some((o) => o.id === letter)) ?? `o${options.length}`;
    setOptions([...options, { id, text: "", misconception: "", feedback: "" }]);
  };
  return (
    <div className="space-y-4">
      {options.map((option, index) => (
        <fieldset key={option.id} className="border-line space-y-3 rounded-md border p-3">
          <legend className="px-1 font-semibold">Option {option.id.toUpperCase()}</legend>
          <Field
            id={`${idPrefix}-option-${option.id}-text`}
            label={`Text of option ${option.id.toUpperCase()}`}
            name={`options.${index}.text`}
            defaultValue={option.text}
            onChange={(event) => setOption(index, { text: event.target.value })}
          />
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              checked={Boolean(option.correct)}
              onChange={(event) => markRight(index, event.target.checked)}
            />
            Option {option.id.toUpperCase()} is a right answer
          </label>
          {option.correct ? null : (
            <>
              <Field
                id={`${idPrefix}-option-${option.id}-misconception`}
                label={`Misconception option ${option.id.toUpperCase()} reveals`}
                name={`options.${index}.misconception`}
                defaultValue={option.misconception}
                hint={`A few words, e.g. “confuses the sanction with the deal”. Saved as ${option.misconception || "…"}.`}
                onChange={(event) =>
                  setOption(index, { misconception: misconceptionId(event.target.value) })
                }
              />
              <TextAreaField
                id={`${idPrefix}-option-${option.id}-feedback`}
                label={`Feedback for a student who picks option ${option.id.toUpperCase()}`}
                name={`options.${index}.feedback`}
                rows={2}
                defaultValue={option.feedback}
                onChange={(event) => setOption(index, { feedback: event.target.value })}
              />
            </>
          )}
          {options.length > 2 ? (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setOptions(options.filter((_, i) => i !== index))}
            >
              Remove option {option.id.toUpperCase()}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button
        variant="secondary"
        size="sm"
        onClick={add}
        disabled={options.length >= LETTERS.length}
      >
        Add an option
      </Button>
    </div>
  );
}
