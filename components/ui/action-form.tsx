"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { TAction, TActionState } from "@/app/lib/action-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const FormStateContext = createContext<TActionState<unknown> | undefined>(undefined);

/** For forms that run useActionState themselves but still want Field's errors and values. */
export const FormStateProvider = FormStateContext;

/** The latest result of the enclosing ActionForm: fields read their errors and values from it. */
export function useActionFormState(): TActionState<unknown> | undefined {
  return useContext(FormStateContext);
}

/**
 * A form bound to a server action. Server components compose it with Field and SubmitButton;
 * the outcome is announced above the fields, and each field shows its own errors.
 */
export function ActionForm<TData>({
  action,
  children,
  className = "space-y-4",
  label,
}: {
  action: TAction<TData>;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction] = useActionState(action, undefined);
  return (
    <FormStateContext value={state}>
      <form action={formAction} className={className} noValidate aria-label={label}>
        <FormMessage state={state} />
        {children}
      </form>
    </FormStateContext>
  );
}

/** A one-button form for a single action on a record (hidden fields carry its ids). */
export function ActionButton<TData>({
  action,
  fields,
  children,
  variant = "secondary",
}: {
  action: TAction<TData>;
  fields: Record<string, string>;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <ActionForm action={action} className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{children}</SubmitButton>
    </ActionForm>
  );
}
