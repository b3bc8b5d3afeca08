"use client";

import { useActionState } from "react";
import { importQuestionsAction } from "@/app/teacher/articles/actions";
import { QUESTION_FILE_ACCEPT } from "@/app/lib/schemas/articles";
import type { TImportOutcome } from "@/app/lib/exchange/import-common";
import { FormStateProvider } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";

const OUTCOME_WORDS: Record<TImportOutcome, string> = {
  imported: "Imported",
  mapped: "Imported, changed",
  skipped: "Skipped",
};

/** Upload a Moodle XML or GIFT file; the report says what became of each question in it. */
export function ImportQuestions({ articleId }: { articleId: string }) {
  const [state, formAction] = useActionState(importQuestionsAction, undefined);
  const report = state?.data?.report ?? [];
  return (
    <FormStateProvider value={state}>
      <form
        action={formAction}
        className="mt-3 space-y-3"
        noValidate
        aria-label="Import questions from a file"
      >
        <FormMessage state={state} />
        <input type="hidden" name="articleId" value={articleId} />
        <Field
          label="Moodle XML or GIFT file"
          name="file"
          type="file"
          accept={QUESTION_FILE_ACCEPT}
          hint="From Moodle's question bank (Export, Moodle XML or GIFT format), or another tool that writes them. At most 2 MB."
        />
        <SubmitButton variant="secondary">Import questions</SubmitButton>
      </form>
      {report.length > 0 && (
        <Table className="mt-4">
          <caption className="text-left font-semibold">What the file held</caption>
          <thead>
            <Tr>
              <Th>Question</Th>
              <Th>Where</Th>
              <Th>Outcome</Th>
              <Th>Why</Th>
            </Tr>
          </thead>
          <tbody>
            {report.map((line, index) => (
              <Tr key={index} className="align-top">
                <Th scope="row">{line.name}</Th>
                <Td>{line.where}</Td>
                <Td>{OUTCOME_WORDS[line.outcome]}</Td>
                <Td>{line.reason}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </FormStateProvider>
  );
}
