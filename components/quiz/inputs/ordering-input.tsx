"use client";

import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { useState } from "react";
import type { TInputProps } from "./input-props";

export function OrderingInput({ question, answer, onChange }: TInputProps<"ordering">) {
  const [announcement, setAnnouncement] = useState("");
  const byId = new Map(question.items.map((item) => [item.id, item]));
  const order = answer?.order ?? question.items.map((item) => item.id);
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...order];
    [next[index], next[target]] = [next[target] ?? "", next[index] ?? ""];
    onChange({ order: next });
    setAnnouncement(
      `${byId.get(order[index] ?? "")?.text ?? "Item"} moved to position ${target + 1} of ${order.length}.`,
    );
  };
  return (
    <div>
      <ol className="space-y-2">
        {order.map((id, index) => (
          // A grid, not a wrapping row: the buttons stay in one column on every item and every
          // screen, so the next press lands where the last one did (they wrapped under long
          // items on a phone).
          <li
            key={id}
            className={cardClass(
              "grid grid-cols-[1.5rem_1fr_auto] items-center gap-2 rounded-md p-2",
            )}
          >
            <span className="text-muted text-right font-mono">{index + 1}.</span>
            <span className="min-w-0 break-words">{byId.get(id)?.text}</span>
            <span className="flex flex-col gap-1 sm:flex-row sm:gap-2">
              <button
                type="button"
                onClick={() => move(index, -1)}
                disabled={index === 0}
                className={buttonClass({ variant: "secondary", size: "sm" }, "font-normal")}
                aria-label={`Move "${byId.get(id)?.text}" up`}
              >
                ↑ Up
              </button>
              <button
                type="button"
                onClick={() => move(index, 1)}
                disabled={index === order.length - 1}
                className={buttonClass({ variant: "secondary", size: "sm" }, "font-normal")}
                aria-label={`Move "${byId.get(id)?.text}" down`}
              >
                ↓ Down
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!answer && (
        <button
          type="button"
          onClick={() => onChange({ order })}
          className={buttonClass({ variant: "link" }, "mt-2")}
        >
          Keep this order as my answer
        </button>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
