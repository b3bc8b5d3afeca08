"use client";

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
          <table className="border-line w-full border-collapse border text-left">
            <caption className="text-muted mb-2 text-left text-sm">
              One-time passwords: each student must choose a new password when they first sign in.
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border-line border p-2">
                  Name
                </th>
                <th scope="col" className="border-line border p-2">
                  Username
                </th>
                <th scope="col" className="border-line border p-2">
                  One-time password
                </th>
              </tr>
            </thead>
            <tbody>
              {credentials.map((entry) => (
                <tr key={entry.username}>
                  <td className="border-line border p-2">{entry.displayName}</td>
                  <td className="border-line border p-2 font-mono">{entry.username}</td>
                  <td className="border-line border p-2 font-mono">{entry.password}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() => window.print()}
            className="border-line mt-3 min-h-11 rounded-md border px-4 font-semibold"
          >
            Print
          </button>
        </div>
      )}
    </FormStateProvider>
  );
}
