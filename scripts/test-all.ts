// npm test — every check, in order, stopping at the first that fails, then a table of each phase's
// wall time so a slow phase is visible in every run (CI's included).
import { spawnSync } from "node:child_process";
import os from "node:os";

const PHASES: [name: string, script: string, args?: string[]][] = [
  ["lock", "check:lock"],
  ["lint", "lint"],
  ["types", "typecheck"],
  // The test fixture pack too: the Playwright suite serves it beside the shipped one.
  ["content", "content:check", ["content/articles", "e2e/fixtures/content"]],
  ["unit", "test:unit"],
  ["e2e", "test:e2e"],
  ["torture", "test:torture"],
  ["postgres", "test:postgres"],
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: [string, string, string][] = [];
let failed: string | null = null;
const started = performance.now();
for (const [name, script, args = []] of PHASES) {
  if (failed) {
    rows.push([name, "not run", ""]);
    continue;
  }
  const start = performance.now();
  const result = spawnSync("npm", ["run", script, ...(args.length > 0 ? ["--", ...args] : [])], {
    stdio: "inherit",
  });
  const ok = result.status === 0;
  rows.push([name, ok ? "passed" : "FAILED", seconds(performance.now() - start)]);
  if (!ok) failed = name;
}

const total = performance.now() - started;
console.log(`\nnpm test on ${os.cpus().length} cores, phase by phase:`);
for (const [name, status, time] of rows)
  console.log(`  ${name.padEnd(9)} ${status.padEnd(8)} ${time.padStart(9)}`);
console.log(`  ${"total".padEnd(9)} ${"".padEnd(8)} ${seconds(total).padStart(9)}`);
const count = (status: string) => rows.filter((row) => row[1] === status).length;
const notRun = count("not run");
console.log(
  `phases: ${count("passed")} passed, ${count("FAILED")} failed${notRun ? `, ${notRun} skipped` : ""}`,
);
process.exit(failed ? 1 : 0);
