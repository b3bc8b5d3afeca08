"use client";

import { selectClass, type TInputProps } from "./input-props";

export function SortInput({ question, answer, onChange }: TInputProps<"sort">) {
  const sorts = answer?.sorts ?? {};
  const described = question.categories.filter((category) => category.description);
  return (
    <div className="space-y-3">
      {described.length > 0 && (
        <dl className="text-muted text-sm" aria-label="What each category means">
          {described.map((category) => (
            <div key={category.id}>
              <dt className="text-ink inline font-semibold">{category.label}:</dt>{" "}
              <dd className="inline">{category.description}</dd>
            </div>
          ))}
        </dl>
      )}
      {question.statements.map((statement) => (
        <div key={statement.id}>
          <label htmlFor={`${question.id}-${statement.id}`} className="block">
            {statement.text}
          </label>
          <select
            id={`${question.id}-${statement.id}`}
            value={sorts[statement.id] ?? ""}
            onChange={(event) => {
              const next = { ...sorts };
              const value = event.target.value;
              if (value) next[statement.id] = value;
              else delete next[statement.id];
              onChange({ sorts: next });
            }}
            className={selectClass}
          >
            <option value="">Choose a category…</option>
            {question.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
