import path from "node:path";
import { defineConfig } from "vitest/config";

// Torture tests: real production servers on loopback, bounded in time (see scripts/torture.ts).
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["e2e/torture/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test-support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
