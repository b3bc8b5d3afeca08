import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="bg-accent text-accent-ink sr-only rounded px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <header className="border-line border-b">
          <nav
            aria-label="Main"
            className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3"
          >
            <Link href="/" className="text-ink text-lg font-bold no-underline">
              Debrief
            </Link>
            <Link href="/#articles">Articles</Link>
          </nav>
        </header>
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <footer className="border-line text-muted border-t">
          <p className="mx-auto max-w-5xl px-4 py-4 text-sm">
            Debrief quotes news articles for teaching; explainers and questions are written by the
            Debrief team.
          </p>
        </footer>
      </body>
    </html>
  );
}
