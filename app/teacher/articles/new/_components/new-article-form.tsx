"use client";

import { useState, type ChangeEvent } from "react";
import { createArticleAction } from "@/app/teacher/articles/actions";
import {
  isAcceptedUpload,
  isSingleFilePage,
  MAX_SINGLE_FILE_BYTES,
  MAX_SINGLE_FILE_LABEL,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_LABEL,
  NOT_A_SAVED_PAGE,
  PAGE_TOO_LARGE,
  SINGLE_FILE_TOO_LARGE,
  UPLOAD_TOO_LARGE,
  UPLOAD_ACCEPT,
  UPLOAD_TYPES,
  UPLOAD_WRONG_TYPE,
} from "@/app/lib/authoring/limits";
import { pageOnlyMhtml } from "@/app/lib/authoring/mhtml";
import { sizeText } from "@/app/lib/words";
import { ActionForm } from "@/components/ui/action-form";
import { Field, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The same limits the server enforces, checked on choosing the file so nobody uploads in vain. */
function uploadProblem(file: File): string | undefined {
  if (!isAcceptedUpload(file.name)) return UPLOAD_WRONG_TYPE;
  if (isSingleFilePage(file.name) && file.size > MAX_SINGLE_FILE_BYTES)
    return SINGLE_FILE_TOO_LARGE;
  if (!isSingleFilePage(file.name) && file.size > MAX_UPLOAD_BYTES) return UPLOAD_TOO_LARGE;
  return undefined;
}

/**
 * A large single-file page cut down to the page inside it, so its pictures are never sent; a
 * problem when there is no page in it or the page alone is over the limit.
 */
async function pageOnly(file: File): Promise<File | string> {
  const slim = pageOnlyMhtml(await file.text());
  if (slim === null) return NOT_A_SAVED_PAGE;
  const page = new File([slim], file.name, { type: file.type });
  return page.size > MAX_UPLOAD_BYTES ? PAGE_TOO_LARGE : page;
}

export function NewArticleForm() {
  const [problem, setProblem] = useState<string>();
  const [note, setNote] = useState<string>();
  const [reading, setReading] = useState(false);
  const check = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    setNote(undefined);
    let found = file && uploadProblem(file);
    if (file && !found && isSingleFilePage(file.name) && file.size > MAX_UPLOAD_BYTES) {
      setReading(true);
      const page = await pageOnly(file);
      setReading(false);
      if (typeof page === "string") found = page;
      else {
        const transfer = new DataTransfer();
        transfer.items.add(page);
        input.files = transfer.files;
        setNote(
          `Only the page is sent, ${sizeText(page.size)} of the file's ${sizeText(file.size)}: its pictures stay on this computer.`,
        );
      }
    }
    setProblem(found);
    // A refused file is not sent: the form goes on with the pasted text, if any.
    if (found) input.value = "";
  };
  return (
    <ActionForm action={createArticleAction} className="mt-6 space-y-5" label="New article">
      <Field
        label="Saved web page, text file or Debrief pack"
        name="file"
        type="file"
        accept={UPLOAD_ACCEPT}
        hint={`${UPLOAD_TYPES.join(", ")} — at most ${MAX_UPLOAD_LABEL}; a single-file page (.mhtml) of any size up to ${MAX_SINGLE_FILE_LABEL}, as only its page is sent. A .zip is an article exported from Debrief: it comes back with its explainer and questions.`}
        errors={problem ? [problem] : undefined}
        onChange={check}
      />
      <p role="status" className="text-muted text-sm">
        {reading ? "Reading the saved page…" : note}
      </p>
      <TextAreaField
        label="…or paste the article's text"
        name="text"
        rows={10}
        hint="One paragraph per line. Leave this empty when you upload a file."
      />
      <SubmitButton pendingLabel="Reading the article…" disabled={reading}>
        Continue
      </SubmitButton>
    </ActionForm>
  );
}
