"use client";

import { MAX_FILL_LENGTH } from "@/app/lib/quiz/kinds/limits";
import { selectClass, type TInputProps } from "./input-props";

export function FillInput({ question, answer, onChange }: TInputProps<"fill">) {
  return (
    <label className="block">
      <span className="text-muted text-sm">Your answer</span>
      <input
        type="text"
        defaultValue={answer?.text ?? ""}
        maxLength={MAX_FILL_LENGTH}
        autoComplete="off"
        onChange={(event) => onChange({ text: event.target.value }, { typing: true })}
        className={selectClass}
        aria-describedby={`${question.id}-prompt`}
      />
    </label>
  );
}
