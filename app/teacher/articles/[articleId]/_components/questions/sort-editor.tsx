"use client";

import { Field, SelectField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";
import { ListEditor } from "./list-editor";

/** The question's own categories (two to five), then statements each belonging to one. */
export function SortEditor({ idPrefix, question, onChange }: TKindEditorProps<"sort">) {
  const categories = question.categories.map((category) => ({
    value: category.id,
    label: category.label || `Category ${category.id.toUpperCase()}`,
  }));
  return (
    <div className="space-y-4">
      <h4 className="font-semibold">Categories</h4>
      <ListEditor
        items={question.categories}
        onChange={(next) => onChange({ ...question, categories: next })}
        noun="category"
        min={2}
        max={5}
        make={(id) => ({ id, label: "" })}
        row={(category, index, update) => (
          <>
            <Field
              id={`${idPrefix}-category-${category.id}`}
              required
              label={`Label of category ${category.id.toUpperCase()}`}
              name={`categories.${index}.label`}
              defaultValue={category.label}
              onChange={(event) => update({ label: event.target.value })}
            />
            <Field
              id={`${idPrefix}-category-${category.id}-description`}
              label={`What putting a statement in category ${category.id.toUpperCase()} means`}
              name={`categories.${index}.description`}
              hint="Optional."
              defaultValue={category.description ?? ""}
              onChange={(event) =>
                update({
                  description: event.target.value.trim() === "" ? undefined : event.target.value,
                })
              }
            />
          </>
        )}
      />
      <h4 className="font-semibold">Statements</h4>
      <ListEditor
        items={question.statements}
        onChange={(statements) => onChange({ ...question, statements })}
        noun="statement"
        min={2}
        idPrefix="s"
        make={(id) => ({ id, text: "", category: question.categories[0]?.id ?? "" })}
        row={(statement, index, update) => (
          <>
            <Field
              id={`${idPrefix}-statement-${statement.id}`}
              required
              label={`Text of ${statement.id.toUpperCase()}`}
              name={`statements.${index}.text`}
              defaultValue={statement.text}
              onChange={(event) => update({ text: event.target.value })}
            />
            <SelectField
              id={`${idPrefix}-statement-${statement.id}-category`}
              label={`${statement.id.toUpperCase()} belongs in`}
              name={`statements.${index}.category`}
              defaultValue={statement.category}
              options={categories}
              onChange={(event) => update({ category: event.target.value })}
            />
          </>
        )}
      />
    </div>
  );
}
