// npm run build:if-stale — runs `next build` only when the sources changed since the last build,
// so `npm start` stays quick on the second run. Honours NEXT_DIST_DIR like next.config.js does.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "content",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["node_modules", "generated"]);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const stampFile = path.join(distDir, "debrief-build-stamp");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(entry).sort()) {
    if (!SKIP.has(child)) yield* files(path.join(entry, child));
  }
}

const hash = createHash("sha256");
for (const file of INPUTS.flatMap((input) => [...files(input)])) {
  const { size, mtimeMs } = statSync(file);
  hash.update(`${file}\0${size}\0${mtimeMs}\n`);
}
// The Server Actions key is baked into the build, so a different key needs a new build.
hash.update(`key\0${process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? ""}\n`);
const stamp = hash.digest("hex");

const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile);
if (built && readFileSync(stampFile, "utf8") === stamp) {
  console.log(`Build in ${distDir} is up to date.`);
} else {
  const result = spawnSync("next", ["build"], { stdio: "inherit", shell: false, env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, stamp);
}
