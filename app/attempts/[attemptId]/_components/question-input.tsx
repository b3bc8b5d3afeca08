"use client";

import { useState } from "react";
import type { TAnswer, TAnswerOf } from "@/app/lib/quiz/answers";
import type { TPublicQuestion } from "@/app/lib/quiz/public";

export type TSentenceOption = { id: string; paragraphId: string; text: string };

type TProps<T extends TPublicQuestion["type"]> = {
  question: Extract<TPublicQuestion, { type: T }>;
  answer: TAnswerOf<T> | undefined;
  /** `typing` answers are saved after a pause instead of at once. */
  onChange: (answer: TAnswer, options?: { typing?: boolean }) => void;
  sentences: TSentenceOption[];
};

const choiceClass =
  "border-line has-checked:border-accent has-checked:bg-card flex min-h-11 cursor-pointer items-start gap-3 rounded-md border p-3 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus";
const selectClass = "border-line bg-card text-ink mt-1 block w-full rounded-md border px-3 py-2";

export function QuestionInput(props: TProps<TPublicQuestion["type"]>) {
  const { question } = props;
  switch (question.type) {
    case "single":
    case "multiple":
      return <ChoiceInput {...(props as TProps<"single" | "multiple">)} />;
    case "truefalse":
      return <TrueFalseInput {...(props as TProps<"truefalse">)} />;
    case "fill":
      return <FillInput {...(props as TProps<"fill">)} />;
    case "ordering":
      return <OrderingInput {...(props as TProps<"ordering">)} />;
    case "matching":
      return <MatchingInput {...(props as TProps<"matching">)} />;
    case "sort":
      return <SortInput {...(props as TProps<"sort">)} />;
    case "find":
      return <FindInput {...(props as TProps<"find">)} />;
    case "cer":
      return <CerInput {...(props as TProps<"cer">)} />;
  }
}

function ChoiceInput({ question, answer, onChange }: TProps<"single" | "multiple">) {
  const multiple = question.type === "multiple";
  const chosen = new Set(
    multiple
      ? ((answer as TAnswerOf<"multiple"> | undefined)?.optionIds ?? [])
      : [(answer as TAnswerOf<"single"> | undefined)?.optionId].filter(Boolean),
  );
  return (
    <div className="space-y-2">
      {question.options.map((option) => (
        <label key={option.id} className={choiceClass}>
          <input
            type={multiple ? "checkbox" : "radio"}
            name={`${question.id}-choice`}
            value={option.id}
            checked={chosen.has(option.id)}
            onChange={(event) => {
              if (!multiple) return onChange({ optionId: option.id });
              const next = new Set(chosen);
              if (event.target.checked) next.add(option.id);
              else next.delete(option.id);
              onChange({
                optionIds: question.options.map((o) => o.id).filter((id) => next.has(id)),
              });
            }}
            className="mt-1 size-5 shrink-0"
          />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function TrueFalseInput({ question, answer, onChange }: TProps<"truefalse">) {
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

function FillInput({ question, answer, onChange }: TProps<"fill">) {
  return (
    <label className="block">
      <span className="text-muted text-sm">Your answer</span>
      <input
        type="text"
        defaultValue={answer?.text ?? ""}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => onChange({ text: event.target.value }, { typing: true })}
        className={selectClass}
        aria-describedby={`${question.id}-prompt`}
      />
    </label>
  );
}

function OrderingInput({ question, answer, onChange }: TProps<"ordering">) {
  const [announcement, setAnnouncement] = useState("");
  const byId = new Map(question.items.map((item) => [item.id, item]));
  const order = answer?.order ?? question.items.map((item) => item.id);
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...order];
    [next[index], next[target]] = [next[target] ?? "", next[index] ?? ""];
    onChange({ order: next });
    setAnnouncement(
      `${byId.get(order[index] ?? "")?.text ?? "Item"} moved to position ${target + 1} of ${order.length}.`,
    );
  };
  return (
    <div>
      <ol className="space-y-2">
        {order.map((id, index) => (
          <li
            key={id}
            className="border-line bg-card flex flex-wrap items-center gap-2 rounded-md border p-2"
          >
            <span className="text-muted w-6 text-right font-mono">{index + 1}.</span>
            <span className="min-w-40 flex-1">{byId.get(id)?.text}</span>
            <button
              type="button"
              onClick={() => move(index, -1)}
              disabled={index === 0}
              className="border-line min-h-11 rounded-md border px-3 disabled:opacity-40"
              aria-label={`Move "${byId.get(id)?.text}" up`}
            >
              ↑ Up
            </button>
            <button
              type="button"
              onClick={() => move(index, 1)}
              disabled={index === order.length - 1}
              className="border-line min-h-11 rounded-md border px-3 disabled:opacity-40"
              aria-label={`Move "${byId.get(id)?.text}" down`}
            >
              ↓ Down
            </button>
          </li>
        ))}
      </ol>
      {!answer && (
        <button
          type="button"
          onClick={() => onChange({ order })}
          className="text-accent mt-2 min-h-11 underline"
        >
          Keep this order as my answer
        </button>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function MatchingInput({ question, answer, onChange }: TProps<"matching">) {
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

function SortInput({ question, answer, onChange }: TProps<"sort">) {
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

function FindInput({ question, answer, onChange, sentences }: TProps<"find">) {
  return (
    <fieldset>
      <legend className="text-muted text-sm">Choose the sentence in the article</legend>
      <div className="mt-2 max-h-96 space-y-1 overflow-y-auto font-serif">
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

function CerInput({ question, answer, onChange, sentences }: TProps<"cer">) {
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
        <div className="mt-2 max-h-80 space-y-1 overflow-y-auto font-serif">
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
          maxLength={2000}
          onChange={(event) => {
            setLength(event.target.value.length);
            onChange({ ...current, reasoning: event.target.value }, { typing: true });
          }}
          className={selectClass}
          aria-describedby={`${question.id}-count`}
        />
        <span id={`${question.id}-count`} className="text-muted text-sm">
          {length} / 2000 characters
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
