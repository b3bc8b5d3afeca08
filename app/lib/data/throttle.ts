import "server-only";
import { db } from "@/app/lib/db/client";
import { isUniqueViolation, ThrottledError } from "@/app/lib/data/errors";

// Attempts at guessing (passwords, join codes) are counted in the database, so limits hold across
// restarts and instances. An attempt is counted *before* it is checked, one compare-and-set
// statement at a time, so twelve guesses sent at once are twelve attempts, not one. A success
// gives back what it took where that is fair (see release).
//
// Rules, per window of 10 minutes:
// - hard: a fixed number of attempts, then refused until the window ends. Used per account *and
//   address* (5), per address (30: a class shares one school address), for join codes per
//   address, sign-ups per address and the current-password check per user;
// - delay: per account whatever the address. After 5 failures each further attempt waits a
//   short, doubling delay (2 s, 4 s … at most 60 s). A stranger guessing a student's password
//   from elsewhere can slow the real owner down by a minute at worst, never lock them out;
// - per known device: a browser that signed in to the account before counts only against its own
//   hard limit (5), so a stranger on the same school network cannot lock the owner out either,
//   and a teacher can clear a student's counts at once (clearSignInCounts).

export const THROTTLE_WINDOW_MS = 10 * 60 * 1000;
const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;
const MAX_DELAY_MS = 60 * 1000;

export type TThrottleRule =
  { kind: "hard"; limit: number } | { kind: "delay"; freeAttempts: number };
/** `what` names the attempts in the refusal ("Too many <what>. Try again in …"). */
export type TThrottleKey = { key: string; rule: TThrottleRule; what?: string };

/**
 * The keys a sign-in attempt counts against. From a browser that has signed in to the account
 * before (`device`, see known-devices.ts) only that device's own count applies: nobody else's
 * guesses, from any address, can lock the owner out on it.
 */
export function signInKeys(
  identifier: string,
  address: string,
  device?: string | null,
): TThrottleKey[] {
  const account = identifier.trim().toLowerCase();
  if (device)
    return [
      { key: `account:${account}#${device}`, rule: { kind: "hard", limit: ACCOUNT_FAILURE_LIMIT } },
    ];
  return [
    { key: `account:${account}@${address}`, rule: { kind: "hard", limit: ACCOUNT_FAILURE_LIMIT } },
    { key: `account:${account}`, rule: { kind: "delay", freeAttempts: ACCOUNT_FAILURE_LIMIT } },
    { key: `ip:${address}`, rule: { kind: "hard", limit: ADDRESS_FAILURE_LIMIT } },
  ];
}

/**
 * Clears every sign-in count of an account (a teacher unlocking a student): its per-address, per
 * device and account-wide counts and delays.
 */
export async function clearSignInCounts(identifier: string): Promise<number> {
  const account = identifier.trim().toLowerCase();
  const prisma = await db();
  const { count } = await prisma.loginThrottle.deleteMany({
    where: {
      OR: [
        { key: `account:${account}` },
        { key: { startsWith: `account:${account}@` } },
        { key: { startsWith: `account:${account}#` } },
      ],
    },
  });
  return count;
}

/** Wrong join codes from one address: enough for typos, far too few to find a class by guessing. */
export const joinCodeKeys = (address: string): TThrottleKey[] => [
  { key: `join:${address}`, rule: { kind: "hard", limit: 10 }, what: "wrong join codes" },
];

/** Teacher sign-ups from one address (a staff room may share one). */
export const signUpKeys = (address: string): TThrottleKey[] => [
  {
    key: `signup:${address}`,
    rule: { kind: "hard", limit: 10 },
    what: "new accounts from this network",
  },
];

/** Guesses at a signed-in user's current password (a borrowed, unlocked device). */
export const currentPasswordKeys = (userId: string): TThrottleKey[] => [
  {
    key: `password:${userId}`,
    rule: { kind: "hard", limit: ACCOUNT_FAILURE_LIMIT },
    what: "wrong current passwords",
  },
];

const delayAfter = (attempts: number, free: number) =>
  attempts <= free ? 0 : Math.min(1000 * 2 ** (attempts - free), MAX_DELAY_MS);

type TRow = { failures: number; windowStart: Date; lockedUntil: Date | null };

/** Counts one attempt against a key, or throws ThrottledError if the key refuses it now. */
async function reserveOne({ key, rule, what }: TThrottleKey, now: Date): Promise<void> {
  const prisma = await db();
  // Compare-and-set: each round reads the row and writes only if nobody wrote in between.
  for (let round = 0; round < 50; round += 1) {
    const row: TRow | null = await prisma.loginThrottle.findUnique({
      where: { key },
      select: { failures: true, windowStart: true, lockedUntil: true },
    });
    if (!row) {
      try {
        await prisma.loginThrottle.create({
          data: { key, failures: 1, windowStart: now },
          select: { key: true },
        });
        return;
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const windowEnds = row.windowStart.getTime() + THROTTLE_WINDOW_MS;
    const fresh = windowEnds <= now.getTime();
    const attempts = fresh ? 1 : row.failures + 1;
    if (!fresh) {
      if (rule.kind === "hard" && row.failures >= rule.limit)
        throw new ThrottledError(windowEnds - now.getTime(), what);
      if (rule.kind === "delay" && row.lockedUntil && row.lockedUntil > now)
        throw new ThrottledError(row.lockedUntil.getTime() - now.getTime(), what);
    }
    const delay = rule.kind === "delay" ? delayAfter(attempts, rule.freeAttempts) : 0;
    const written = await prisma.loginThrottle.updateMany({
      where: { key, failures: row.failures, windowStart: row.windowStart },
      data: {
        failures: attempts,
        windowStart: fresh ? now : row.windowStart,
        lockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
      },
    });
    if (written.count === 1) return;
  }
  throw new ThrottledError(1000, what); // not reached in practice: others won 50 rounds
}

/**
 * Counts one attempt against every key, before the guess is checked; throws ThrottledError (with
 * the wait) when any key refuses it.
 */
export async function reserveAttempt(keys: TThrottleKey[], now = new Date()): Promise<void> {
  for (const key of keys) await reserveOne(key, now);
}

/**
 * After a success: the account's own counts are cleared (the owner got in), and the attempt is
 * given back to shared keys, so thirty classmates signing in behind one address never add up.
 */
export async function releaseAttempt(keys: TThrottleKey[]): Promise<void> {
  const prisma = await db();
  for (const { key } of keys) {
    if (key.startsWith("account:") || key.startsWith("password:")) {
      await prisma.loginThrottle.deleteMany({ where: { key } });
    } else {
      await prisma.loginThrottle.updateMany({
        where: { key, failures: { gt: 0 } },
        data: { failures: { decrement: 1 } },
      });
    }
  }
}

/** Removes counts whose window ended long ago, and their delays with them. */
export async function sweepThrottles(now = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.loginThrottle.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS - MAX_DELAY_MS) } },
  });
  return count;
}

/**
 * Runs one guess counted against `keys` (refused when over a limit). The count stays when the
 * guess was wrong (`wrongGuess` says which errors mean that); any other outcome gives it back.
 */
export async function guarded<T>(
  keys: TThrottleKey[],
  guess: () => Promise<T>,
  wrongGuess: (error: unknown) => boolean,
): Promise<T> {
  await reserveAttempt(keys);
  try {
    const result = await guess();
    await releaseAttempt(keys);
    return result;
  } catch (error) {
    if (!wrongGuess(error)) await releaseAttempt(keys);
    throw error;
  }
}
