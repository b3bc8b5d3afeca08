// Vitest global setup: one temporary folder per run for the SQLite databases of every test file
// (test-support/databases.ts), removed when the run ends, pass or fail.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), "debrief-test-run-"));
  // Workers start after this and inherit the environment.
  process.env.DEBRIEF_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
