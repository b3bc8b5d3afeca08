"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";

type TCredentials = { displayName: string; username: string; password: string };

/**
 * One card per new student, to print and cut out: where to sign in, their username and one-time
 * password. Shown once: the server keeps only the passwords' hashes.
 */
export function LoginCards({
  credentials,
  className,
}: {
  credentials: TCredentials[];
  className: string;
}) {
  // The address students type, as this browser reached the server (known only in the browser).
  const signIn = useSyncExternalStore(
    noChanges,
    () => `${window.location.origin}/sign-in`,
    () => "",
  );
  return (
    <div className="login-cards mt-4">
      <p className="text-muted text-sm print:hidden">
        Each student chooses their own password the first time they sign in.
      </p>
      <button
        type="button"
        onClick={() => window.print()}
        className={buttonClass({ variant: "secondary" }, "mt-2")}
      >
        Print login cards
      </button>
      <ul aria-label="Login cards" className="mt-3 grid gap-3 sm:grid-cols-2 print:grid-cols-2">
        {credentials.map((entry) => (
          <li
            key={entry.username}
            className="border-line break-inside-avoid rounded border border-dashed p-3"
          >
            <p className="font-semibold">{entry.displayName}</p>
            <p className="text-muted text-sm">{className}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt>Sign in at</dt>
              <dd className="font-mono break-all">{signIn}</dd>
              <dt>Username</dt>
              <dd className="font-mono">{entry.username}</dd>
              <dt>Password</dt>
              <dd className="font-mono">{entry.password}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The page's address does not change while the cards are shown. */
function noChanges() {
  return () => {};
}
