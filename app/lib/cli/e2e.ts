// npm run test:e2e — the Playwright suite against a production build: a fresh SQLite database in a
// temporary folder, `next build` into .next-test, `next start` on a free port (see playwright.config.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/e2e/torture/harness";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`e2e: ${command} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "debrief-e2e-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-test",
  DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`,
  E2E_PORT: String(process.env.E2E_PORT ?? (await freePort())),
};
try {
  run("tsx", ["app/lib/cli/db.ts", "migrate"], env);
  run("tsx", ["--conditions=react-server", "app/lib/cli/seed.ts"], env);
  run("tsx", ["app/lib/cli/build.ts"], { ...env, NODE_ENV: "production" });
  run("playwright", ["test", ...process.argv.slice(2)], env);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
