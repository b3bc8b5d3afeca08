import type { TProvenance } from "@/app/lib/authoring/extract";
import { saveProvenanceAction } from "@/app/teacher/articles/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

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

export function ProvenanceForm({
  articleId,
  provenance,
}: {
  articleId: string;
  provenance: TProvenance;
}) {
  return (
    <ActionForm
      action={saveProvenanceAction}
      className="mt-3 max-w-xl space-y-4"
      label="Where it comes from"
    >
      <input type="hidden" name="articleId" value={articleId} />
      {FIELDS.map((field) => (
        <Field
          key={`${field.name}-${provenance[field.name]}`}
          id={`provenance-${field.name}`}
          label={field.label}
          name={field.name}
          hint={field.hint}
          type={field.type ?? "text"}
          defaultValue={provenance[field.name]}
        />
      ))}
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </ActionForm>
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
