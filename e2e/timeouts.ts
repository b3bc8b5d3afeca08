// The suite's time limits, derived from durations measured under the suite's own load (two
// Playwright workers, two Chromiums and a production server on 2 cores, with one more process
// keeping a core busy), each with at least 3x headroom. timing-reporter.ts prints the same
// measurements after every run and warns when a limit has less than 3x over what that run saw.

/**
 * A whole test. Slowest measured under load (2026-11-28): 25.1 s for the assign-take-grade flow
 * before it was split in two; after the split 17.7 s (teaching.spec, students take and the teacher
 * grades) — 90 s leaves 5x, and 3.6x over the slowest before the split.
 */
export const TEST_TIMEOUT_MS = 90_000;

/**
 * One wait on something a user would see. Slowest measured under load: a sign-in through the
 * form (hash, session, redirect, render) 1.6 s, median 0.5-0.7 s — 10 s leaves 6x.
 */
export const EXPECT_TIMEOUT_MS = 10_000;

/** Headroom the timing reporter asks of every limit over what a run measured. */
export const MIN_HEADROOM = 3;
