"use client";

import { useState, type ChangeEvent } from "react";
import { createArticleAction } from "@/app/teacher/articles/actions";
import {
  isAcceptedUpload,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_LABEL,
  UPLOAD_TOO_LARGE,
  UPLOAD_ACCEPT,
  UPLOAD_TYPES,
  UPLOAD_WRONG_TYPE,
} from "@/app/lib/authoring/limits";
import { ActionForm } from "@/components/ui/action-form";
import { Field, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The same limits the server enforces, checked on choosing the file so nobody uploads in vain. */
function uploadProblem(file: File): string | undefined {
  if (!isAcceptedUpload(file.name)) return UPLOAD_WRONG_TYPE;
  if (file.size > MAX_UPLOAD_BYTES) return UPLOAD_TOO_LARGE;
  return undefined;
}

export function NewArticleForm() {
  const [problem, setProblem] = useState<string>();
  const check = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    const found = file && uploadProblem(file);
    setProblem(found);
    // A refused file is not sent: the form goes on with the pasted text, if any.
    if (found) event.target.value = "";
  };
  return (
    <ActionForm action={createArticleAction} className="mt-6 space-y-5" label="New article">
      <Field
        label="Saved web page, text file or Debrief pack"
        name="file"
        type="file"
        accept={UPLOAD_ACCEPT}
        hint={`${UPLOAD_TYPES.join(", ")} — at most ${MAX_UPLOAD_LABEL}. A .zip is an article exported from Debrief: it comes back with its explainer and questions.`}
        errors={problem ? [problem] : undefined}
        onChange={check}
      />
      <TextAreaField
        label="…or paste the article's text"
        name="text"
        rows={10}
        hint="One paragraph per line. Leave this empty when you upload a file."
      />
      <SubmitButton pendingLabel="Reading the article…">Continue</SubmitButton>
    </ActionForm>
  );
}
