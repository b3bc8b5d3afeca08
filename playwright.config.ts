import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { EXPECT_TIMEOUT_MS, TEST_TIMEOUT_MS } from "./e2e/timeouts";

// Started by `npm run test:e2e` (scripts/e2e.ts), which prepares the database and the build.
const port = Number(process.env.E2E_PORT ?? 3100);
// "localhost", not 127.0.0.1: browsers accept the production build's Secure __Host- cookie over
// plain HTTP only on localhost.
const baseURL = `http://localhost:${port}`;
// On PostgreSQL (npm run test:postgres) a second instance, from a second build made with the same
// Server Actions key, serves the same database, for the two-instance tests in e2e/multi-instance.
const portB = process.env.E2E_PORT_B ? Number(process.env.E2E_PORT_B) : null;

function server(listen: number, distDir?: string) {
  return {
    command: `node scripts/server.mjs --hostname localhost --port ${listen}`,
    env: distDir ? { NEXT_DIST_DIR: distDir } : undefined,
    url: `http://localhost:${listen}`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The server's structured log lines would bury the test report.
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // See the README ("Tests on a small machine"): measured on 2 cores, E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS ?? Math.max(1, os.availableParallelism() - 1)),
  timeout: TEST_TIMEOUT_MS,
  expect: { timeout: EXPECT_TIMEOUT_MS },
  reporter: [
    ["list"],
    ["./e2e/timing-reporter.ts"],
    ...(process.env.CI ? [] : [["html", { open: "never" }] as const]),
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    // *.spec.ts only: e2e/torture holds Vitest files that drive their own servers.
    {
      name: "chromium",
      testMatch: /.*\.spec\.ts/,
      testIgnore: /multi-instance/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
    },
    ...(portB
      ? [
          {
            name: "multi-instance",
            testMatch: /multi-instance\/.*\.spec\.ts/,
            use: { ...devices["Desktop Chrome"] },
            dependencies: ["setup"],
          },
        ]
      : []),
  ],
  webServer: portB ? [server(port), server(portB, process.env.E2E_DIST_DIR_B)] : [server(port)],
});
