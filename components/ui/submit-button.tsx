"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type TButtonStyle } from "./button";

/** Submit button that shows the form is working and cannot be double-submitted. */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  size,
  className,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & TButtonStyle & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || button.disabled}
      aria-disabled={pending || undefined}
      className={buttonClass({ variant, size }, className)}
      {...button}
    >
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}
