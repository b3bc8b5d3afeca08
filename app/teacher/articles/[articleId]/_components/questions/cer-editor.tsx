"use client";

import { Field, TextAreaField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { ListEditor } from "./list-editor";

/** A written answer: the claims a student may choose, and the rubric a teacher grades it by. */
export function CerEditor({ idPrefix, question, onChange }: TKindEditorProps<"cer">) {
  return (
    <div className="space-y-4">
      <h4 className="font-semibold">Claims a student may make</h4>
      <ListEditor
        items={question.sides}
        onChange={(sides) => onChange({ ...question, sides })}
        noun="claim"
        min={2}
        make={(id) => ({ id, text: "" })}
        row={(side, index, update) => (
          <Field
            id={`${idPrefix}-side-${side.id}`}
            required
            label={`Text of claim ${side.id.toUpperCase()}`}
            name={`sides.${index}.text`}
            defaultValue={side.text}
            onChange={(event) => update({ text: event.target.value })}
          />
        )}
      />
      <h4 className="font-semibold">Rubric</h4>
      <ListEditor
        items={question.rubric}
        onChange={(rubric) => onChange({ ...question, rubric })}
        noun="criterion"
        min={1}
        make={(id) => ({ id, label: "", points: 1, description: "" })}
        row={(criterion, index, update) => (
          <>
            <Field
              id={`${idPrefix}-criterion-${criterion.id}`}
              required
              label={`Name of criterion ${criterion.id.toUpperCase()}`}
              name={`rubric.${index}.label`}
              defaultValue={criterion.label}
              onChange={(event) => update({ label: event.target.value })}
            />
            <Field
              id={`${idPrefix}-criterion-${criterion.id}-points`}
              label={`Points for criterion ${criterion.id.toUpperCase()}`}
              name={`rubric.${index}.points`}
              type="number"
              min={1}
              defaultValue={String(criterion.points)}
              onChange={(event) => update({ points: Number(event.target.value) })}
            />
            <TextAreaField
              id={`${idPrefix}-criterion-${criterion.id}-description`}
              required
              label={`What earns criterion ${criterion.id.toUpperCase()} its points`}
              name={`rubric.${index}.description`}
              rows={2}
              defaultValue={criterion.description}
              onChange={(event) => update({ description: event.target.value })}
            />
          </>
        )}
      />
    </div>
  );
}
