"use client";

import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { useActionState, type ReactNode } from "react";
import type { TAction } from "@/app/lib/action-state";
import { FormStateProvider } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

type TCredentials = { displayName: string; username: string; password: string };

/**
 * A form whose action hands back one-time passwords. They are shown here once, ready to print,
 * and exist nowhere else: the server keeps only their hashes.
 */
export function CredentialsForm({
  action,
  children,
  label,
}: {
  action: TAction<TCredentials[]>;
  children: ReactNode;
  label: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const credentials = state?.ok ? (state.data ?? []) : [];
  return (
    <FormStateProvider value={state}>
      <form action={formAction} noValidate aria-label={label} className="space-y-3">
        <FormMessage state={state} />
        {children}
      </form>
      {credentials.length > 0 && (
        <div className="mt-4">
          <Table className="mt-0" tableClassName="border-line border">
            <caption className="text-muted mb-2 text-left text-sm">
              One-time passwords: each student must choose a new password when they first sign in.
            </caption>
            <thead>
              <tr>
                <Th className="border-line border">Name</Th>
                <Th className="border-line border">Username</Th>
                <Th className="border-line border">One-time password</Th>
              </tr>
            </thead>
            <tbody>
              {credentials.map((entry) => (
                <tr key={entry.username}>
                  <Td className="border-line border">{entry.displayName}</Td>
                  <Td className="border-line border font-mono">{entry.username}</Td>
                  <Td className="border-line border font-mono">{entry.password}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <button
            type="button"
            onClick={() => window.print()}
            className={buttonClass({ variant: "secondary" }, "mt-3")}
          >
            Print
          </button>
        </div>
      )}
    </FormStateProvider>
  );
}
