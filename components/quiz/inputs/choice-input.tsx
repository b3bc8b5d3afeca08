"use client";

import { choiceClass, type TInputProps, type TPublicChoice } from "./input-props";

/** Options as radios (one answer) or checkboxes (several). */
function OptionList({
  name,
  options,
  chosen,
  multiple,
  onToggle,
}: {
  name: string;
  options: readonly TPublicChoice[];
  chosen: ReadonlySet<string>;
  multiple: boolean;
  onToggle: (optionId: string, checked: boolean) => void;
}) {
  return (
    <div className="space-y-2">
      {options.map((option) => (
        <label key={option.id} className={choiceClass}>
          <input
            type={multiple ? "checkbox" : "radio"}
            name={name}
            value={option.id}
            checked={chosen.has(option.id)}
            onChange={(event) => onToggle(option.id, event.target.checked)}
            className="mt-1 size-5 shrink-0"
          />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

export function SingleInput({ question, answer, onChange }: TInputProps<"single">) {
  return (
    <OptionList
      name={`${question.id}-choice`}
      options={question.options}
      chosen={new Set(answer ? [answer.optionId] : [])}
      multiple={false}
      onToggle={(optionId) => onChange({ optionId })}
    />
  );
}

export function MultipleInput({ question, answer, onChange }: TInputProps<"multiple">) {
  const chosen = new Set(answer?.optionIds ?? []);
  return (
    <OptionList
      name={`${question.id}-choice`}
      options={question.options}
      chosen={chosen}
      multiple
      onToggle={(optionId, checked) => {
        const next = new Set(chosen);
        if (checked) next.add(optionId);
        else next.delete(optionId);
        onChange({ optionIds: question.options.map((o) => o.id).filter((id) => next.has(id)) });
      }}
    />
  );
}
