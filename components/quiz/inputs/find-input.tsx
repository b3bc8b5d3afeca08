"use client";

import { choiceClass, type TInputProps } from "./input-props";

export function FindInput({ question, answer, onChange, sentences }: TInputProps<"find">) {
  return (
    <fieldset>
      <legend className="text-muted text-sm">Choose the sentence in the article</legend>
      <div className="mt-2 space-y-1">
        {sentences.map((sentence) => (
          <label key={sentence.id} className={choiceClass}>
            <input
              type="radio"
              name={`${question.id}-sentence`}
              checked={answer?.sentenceId === sentence.id}
              onChange={() => onChange({ sentenceId: sentence.id })}
              className="mt-1 size-5 shrink-0"
            />
            <span>{sentence.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
