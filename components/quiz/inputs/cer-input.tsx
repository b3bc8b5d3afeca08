"use client";

import { MAX_REASONING_LENGTH } from "@/app/lib/quiz/kinds/limits";
import { useState } from "react";
import type { TAnswerOf } from "@/app/lib/quiz/kinds";
import { choiceClass, selectClass, type TInputProps } from "./input-props";

export function CerInput({ question, answer, onChange, sentences }: TInputProps<"cer">) {
  const current: TAnswerOf<"cer"> = answer ?? { claim: null, evidence: [], reasoning: "" };
  const [length, setLength] = useState(current.reasoning.length);
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="font-semibold">Claim: which side do you take?</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {question.sides.map((side) => (
            <label key={side.id} className={`${choiceClass} min-w-40`}>
              <input
                type="radio"
                name={`${question.id}-claim`}
                checked={current.claim === side.id}
                onChange={() => onChange({ ...current, claim: side.id })}
                className="mt-1 size-5"
              />
              <span>{side.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">
          Evidence: pick at least one sentence from the article
        </legend>
        {/* The list is as long as the article (no inner scroll box hiding a ticked sentence). */}
        <p className="text-muted text-sm" aria-live="polite">
          {current.evidence.length === 0
            ? "None selected yet"
            : `${current.evidence.length} selected`}
        </p>
        <div className="mt-2 space-y-1">
          {sentences.map((sentence) => (
            <label key={sentence.id} className={choiceClass}>
              <input
                type="checkbox"
                checked={current.evidence.includes(sentence.id)}
                onChange={(event) =>
                  onChange({
                    ...current,
                    evidence: event.target.checked
                      ? [...current.evidence, sentence.id]
                      : current.evidence.filter((id) => id !== sentence.id),
                  })
                }
                className="mt-1 size-5 shrink-0"
              />
              <span>{sentence.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block">
        <span className="font-semibold">
          Reasoning: explain how your evidence supports your claim
        </span>
        <textarea
          defaultValue={current.reasoning}
          rows={6}
          maxLength={MAX_REASONING_LENGTH}
          onChange={(event) => {
            setLength(event.target.value.length);
            onChange({ ...current, reasoning: event.target.value }, { typing: true });
          }}
          className={selectClass}
          aria-describedby={`${question.id}-count`}
        />
        <span id={`${question.id}-count`} className="text-muted text-sm">
          {length} / {MAX_REASONING_LENGTH} characters
        </span>
      </label>
      <details className="text-sm">
        <summary className="cursor-pointer">How your teacher will score this</summary>
        <ul className="mt-2 list-disc pl-5">
          {question.rubric.map((criterion) => (
            <li key={criterion.label}>
              <strong>
                {criterion.label} ({criterion.points} {criterion.points === 1 ? "point" : "points"}
                ):
              </strong>{" "}
              {criterion.description}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
