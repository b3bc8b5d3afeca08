import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { demoAccountsPresent } from "@/app/lib/data/demo";
import { TimeZoneCookie } from "@/components/ui/time-zone";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Debrief — read the news critically", template: "%s · Debrief" },
  description:
    "Debrief helps students read a real news article, weigh the debate around it with evidence, and check what they understood.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the per-request nonce (set by proxy.ts) keeps every page dynamically rendered, which
  // the nonce-based CSP needs; Next applies the nonce to its own scripts.
  await headers();
  const demo = await demoAccountsPresent();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="bg-accent text-accent-ink sr-only rounded px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <TimeZoneCookie />
        <SiteHeader />
        {demo && (
          <aside
            aria-label="Demo accounts"
            className="border-b border-amber-700 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
          >
            This server has the demo accounts, whose passwords are published. Before real students
            use it, remove them with <code>npm run db:demo:remove</code>.
          </aside>
        )}
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-line text-muted border-t">
          <p className="mx-auto max-w-5xl px-4 py-4 text-sm">
            Debrief quotes news articles for teaching; each explainer says who wrote it and its
            questions.
          </p>
        </footer>
      </body>
    </html>
  );
}
