"use client";

import { Field, SelectField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { ListEditor } from "./list-editor";

/** Things to match (left) and what they match (right); a right-hand choice may be left over. */
export function MatchingEditor({ idPrefix, question, onChange }: TKindEditorProps<"matching">) {
  const choices = question.choices.map((choice) => ({
    value: choice.id,
    label: `${choice.id.toUpperCase()}: ${choice.text || "…"}`,
  }));
  return (
    <div className="space-y-4">
      <h4 className="font-semibold">What students match to (right-hand list)</h4>
      <ListEditor
        items={question.choices}
        onChange={(next) => onChange({ ...question, choices: next })}
        noun="choice"
        min={2}
        make={(id) => ({ id, text: "" })}
        row={(choice, index, update) => (
          <Field
            id={`${idPrefix}-choice-${choice.id}`}
            required
            label={`Text of choice ${choice.id.toUpperCase()}`}
            name={`choices.${index}.text`}
            defaultValue={choice.text}
            onChange={(event) => update({ text: event.target.value })}
          />
        )}
      />
      <h4 className="font-semibold">What students match (left-hand list)</h4>
      <ListEditor
        items={question.pairs}
        onChange={(pairs) => onChange({ ...question, pairs })}
        noun="pair"
        min={2}
        idPrefix="p"
        make={(id) => ({ id, text: "", match: question.choices[0]?.id ?? "" })}
        row={(pair, index, update) => (
          <>
            <Field
              id={`${idPrefix}-pair-${pair.id}`}
              required
              label={`Text of ${pair.id.toUpperCase()}`}
              name={`pairs.${index}.text`}
              defaultValue={pair.text}
              onChange={(event) => update({ text: event.target.value })}
            />
            <SelectField
              id={`${idPrefix}-pair-${pair.id}-match`}
              label={`${pair.id.toUpperCase()} matches`}
              name={`pairs.${index}.match`}
              defaultValue={pair.match}
              options={choices}
              onChange={(event) => update({ match: event.target.value })}
            />
          </>
        )}
      />
    </div>
  );
}
