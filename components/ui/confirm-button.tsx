"use client";

import { useActionState, useEffect, useRef, type ReactNode, type RefObject } from "react";
import type { TAction } from "@/app/lib/action-state";
import { Button, type TButtonStyle } from "./button";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

type TConfirm = {
  /** The question, naming the item: "Remove question q3?" */
  title: string;
  /** What is lost, in the item's own words. */
  body?: ReactNode;
  /** The confirming button: "Remove q3". */
  confirmLabel: string;
};

/**
 * A destructive action that asks first, naming what goes. The question is a modal dialog in the
 * middle of the screen, with "Keep it" focused: a double click, or a list sliding up under the
 * pointer after a removal, never confirms on its own; Escape cancels.
 */
function ConfirmDialog({
  trigger,
  confirm,
  variant = "danger",
  size,
  dialogRef: dialog,
  children,
}: {
  trigger: ReactNode;
  confirm: TConfirm;
  /** The dialog element: the caller closes it once the action has run. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  /** The confirming button. */
  children: ReactNode;
} & TButtonStyle) {
  return (
    <>
      <Button variant={variant} size={size} onClick={() => dialog.current?.showModal()}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-label={confirm.title}
        className="bg-card text-ink border-line m-auto max-w-md rounded-lg border p-5 shadow-xl backdrop:bg-black/50"
      >
        <h2 className="text-lg font-bold">{confirm.title}</h2>
        {confirm.body ? <div className="mt-2">{confirm.body}</div> : null}
        <div className="mt-4 flex flex-wrap justify-end gap-3">
          <Button variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
            Keep it
          </Button>
          {children}
        </div>
      </dialog>
    </>
  );
}

/**
 * A client-side removal (an item of a list being edited) that asks first, unless `ask` is false
 * (nothing typed in it would be lost).
 */
export function ConfirmButton({
  onConfirm,
  ask = true,
  ...props
}: {
  onConfirm: () => void;
  ask?: boolean;
  children: ReactNode;
  confirm: TConfirm;
} & TButtonStyle) {
  const dialog = useRef<HTMLDialogElement>(null);
  if (!ask)
    return (
      <Button variant={props.variant ?? "danger"} size={props.size} onClick={onConfirm}>
        {props.children}
      </Button>
    );
  return (
    <ConfirmDialog trigger={props.children} dialogRef={dialog} {...props}>
      <Button
        variant="danger"
        onClick={() => {
          dialog.current?.close();
          onConfirm();
        }}
      >
        {props.confirm.confirmLabel}
      </Button>
    </ConfirmDialog>
  );
}

/**
 * A one-button server action (hidden fields carry its ids) that asks first. Its outcome shows
 * beside the button; the dialog closes when the server has answered.
 */
export function ConfirmActionButton<TData>({
  action,
  fields,
  ...props
}: {
  action: TAction<TData>;
  fields: Record<string, string>;
  children: ReactNode;
  confirm: TConfirm;
} & TButtonStyle) {
  const [state, formAction] = useActionState(action, undefined);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (state) dialog.current?.close();
  }, [state]);
  return (
    <div className="space-y-2">
      <FormMessage state={state} />
      <ConfirmDialog trigger={props.children} dialogRef={dialog} {...props}>
        <form action={formAction}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton variant="danger">{props.confirm.confirmLabel}</SubmitButton>
        </form>
      </ConfirmDialog>
    </div>
  );
}
