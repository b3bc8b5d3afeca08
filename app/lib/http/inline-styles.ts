import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// next.config.js inlines the stylesheet into each page's <head> so the first paint needs no
// second request. React drops the nonce from such hoisted <style> tags, so the CSP admits them
// by hash instead: the build's own CSS files, hashed once per process (a build never changes
// under a running server).
let hashes: string | undefined;

/** CSP source expressions ('sha256-…') for every stylesheet of the build this server runs. */
export function inlineStyleHashes(distDir = process.env.NEXT_DIST_DIR || ".next"): string {
  if (hashes !== undefined) return hashes;
  const chunks = path.join(process.cwd(), distDir, "static", "chunks");
  let files: string[] = [];
  try {
    files = readdirSync(chunks).filter((name) => name.endsWith(".css"));
  } catch {
    // No build (next dev): development admits inline styles another way; see proxy.ts.
  }
  hashes = files
    .map((name) => {
      const digest = createHash("sha256")
        .update(readFileSync(path.join(chunks, name)))
        .digest("base64");
      return `'sha256-${digest}'`;
    })
    .join(" ");
  return hashes;
}
