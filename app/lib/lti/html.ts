import { randomBytes } from "node:crypto";

// The few pages the LTI routes answer with themselves (login, launch, deep-link return): plain
// HTML with one script at most, under a CSP of their own, framable only by the platform.

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A value for a script: JSON with `<` escaped, so no string can close the script element. */
export function scriptValue(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}

type TPage = {
  title: string;
  /** HTML, already escaped where it holds text from outside. */
  body: string;
  /** Runs with the page's nonce. */
  script?: string;
  status?: number;
  /** Origins that may show the page in a frame (the platform's); none: not framable. */
  frameOrigins?: readonly string[];
  /** Where forms on the page may post (the platform's return URL, say). */
  formActions?: readonly string[];
  headers?: HeadersInit;
};

export function htmlPage(page: TPage): Response {
  const nonce = randomBytes(16).toString("base64");
  const ancestors = page.frameOrigins?.length ? page.frameOrigins.join(" ") : "'none'";
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    `form-action 'self' ${(page.formActions ?? []).join(" ")}`.trim(),
    `frame-ancestors ${ancestors}`,
    "base-uri 'none'",
  ].join("; ");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · Debrief</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2937}button{font:inherit;padding:.5rem 1rem}</style>
</head><body><main>${page.body}</main>${page.script ? `<script nonce="${nonce}">${page.script}</script>` : ""}</body></html>`;
  const headers = new Headers(page.headers);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Content-Security-Policy", csp);
  headers.set("Cache-Control", "no-store");
  headers.set("X-Content-Type-Options", "nosniff");
  // "same-origin", not "no-referrer": under no-referrer a form posts Origin: null, and /lti/finish
  // accepts only our own origin.
  headers.set("Referrer-Policy", "same-origin");
  return new Response(html, { status: page.status ?? 200, headers });
}

/** A form that posts itself at once (a button for a browser that runs no script). */
export function autoPostForm(
  action: string,
  fields: Record<string, string>,
  label: string,
): {
  body: string;
  script: string;
} {
  const inputs = Object.entries(fields)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join("");
  return {
    body: `<form method="post" action="${escapeHtml(action)}">${inputs}<p><button type="submit">${escapeHtml(label)}</button></p></form>`,
    script: "document.forms[0].submit();",
  };
}

/** A page that says why a launch or registration stopped, and what to do. */
export function refusalPage(message: string, status = 400): Response {
  return htmlPage({
    title: "Debrief could not open",
    status,
    frameOrigins: ["*"],
    body: `<h1>Debrief could not open</h1><p role="alert">${escapeHtml(message)}</p>`,
  });
}
