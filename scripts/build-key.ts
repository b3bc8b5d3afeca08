// What `next build` reads, and a key over it: the build is stale exactly when this key changes.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Content packs are read at run time (app/lib/content/load.ts), tests are not built, and
// node_modules is covered by the lock file. The generated Prisma client is built in.
const INPUTS = [
  "app",
  "components",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const SKIP_DIRS = new Set(["node_modules"]);
const SKIP_FILE = /\.test\.tsx?$/;

function* files(root: string, entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (!statSync(full).isDirectory()) {
    if (!SKIP_FILE.test(entry)) yield entry;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    if (!SKIP_DIRS.has(child)) yield* files(root, path.join(entry, child));
  }
}

/** A hash of every file the build reads (by content, so a fresh clone or install matches) and the Server Actions key. */
export function buildKey(root: string, actionsKey: string | undefined): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((input) => [...files(root, input)])) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  }
  // The Server Actions key is baked into the build, so a different key needs a new build.
  hash.update(`key\0${actionsKey ?? ""}\n`);
  return hash.digest("hex");
}
