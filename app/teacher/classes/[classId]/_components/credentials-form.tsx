"use client";

import { useActionState, type ReactNode } from "react";
import type { TAction } from "@/app/lib/action-state";
import { FormStateProvider } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { LoginCards } from "@/components/roster/login-cards";

type TCredentials = { displayName: string; username: string; password: string };

/**
 * A form whose action hands back one-time passwords. They are shown here once, on login cards
 * ready to print, and exist nowhere else: the server keeps only their hashes.
 */
export function CredentialsForm({
  action,
  children,
  label,
  className,
}: {
  action: TAction<TCredentials[]>;
  children: ReactNode;
  label: string;
  /** The class, named on each login card. */
  className: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const credentials = state?.ok ? (state.data ?? []) : [];
  return (
    <FormStateProvider value={state}>
      <form action={formAction} noValidate aria-label={label} className="space-y-3">
        <FormMessage state={state} />
        {children}
      </form>
      {credentials.length > 0 && <LoginCards credentials={credentials} className={className} />}
    </FormStateProvider>
  );
}
