"use client";

import { useActionFormState } from "@/components/ui/action-form";
import { SentencePicker } from "../sentence-picker";
import type { TKindEditorProps } from "./kind-editor";

/** The sentences a student may point to, picked in the article. */
export function FindEditor({ idPrefix, question, onChange, paragraphs }: TKindEditorProps<"find">) {
  const errors = useActionFormState()?.errors?.accepted;
  return (
    <div>
      <h4 id={`${idPrefix}-accepted-heading`} className="font-semibold">
        Sentences that answer it
      </h4>
      <p className="text-muted text-sm">{question.accepted.length} chosen.</p>
      {errors?.length ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-300">{errors.join(" ")}</p>
      ) : null}
      <SentencePicker
        id={`${idPrefix}-accepted`}
        label="Sentences that answer it"
        paragraphs={paragraphs}
        picked={question.accepted}
        onToggle={(id) =>
          onChange({
            ...question,
            accepted: question.accepted.includes(id)
              ? question.accepted.filter((a) => a !== id)
              : [...question.accepted, id],
          })
        }
      />
    </div>
  );
}
