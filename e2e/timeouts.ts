// The suite's time limits, derived from durations measured under the suite's own load (two
// workers, two Chromiums and a production server on 2 cores, one more core-hog beside them),
// each with at least 3x headroom. timing-reporter.ts prints the same measurements after every
// run and warns when a limit has less than 3x over what this run saw, so the numbers stay true.

/** Slowest whole test measured under load: 14.1 s (teaching.spec, the full assign-take-grade flow). */
export const TEST_TIMEOUT_MS = 60_000;

/**
 * Slowest single wait on something a user would see, measured under load: a sign-in through the
 * form (password hash, session, redirect, render) 2.1 s; a quiz page's first render 1.4 s.
 */
export const EXPECT_TIMEOUT_MS = 10_000;

/** Headroom the timing reporter asks of every limit over what a run measured. */
export const MIN_HEADROOM = 3;
