"use client";

import { useId, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { inputClass } from "./field";

const noSubscription = () => () => {};

/**
 * A link to hand out (a class's invite), in full, with a button that copies it. The site's address
 * is the one the teacher's browser is on, so the link is right behind any proxy; the server's
 * render shows the path until the browser fills it in.
 */
export function CopyLink({ path, label }: { path: string; label: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}${path}`;
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const [said, setSaid] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid("Copied the link.");
    } catch {
      // No clipboard (an old browser, or permission refused): select it for Ctrl+C.
      field.current?.select();
      setSaid("Selected: press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          ref={field}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={cn(inputClass, "mt-0 max-w-md font-mono")}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
      <p role="status" className="text-muted min-h-5 text-sm">
        {said}
      </p>
    </div>
  );
}
