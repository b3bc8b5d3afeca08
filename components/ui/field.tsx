"use client";

import type { ChangeEvent, InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { useActionFormState } from "./action-form";

type TFieldProps = {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
  /** Marked beside the label before anything is sent (screen readers hear the attribute). */
  required?: boolean;
};

/** How every text control looks. */
export const inputClass =
  "border-line bg-card text-ink mt-1 block w-full rounded-md border px-3 py-2 text-base aria-invalid:border-red-700 dark:aria-invalid:border-red-400";

type TControlProps = {
  id: string;
  name: string;
  className: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  /** The value echoed back after a failed submit, if any. */
  echoed: string | undefined;
};

/**
 * Label, hint and errors around one control, wired together for screen readers; errors and the
 * echoed value come from the enclosing ActionForm's last result unless given.
 */
function FieldFrame({
  label,
  name,
  hint,
  errors: ownErrors,
  id: givenId,
  required,
  control,
}: TFieldProps & { id?: string; control: (props: TControlProps) => ReactNode }) {
  const state = useActionFormState();
  const errors = ownErrors ?? state?.errors?.[name];
  const id = givenId ?? `field-${name}`;
  const describedBy =
    [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <div className="flex flex-wrap items-baseline gap-x-1">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {/* Beside the label, not in it: the field's name stays its label alone. */}
        {required ? (
          <span aria-hidden="true" className="text-muted text-sm">
            (required)
          </span>
        ) : null}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      )}
      {control({
        id,
        name,
        className: inputClass,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy,
        echoed: state?.values?.[name],
      })}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input; typed values (never passwords) survive a failed submit. */
export function Field({
  label,
  name,
  hint,
  errors,
  ...input
}: TFieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame
      label={label}
      name={name}
      hint={hint}
      errors={errors}
      id={input.id}
      required={input.required}
      control={({ echoed, ...control }) => (
        <input
          {...input}
          {...control}
          defaultValue={input.type === "password" ? undefined : (echoed ?? input.defaultValue)}
          key={echoed}
        />
      )}
    />
  );
}

export function TextAreaField({
  label,
  name,
  hint,
  errors,
  ...textarea
}: TFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame
      label={label}
      name={name}
      hint={hint}
      errors={errors}
      id={textarea.id}
      required={textarea.required}
      control={({ echoed, ...control }) => (
        <textarea
          {...textarea}
          {...control}
          defaultValue={echoed ?? textarea.defaultValue}
          key={echoed}
        />
      )}
    />
  );
}

/** A labelled select whose options are given as value/label pairs. */
export function SelectField({
  id,
  label,
  name,
  options,
  defaultValue,
  onChange,
}: {
  /** Needed when the same field appears more than once on a page. */
  id?: string;
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
}) {
  return (
    <FieldFrame
      id={id}
      label={label}
      name={name}
      control={({ echoed, ...control }) => (
        <select {...control} defaultValue={echoed ?? defaultValue} key={echoed} onChange={onChange}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
