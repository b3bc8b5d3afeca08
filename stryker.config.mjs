// Mutation testing of the scoring core: `npm run test:mutation` (about 20 minutes; not part of
// `npm test`). What it mutates and why, and the runner fix: docs/decisions/0018-mutation-testing.md.
// Mutants left alive, each with the reason it cannot be killed: scripts/mutation/survivors.md.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  mutate: [
    "app/lib/quiz/kinds/*.ts",
    "!app/lib/quiz/kinds/*.test.ts",
    "app/lib/quiz/scoring.ts",
    "app/lib/quiz/statistics.ts",
    "app/lib/quiz/item-analysis.ts",
    "app/lib/quiz/cutoff.ts",
    "app/lib/authoring/sentences.ts",
  ],
  plugins: [
    "@stryker-mutator/vitest-runner",
    "@stryker-mutator/typescript-checker",
    "./scripts/mutation/vitest-runner.mjs",
  ],
  testRunner: "vitest-file-failures",
  vitest: { configFile: "scripts/mutation/vitest.config.ts", related: true },
  coverageAnalysis: "perTest",
  checkers: ["typescript"],
  tsconfigFile: "scripts/mutation/tsconfig.json",
  concurrency: 2,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  reporters: ["clear-text", "json", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  incremental: false,
};

export default config;
