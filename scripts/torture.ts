// npm run test:torture — load, crash and hostile-input tests against the production build in
// .next-test (built here if stale), each on its own temporary SQLite database.
import { spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next-test" };
for (const [command, args, extra] of [
  ["tsx", ["scripts/build.ts"], { NODE_ENV: "production" }],
  ["vitest", ["run", "--config", "vitest.torture.config.ts", ...process.argv.slice(2)], {}],
] as const) {
  const result = spawnSync(command, [...args], { stdio: "inherit", env: { ...env, ...extra } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
