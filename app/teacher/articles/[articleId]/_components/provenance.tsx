"use client";

import { useState } from "react";
import type { TProvenance } from "@/app/lib/authoring/extract";
import { Field } from "@/components/ui/field";
import { AutosaveStatus } from "./autosave-status";
import { saveDraftPartAction } from "@/app/teacher/articles/actions";
import { useDraftAutosave } from "./use-draft-autosave";

const FIELDS: { name: keyof TProvenance; label: string; hint?: string; type?: string }[] = [
  { name: "title", label: "Headline" },
  { name: "byline", label: "Byline", hint: "The writer, as the article names them. Optional." },
  { name: "publisher", label: "Publisher", hint: "The newspaper, site or news agency." },
  { name: "publishedOn", label: "Date published", type: "date" },
  {
    name: "url",
    label: "Web address",
    hint: "Where students can find the original. Optional.",
    type: "url",
  },
];

/** Where the article comes from, saved as it is typed; the checks say what is still missing. */
export function ProvenanceEditor({
  articleId,
  revision,
  initial,
  initialSeq,
}: {
  articleId: string;
  /** The text revision the page was drawn from. */
  revision: number;
  initial: TProvenance;
  initialSeq: number;
}) {
  const [value, setValue] = useState(initial);
  const saver = useDraftAutosave<TProvenance>(
    saveDraftPartAction,
    { articleId, part: "provenance" },
    initialSeq,
    {
      initial,
      revision,
      baseField: "base",
      replace: setValue,
    },
  );
  return (
    <div className="mt-3 max-w-xl space-y-4" key={saver.shownKey}>
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          id={`provenance-${field.name}`}
          label={field.label}
          name={field.name}
          hint={field.hint}
          type={field.type ?? "text"}
          defaultValue={value[field.name]}
          onChange={(event) => {
            const next = { ...value, [field.name]: event.target.value };
            setValue(next);
            saver.update(next, true);
          }}
        />
      ))}
      <AutosaveStatus status={saver.status} retry={saver.retry} resolve={saver.resolve} />
    </div>
  );
}

export function ProvenanceView({ provenance }: { provenance: TProvenance }) {
  return (
    <dl className="mt-3 grid max-w-xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      {FIELDS.map((field) => (
        <div key={field.name} className="contents">
          <dt className="font-semibold">{field.label}</dt>
          <dd>{provenance[field.name] || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
