import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next, "server-only" throws by design; the modules under test are server code.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test-support/global-setup.ts"],
    setupFiles: ["test-support/setup-db.ts"],
    // Structured log lines are asserted where they matter (log.test.ts); elsewhere they are noise.
    onConsoleLog: (line) => !line.startsWith('{"ts":'),
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
