"use client";

import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { misconceptionId } from "./misconception";

/** The statement's truth, and what a wrong answer reveals. */
export function TrueFalseEditor({ idPrefix, question, onChange }: TKindEditorProps<"truefalse">) {
  return (
    <div className="space-y-4">
      <SelectField
        id={`${idPrefix}-correct`}
        label="The statement is"
        name="correct"
        defaultValue={String(question.correct)}
        options={[
          { value: "true", label: "True" },
          { value: "false", label: "False" },
        ]}
        onChange={(event) => onChange({ ...question, correct: event.target.value === "true" })}
      />
      <Field
        id={`${idPrefix}-wrong-misconception`}
        required
        label="Misconception a wrong answer reveals"
        name="wrong.misconception"
        defaultValue={question.wrong.misconception}
        hint="A few words naming the mistake."
        onChange={(event) =>
          onChange({
            ...question,
            wrong: { ...question.wrong, misconception: misconceptionId(event.target.value) },
          })
        }
      />
      <TextAreaField
        id={`${idPrefix}-wrong-feedback`}
        required
        label="Feedback for a wrong answer"
        name="wrong.feedback"
        rows={2}
        defaultValue={question.wrong.feedback}
        onChange={(event) =>
          onChange({ ...question, wrong: { ...question.wrong, feedback: event.target.value } })
        }
      />
    </div>
  );
}
