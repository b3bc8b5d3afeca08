"use client";

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

// What a reader sees when a page fails on the server: what happened in words, a way to retry and
// a way home, and a reference to quote to whoever runs the server (the digest is in its log).
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4">
        This page could not be shown. Nothing you saved before is lost. Try again; if it keeps
        happening, tell your teacher or whoever runs Debrief at your school.
      </p>
      {error.digest && (
        <p className="text-muted mt-2 text-sm">
          Reference: <code>{error.digest}</code>
        </p>
      )}
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className={buttonClass()}>
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
