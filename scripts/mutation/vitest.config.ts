// The unit tests that guard the scoring core, without the per-file database (these files never
// touch it): Stryker runs them once per mutant, so each run must be cheap.
import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config.ts";

export default defineConfig({
  root: path.resolve(import.meta.dirname, "../.."),
  resolve: base.resolve,
  test: {
    include: [
      "app/lib/quiz/**/*.test.ts",
      "app/lib/authoring/sentences.test.ts",
      "app/lib/authoring/checks.test.ts",
      "app/lib/authoring/try-out.test.ts",
      "app/lib/content/load.test.ts",
    ],
    environment: "node",
  },
});
