// npm run test:postgres — the data-layer tests and the Playwright suite (with the two-instance
// tests) against PostgreSQL: TEST_POSTGRES_URL names the server (default: the local one, trust
// auth). Every database this run creates shares one fresh name prefix and is dropped at the end,
// pass or fail.
import { spawnSync } from "node:child_process";
import { migrate } from "@/app/lib/db/migrations";
import { createDatabase, dropDatabases, uniqueDatabaseName } from "@/app/lib/db/postgres-admin";
import { redactUrl } from "@/app/lib/database-url";
import { env } from "@/app/lib/env";

const server = env.TEST_POSTGRES_URL;
const prefix = uniqueDatabaseName("debrief_t");

function run(command: string, args: string[], extra: Record<string, string>): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...extra } });
  return result.status === 0;
}

let ok = false;
try {
  try {
    await migrate(await createDatabase(server, `${prefix}_tpl`));
  } catch (error) {
    throw new Error(
      `Could not prepare a test database on ${redactUrl(server)} (set TEST_POSTGRES_URL to a server where databases may be created): ${String(error)}`,
    );
  }
  const shared = {
    TEST_DATABASE_PROVIDER: "postgresql",
    TEST_POSTGRES_URL: server,
    TEST_POSTGRES_PREFIX: prefix,
  };
  console.log(`PostgreSQL test run on ${redactUrl(server)}, databases ${prefix}_*`);
  ok =
    run("vitest", ["run", ...process.argv.slice(2)], shared) &&
    run("tsx", ["scripts/e2e.ts"], {
      ...shared,
      E2E_DATABASE_URL: await createDatabase(server, `${prefix}_e2e`),
    });
} finally {
  const dropped = await dropDatabases(server, prefix);
  console.log(`Dropped ${dropped.length} test database(s).`);
}
process.exit(ok ? 0 : 1);
