"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { rosterUploadAction } from "@/app/teacher/actions";
import { ROSTER_FORMATS } from "@/app/lib/rosters/parse-roster";
import { ROSTER_FILE_ACCEPT } from "@/app/lib/schemas/classes";
import { plural } from "@/app/lib/words";
import { FormStateProvider } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { LoginCards } from "@/components/roster/login-cards";

const FILE_NAMES = { users: "Students file", enrollments: "Enrollments file" } as const;

/**
 * A roster file for one class: previewed (who is created, who is not and why, every unreadable
 * row by line), then created all at once with the preview's fingerprint. The form is submitted
 * without React's reset, so the chosen files stay for the confirmation.
 */
export function RosterUpload({ classId, className }: { classId: string; className: string }) {
  const [state, formAction] = useActionState(rosterUploadAction, undefined);
  const [pending, startTransition] = useTransition();
  const preview = state?.data?.preview;
  const credentials = state?.data?.credentials ?? [];
  const skipped = preview?.rows.filter((row) => row.skip !== null) ?? [];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const native = event.nativeEvent as SubmitEvent;
    const data = new FormData(event.currentTarget, native.submitter);
    startTransition(() => formAction(data));
  }

  return (
    <FormStateProvider value={state}>
      <form onSubmit={submit} noValidate aria-label="Upload a roster" className="space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name="classId" value={classId} />
        <Field
          label={FILE_NAMES.users}
          name="users"
          type="file"
          accept={ROSTER_FILE_ACCEPT}
          hint="OneRoster 1.1 users.csv, a Clever-style students file, or a list of names (one per line, or columns headed First name and Last name). Excel's UTF-8 CSV is fine."
        />
        <Field
          label={`${FILE_NAMES.enrollments} (optional)`}
          name="enrollments"
          type="file"
          accept={ROSTER_FILE_ACCEPT}
          hint="OneRoster enrollments.csv: takes one class's students from a whole school's users.csv."
        />
        {preview && preview.classes.length > 1 && (
          <SelectField
            label="Class in the enrollments file"
            name="classSourcedId"
            options={preview.classes.map((entry) => ({
              value: entry.id,
              label: `${entry.id} (${plural(entry.students, "student")})`,
            }))}
          />
        )}
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className={buttonClass({ variant: "secondary" })}
        >
          {pending ? "Reading…" : "Preview"}
        </button>

        {preview && (
          <div className="space-y-3" aria-label="Roster preview" role="region">
            <p>
              Read as: {ROSTER_FORMATS[preview.format]}.{" "}
              {preview.problems.length > 0
                ? `Nothing can be created yet: ${plural(preview.problems.length, "row")} cannot be read`
                : `${plural(preview.toCreate.length, "account")} to create`}
              {skipped.length > 0 && `, ${plural(skipped.length, "row")} not created`}
              {preview.leftOut > 0 &&
                `, ${plural(preview.leftOut, "row")} left out (not students of this class)`}
              .
            </p>
            {preview.classes.length > 1 && preview.rows.length === 0 && (
              <p>The enrollments file names several classes: choose one, then preview again.</p>
            )}
            {preview.problems.length > 0 && (
              <Table className="mt-0">
                <caption className="text-left font-semibold">
                  Rows that cannot be read: nothing is created until the file is fixed
                </caption>
                <thead>
                  <Tr>
                    <Th>File</Th>
                    <Th>Line</Th>
                    <Th>Reason</Th>
                  </Tr>
                </thead>
                <tbody>
                  {preview.problems.map((problem) => (
                    <Tr key={`${problem.file}-${problem.line}`}>
                      <Td>{FILE_NAMES[problem.file]}</Td>
                      <Td>{problem.line}</Td>
                      <Td>{problem.reason}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
            {preview.rows.length > 0 && (
              <Table className="mt-0">
                <caption className="text-left font-semibold">Students in the file</caption>
                <thead>
                  <Tr>
                    <Th>Line</Th>
                    <Th>Name</Th>
                    <Th>What happens</Th>
                  </Tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <Tr key={row.line}>
                      <Td>{row.line}</Td>
                      <Th scope="row">{row.displayName}</Th>
                      <Td>
                        {row.skip !== null
                          ? `Not created: ${row.reason}`
                          : preview.problems.length > 0
                            ? "Created once the file is fixed"
                            : "Will be created"}
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            )}
            {preview.problems.length === 0 && preview.toCreate.length > 0 && (
              <>
                <p>
                  All {plural(preview.toCreate.length, "account")} are created together, or none is
                  if anything goes wrong. Each gets a one-time password, shown once on a login card
                  to print.
                </p>
                <input type="hidden" name="fingerprint" value={preview.fingerprint} />
                <button
                  type="submit"
                  name="intent"
                  value="create"
                  disabled={pending}
                  className={buttonClass({})}
                >
                  {pending
                    ? "Creating accounts…"
                    : `Create ${plural(preview.toCreate.length, "account")}`}
                </button>
              </>
            )}
          </div>
        )}
      </form>
      {credentials.length > 0 && <LoginCards credentials={credentials} className={className} />}
    </FormStateProvider>
  );
}
