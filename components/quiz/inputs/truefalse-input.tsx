"use client";

import { choiceClass, type TInputProps } from "./input-props";

export function TrueFalseInput({ question, answer, onChange }: TInputProps<"truefalse">) {
  return (
    <div className="flex flex-wrap gap-3">
      {[true, false].map((value) => (
        <label key={String(value)} className={`${choiceClass} min-w-32`}>
          <input
            type="radio"
            name={`${question.id}-tf`}
            checked={answer?.value === value}
            onChange={() => onChange({ value })}
            className="mt-1 size-5"
          />
          <span>{value ? "True" : "False"}</span>
        </label>
      ))}
    </div>
  );
}
