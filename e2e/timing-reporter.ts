// Prints, after every Playwright run, the slowest tests and the slow-by-nature steps (axe scans,
// sign-ins through the form) next to the limits in timeouts.ts, and warns when a limit has less
// headroom than MIN_HEADROOM over what this run measured. Steps are recorded as test annotations
// by fixtures.ts.
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";
import { EXPECT_TIMEOUT_MS, MIN_HEADROOM, TEST_TIMEOUT_MS } from "./timeouts";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter implements Reporter {
  private readonly tests: { title: string; ms: number }[] = [];
  private readonly steps = new Map<string, number[]>();

  printsToStdio() {
    return false;
  }

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status !== "passed") return;
    this.tests.push({ title: test.titlePath().slice(2).join(" › "), ms: result.duration });
    for (const { type, description } of result.annotations) {
      if (!type.startsWith("timing:")) continue;
      const list = this.steps.get(type.slice(7)) ?? [];
      list.push(Number(description));
      this.steps.set(type.slice(7), list);
    }
  }

  onEnd() {
    if (this.tests.length === 0) return;
    const slowest = [...this.tests].sort((a, b) => b.ms - a.ms);
    const lines = ["", "Timings of this run (limits in e2e/timeouts.ts):"];
    for (const { title, ms } of slowest.slice(0, 3)) lines.push(`  ${seconds(ms)}  ${title}`);
    const warnings: string[] = [];
    const check = (what: string, measured: number, limit: number) => {
      const headroom = limit / Math.max(measured, 1);
      lines.push(
        `  ${what}: max ${seconds(measured)}, limit ${seconds(limit)} (${headroom.toFixed(1)}x)`,
      );
      if (headroom < MIN_HEADROOM)
        warnings.push(
          `${what} took ${seconds(measured)}: less than ${MIN_HEADROOM}x under ${seconds(limit)}`,
        );
    };
    check("slowest test", slowest[0]?.ms ?? 0, TEST_TIMEOUT_MS);
    for (const [step, values] of this.steps) {
      const sorted = [...values].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
      lines.push(`  ${step}: ${values.length} runs, median ${seconds(median)}`);
      // A sign-in waits inside one expect; an axe scan only inside the test's own limit.
      check(step, sorted.at(-1) ?? 0, step === "sign-in" ? EXPECT_TIMEOUT_MS : TEST_TIMEOUT_MS);
    }
    for (const warning of warnings)
      lines.push(`  WARNING: ${warning}; raise the limit or make the test do less.`);
    console.log(lines.join("\n"));
  }
}
