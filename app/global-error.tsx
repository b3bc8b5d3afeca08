"use client";

import Link from "next/link";
import "./globals.css";

// Shown when the root layout itself fails, so it brings its own <html> and <body>; plain HTML,
// since the layout's header and scripts may be what broke.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="bg-page text-ink mx-auto max-w-prose p-6 font-sans">
        <main>
          <h1 className="text-3xl font-bold">Debrief is having trouble</h1>
          <p className="mt-4">
            The site could not be shown just now. Nothing you saved before is lost. Please try again
            in a minute; if it keeps happening, tell whoever runs Debrief at your school.
          </p>
          {error.digest && (
            <p className="text-muted mt-2 text-sm">
              Reference: <code>{error.digest}</code>
            </p>
          )}
          <p className="mt-6">
            <Link href="/">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
