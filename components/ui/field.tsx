"use client";

import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useActionFormState } from "./action-form";

type TFieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
};

const inputClass =
  "border-line bg-card text-ink mt-1 block w-full rounded-md border px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

/** Errors and the echoed value for a field, from the enclosing ActionForm's last result. */
function useFieldState(name: string, errors: string[] | undefined) {
  const state = useActionFormState();
  return { errors: errors ?? state?.errors?.[name], value: state?.values?.[name] };
}

/** A labelled input with its hint and errors wired to it for screen readers. */
export function Field({
  label,
  name,
  hint,
  ...props
}: TFieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { errors: ownErrors, ...input } = props;
  const { errors, value } = useFieldState(name, ownErrors);
  const id = input.id ?? `field-${name}`;
  const describedBy =
    [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        {...input}
        defaultValue={input.type === "password" ? undefined : (value ?? input.defaultValue)}
        key={value}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  hint,
  ...props
}: TFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { errors: ownErrors, ...textarea } = props;
  const { errors, value } = useFieldState(name, ownErrors);
  const id = textarea.id ?? `field-${name}`;
  const describedBy =
    [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
        {...textarea}
        defaultValue={value ?? textarea.defaultValue}
        key={value}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
      {errors.join(" ")}
    </p>
  );
}
