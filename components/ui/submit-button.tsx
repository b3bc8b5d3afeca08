"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

const variants = {
  primary: "bg-accent text-accent-ink border-accent",
  secondary: "bg-card text-ink border-line",
  danger: "border-red-700 bg-card text-red-800 dark:border-red-400 dark:text-red-300",
} as const;

/** Submit button that shows the form is working and cannot be double-submitted. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  pendingLabel?: string;
  variant?: keyof typeof variants;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || button.disabled}
      aria-disabled={pending || undefined}
      className={`inline-flex min-h-11 items-center justify-center rounded-md border px-4 py-2 font-semibold disabled:opacity-70 ${variants[variant]} ${className}`}
      {...button}
    >
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}
