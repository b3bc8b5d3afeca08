"use client";

import { Field } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { ListEditor } from "./list-editor";

/** Items in their right order, first to last; students get them shuffled. */
export function OrderingEditor({ idPrefix, question, onChange }: TKindEditorProps<"ordering">) {
  return (
    <div>
      <p className="text-muted mb-2 text-sm">Write the items in the right order, first to last.</p>
      <ListEditor
        items={question.items}
        onChange={(items) => onChange({ ...question, items })}
        noun="item"
        min={2}
        make={(id) => ({ id, text: "" })}
        row={(item, index, update) => (
          <Field
            id={`${idPrefix}-item-${item.id}`}
            required
            label={`Text of item ${item.id.toUpperCase()} (position ${index + 1})`}
            name={`items.${index}.text`}
            defaultValue={item.text}
            onChange={(event) => update({ text: event.target.value })}
          />
        )}
      />
    </div>
  );
}
