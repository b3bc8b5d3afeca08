// npm run build:if-stale — runs `next build` only when what it reads changed since the last build
// (scripts/build-key.ts), so `npm start` stays quick on the second run. Honours NEXT_DIST_DIR like next.config.js does.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildKey } from "./build-key";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const stampFile = path.join(distDir, "debrief-build-stamp");
const stamp = buildKey(process.cwd(), process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);

const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile);
if (built && readFileSync(stampFile, "utf8") === stamp) {
  console.log(`Build in ${distDir} is up to date.`);
} else {
  const result = spawnSync("next", ["build"], { stdio: "inherit", shell: false, env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, stamp);
}
