"use client";

import { selectClass, type TInputProps } from "./input-props";

export function MatchingInput({ question, answer, onChange }: TInputProps<"matching">) {
  const matches = answer?.matches ?? {};
  return (
    <div className="space-y-3">
      {question.pairs.map((pair) => (
        <div key={pair.id}>
          <label htmlFor={`${question.id}-${pair.id}`} className="block font-medium">
            {pair.text}
          </label>
          <select
            id={`${question.id}-${pair.id}`}
            value={matches[pair.id] ?? ""}
            onChange={(event) => {
              const next = { ...matches };
              if (event.target.value) next[pair.id] = event.target.value;
              else delete next[pair.id];
              onChange({ matches: next });
            }}
            className={selectClass}
          >
            <option value="">Choose…</option>
            {question.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
