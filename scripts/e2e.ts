// npm run test:e2e — the Playwright suite against a production build: `next build` into
// .next-test, the production server (scripts/server.mjs) on a free port (see
// playwright.config.ts), on a fresh SQLite database in a temporary folder. With E2E_DATABASE_URL
// (a fresh PostgreSQL database, from npm run test:postgres) it runs on that instead, and adds the
// two-instance tests: a second server, from a second build made with the same Server Actions key
// (.next-test-b), on the same database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/test-support/harness";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`e2e: ${command} ${args.join(" ")} failed`);
    process.exit(result.status ?? 1);
  }
}

// A fixed key for test builds only: every instance of one build shares it anyway, and a fixed value
// keeps the build stamp (and so the build) the same between runs.
const TEST_ACTIONS_KEY = "ZGVicmllZi10ZXN0LWJ1aWxkcy1vbmx5LTMyLWJ5dGU=";

const postgresUrl = process.env.E2E_DATABASE_URL;
const SECOND_BUILD = ".next-test-b";
const dataDir = postgresUrl ? null : mkdtempSync(path.join(os.tmpdir(), "debrief-e2e-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: ".next-test",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: TEST_ACTIONS_KEY,
  DATABASE_URL: postgresUrl ?? `file:${path.join(dataDir ?? "", "e2e.db")}`,
  // A second pack with a debate of its own (three sides, its own sort categories), served beside
  // the shipped one so the suite proves nothing assumes the first article.
  CONTENT_DIRS: "content/articles:e2e/fixtures/content",
  E2E_PORT: String(process.env.E2E_PORT ?? (await freePort())),
  ...(postgresUrl
    ? {
        E2E_PORT_B: String(process.env.E2E_PORT_B ?? (await freePort())),
        E2E_DIST_DIR_B: SECOND_BUILD,
      }
    : {}),
};
try {
  run("tsx", ["scripts/db.ts", "migrate"], env);
  run("tsx", ["--conditions=react-server", "scripts/seed.ts"], env);
  run("tsx", ["scripts/build.ts"], { ...env, NODE_ENV: "production" });
  // The second instance runs a build of its own, made with the same key, as when each server of a
  // deployment builds for itself.
  if (postgresUrl) {
    run("tsx", ["scripts/build.ts"], {
      ...env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: SECOND_BUILD,
    });
  }
  run("playwright", ["test", ...process.argv.slice(2)], env);
} finally {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
