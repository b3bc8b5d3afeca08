"use client";

import { TextAreaField } from "@/components/ui/field";
import type { TKindEditorProps } from "./kind-editor";

/** The answers that count as right, one per line (matching ignores case and extra spaces). */
export function FillEditor({ idPrefix, question, onChange }: TKindEditorProps<"fill">) {
  return (
    <TextAreaField
      id={`${idPrefix}-accepted`}
      required
      label="Accepted answers, one per line"
      name="accepted"
      rows={3}
      defaultValue={question.accepted.join("\n")}
      hint="Every spelling or wording you will accept."
      onChange={(event) =>
        onChange({
          ...question,
          accepted: event.target.value
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== ""),
        })
      }
    />
  );
}
