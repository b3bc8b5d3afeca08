"use client";

import type { ReactNode } from "react";
import { hasTyped } from "@/app/lib/authoring/typed";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The first letter id (a, b, …) the list does not use yet. */
export function freeId(items: readonly { id: string }[], prefix = ""): string {
  for (const letter of LETTERS) {
    if (!items.some((item) => item.id === `${prefix}${letter}`)) return `${prefix}${letter}`;
  }
  return `${prefix}${items.length + 1}`;
}

/**
 * A question's list of things (options, items, pairs, categories, …), each in its own fieldset
 * with a remove button, and a button that adds one. Rows are keyed by id so typing stays put when
 * another row goes.
 */
export function ListEditor<T extends { id: string }>({
  items,
  onChange,
  noun,
  idPrefix = "",
  min,
  max = 12,
  make,
  row,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  /** What one row is called: "option", "item", … */
  noun: string;
  /** Before each new row's letter, where the list's ids must differ from another list's. */
  idPrefix?: string;
  min: number;
  max?: number;
  make: (id: string) => T;
  row: (item: T, index: number, update: (change: Partial<T>) => void) => ReactNode;
}) {
  const name = (item: T) => `${noun} ${item.id.toUpperCase()}`;
  return (
    <div className="space-y-4">
      {items.map((item, index) => (
        <fieldset key={item.id} className="border-line space-y-3 rounded-md border p-3">
          <legend className="px-1 font-semibold first-letter:uppercase">{name(item)}</legend>
          {row(item, index, (change) =>
            onChange(items.map((other, i) => (i === index ? { ...other, ...change } : other))),
          )}
          {items.length > min ? (
            <ConfirmButton
              size="sm"
              ask={hasTyped(item)}
              confirm={{
                title: `Remove ${name(item)}?`,
                body: "What is typed in it goes with it.",
                confirmLabel: `Remove ${name(item)}`,
              }}
              onConfirm={() => onChange(items.filter((_, i) => i !== index))}
            >
              Remove {name(item)}
            </ConfirmButton>
          ) : null}
        </fieldset>
      ))}
      {items.length < max ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => onChange([...items, make(freeId(items, idPrefix))])}
        >
          Add {/^[aeiou]/.test(noun) ? "an" : "a"} {noun}
        </Button>
      ) : null}
    </div>
  );
}
