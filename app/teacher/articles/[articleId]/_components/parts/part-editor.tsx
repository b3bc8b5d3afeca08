"use client";

import { useRef, useState } from "react";
import type { TDraftParagraph } from "@/app/lib/authoring/draft";
import { compareLevels, levelsLine, levelTexts } from "@/app/lib/article/readability";
import { hasTyped } from "@/app/lib/authoring/typed";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, TextAreaField } from "@/components/ui/field";
import { AutosaveStatus } from "../autosave-status";
import { SentencePicker } from "../sentence-picker";
import { saveDraftPartAction } from "@/app/teacher/articles/actions";
import { useAdoptStored, useDraftAutosave } from "../use-draft-autosave";
import type { TExplainerPart } from "@/app/lib/authoring/explainer-parts";
import { PART_SPECS, type TAnyFieldSpec } from "@/app/lib/authoring/part-specs";

type TPath = readonly (string | number)[];
type TRecord = Record<string, unknown>;

// List items carry a key of the editor's own, so that removing an item above does not hand its
// text to the one below (the fields are uncontrolled). It never leaves the browser.
const KEY = "_key";
let lastKey = 0;

function withKeys(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item: unknown) =>
      item !== null && typeof item === "object"
        ? { ...(withKeys(item) as TRecord), [KEY]: `k${(lastKey += 1)}` }
        : item,
    );
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withKeys(v)]));
}

function withoutKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== KEY)
      .map(([k, v]) => [k, withoutKeys(v)]),
  );
}

function getIn(value: unknown, path: TPath): unknown {
  return path.reduce<unknown>((node, key) => (node as TRecord | undefined)?.[key], value);
}

function setIn(value: unknown, path: TPath, next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  if (Array.isArray(value))
    return value.map((item: unknown, index) => (index === key ? setIn(item, rest, next) : item));
  const record = value as TRecord;
  return { ...record, [key]: setIn(record[key], rest, next) };
}

type TContext = {
  part: string;
  paragraphs: TDraftParagraph[];
  change: (path: TPath, next: unknown, typing: boolean) => void;
};

/** The element id of a field: the part, then its path (`people-0-about`), as the checks link it. */
const idOf = (part: string, path: TPath) => [part, ...path].join("-");

function gradeLine(value: unknown): string {
  const texts = levelTexts(value);
  return levelsLine(compareLevels(texts.standard, texts.simpler));
}

/**
 * One optional part of the explainer, saved as it is typed: its items' fields from its spec, a
 * live reading grade for the part at each level, sources picked in the text.
 */
export function PartEditor({
  articleId,
  revision,
  part,
  initial,
  initialSeq,
  acceptedDrafts,
  paragraphs,
}: {
  articleId: string;
  /** The text revision the page was drawn from. */
  revision: number;
  /** A name, not the spec: the spec holds functions, which cannot cross to the browser. */
  part: TExplainerPart;
  initial: unknown;
  initialSeq: number;
  /** How many drafts were accepted into it: when that changes, what is stored is shown. */
  acceptedDrafts: number;
  paragraphs: TDraftParagraph[];
}) {
  const spec = PART_SPECS.find((candidate) => candidate.part === part)!;
  const [value, setValue] = useState(() => withKeys(initial));
  const latest = useRef(value);
  const saver = useDraftAutosave<unknown>(saveDraftPartAction, { articleId, part }, initialSeq, {
    initial,
    revision,
    baseField: "base",
    replace: (next) => {
      latest.current = withKeys(next);
      setValue(latest.current);
    },
  });
  useAdoptStored(acceptedDrafts, initial, saver.adopt);
  const context: TContext = {
    part: spec.part,
    paragraphs,
    change: (path, next, typing) => {
      latest.current = setIn(latest.current, path, next);
      setValue(latest.current);
      saver.update(withoutKeys(latest.current), typing);
    },
  };
  return (
    <div className="mt-3 space-y-4" key={saver.shownKey}>
      <p className="text-muted text-sm">{gradeLine(withoutKeys(value))}</p>
      <Fields fields={spec.fields} value={value} path={[]} context={context} />
      <AutosaveStatus status={saver.status} retry={saver.retry} resolve={saver.resolve} />
    </div>
  );
}

function Fields({
  fields,
  value,
  path,
  context,
}: {
  fields: readonly TAnyFieldSpec[];
  value: unknown;
  path: TPath;
  context: TContext;
}) {
  return (
    <>
      {fields.map((field) => {
        const at = field.key === null ? path : [...path, field.key];
        return (
          <FieldView
            key={field.key ?? field.kind}
            field={field}
            value={getIn(value, field.key === null ? [] : [field.key])}
            path={at}
            context={context}
          />
        );
      })}
    </>
  );
}

function FieldView({
  field,
  value,
  path,
  context,
}: {
  field: TAnyFieldSpec;
  value: unknown;
  path: TPath;
  context: TContext;
}) {
  const id = idOf(context.part, path);
  switch (field.kind) {
    case "text":
      return (
        <Field
          id={id}
          name={id}
          label={field.label}
          hint={field.hint}
          defaultValue={typeof value === "string" ? value : ""}
          onChange={(event) => context.change(path, event.target.value, true)}
        />
      );
    case "lines":
      return (
        <TextAreaField
          id={id}
          name={id}
          label={field.label}
          hint={field.hint}
          rows={3}
          defaultValue={typeof value === "string" ? value : ""}
          onChange={(event) => context.change(path, event.target.value, true)}
        />
      );
    case "levels": {
      const levels = value as { standard: string; simpler: string };
      return (
        <div className="grid gap-3 md:grid-cols-2">
          {(["standard", "simpler"] as const).map((level) => (
            <TextAreaField
              key={level}
              id={`${id}-${level}`}
              name={`${id}-${level}`}
              label={`${field.label} (${level} level)`}
              rows={3}
              defaultValue={levels[level]}
              onChange={(event) => context.change([...path, level], event.target.value, true)}
            />
          ))}
        </div>
      );
    }
    case "cites":
      return <CitesField id={id} cites={value as string[]} path={path} context={context} />;
    case "list":
      return (
        <ListField id={id} field={field} items={value as unknown[]} path={path} context={context} />
      );
  }
}

function CitesField({
  id,
  cites,
  path,
  context,
}: {
  id: string;
  cites: string[];
  path: TPath;
  context: TContext;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button
        id={id}
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={`${id}-picker`}
        onClick={() => setOpen(!open)}
      >
        Sources: {cites.length > 0 ? cites.join(", ") : "none chosen"}
      </Button>
      {open ? (
        <div className="mt-2">
          <SentencePicker
            id={`${id}-picker`}
            label="Sentences it is based on"
            paragraphs={context.paragraphs}
            picked={cites}
            onToggle={(sentenceId) =>
              context.change(
                path,
                cites.includes(sentenceId)
                  ? cites.filter((cite) => cite !== sentenceId)
                  : [...cites, sentenceId],
                false,
              )
            }
          />
        </div>
      ) : null}
    </div>
  );
}

function ListField({
  id,
  field,
  items,
  path,
  context,
}: {
  id: string;
  field: Extract<TAnyFieldSpec, { kind: "list" }>;
  items: unknown[];
  path: TPath;
  context: TContext;
}) {
  return (
    <div id={id} className="space-y-4">
      {items.map((item, index) => {
        const name = `${field.item} ${index + 1}`;
        return (
          <fieldset
            key={(item as Record<string, string | undefined>)[KEY] ?? index}
            className="border-line space-y-3 rounded-md border p-3"
          >
            <legend className="px-1 font-semibold">{name}</legend>
            <Fields fields={field.fields} value={item} path={[...path, index]} context={context} />
            <ConfirmButton
              size="sm"
              ask={hasTyped(item)}
              confirm={{
                title: `Remove ${name.toLowerCase()}?`,
                body: "What is written in it, at both levels, goes with it.",
                confirmLabel: `Remove ${name.toLowerCase()}`,
              }}
              onConfirm={() =>
                context.change(
                  path,
                  items.filter((_, i) => i !== index),
                  false,
                )
              }
            >
              Remove {name.toLowerCase()}
            </ConfirmButton>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        size="sm"
        onClick={() =>
          context.change(path, [...items, ...(withKeys([field.blank()]) as unknown[])], false)
        }
      >
        {field.add}
      </Button>
    </div>
  );
}
