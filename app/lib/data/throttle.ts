import "server-only";
import { db } from "@/app/lib/db/client";
import { isUniqueViolation, ThrottledError } from "@/app/lib/data/errors";

// Failed sign-ins counted per key in the database, so limits hold across restarts and instances.
// An account gets 5 failures in a 10-minute window; the 6th attempt is refused until the window
// ends. A client address gets more (30): a whole class often shares one school address, and one
// student's typos must not lock out the other 29.
export const THROTTLE_WINDOW_MS = 10 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;

export type TThrottleKey = { key: string; limit: number };

export function throttleKeys(identifier: string, address: string): TThrottleKey[] {
  return [
    { key: `account:${identifier.trim().toLowerCase()}`, limit: ACCOUNT_FAILURE_LIMIT },
    { key: `ip:${address}`, limit: ADDRESS_FAILURE_LIMIT },
  ];
}

/** Throws ThrottledError (with whole minutes left) when any key has used up its window. */
export async function assertNotThrottled(keys: TThrottleKey[], now = new Date()): Promise<void> {
  const prisma = await db();
  const rows = await prisma.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) } },
    select: { key: true, failures: true, windowStart: true },
  });
  let waitMs = 0;
  for (const row of rows) {
    const limit = keys.find((k) => k.key === row.key)?.limit ?? 0;
    const endsAt = row.windowStart.getTime() + THROTTLE_WINDOW_MS;
    if (endsAt > now.getTime() && row.failures >= limit)
      waitMs = Math.max(waitMs, endsAt - now.getTime());
  }
  if (waitMs > 0) throw new ThrottledError(Math.max(1, Math.ceil(waitMs / 60_000)));
}

/** Counts one failure against each key, atomically (single conditional statements, no interactive transaction). */
export async function recordFailure(keys: TThrottleKey[], now = new Date()): Promise<void> {
  const prisma = await db();
  const cutoff = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const { key } of keys) {
    const restarted = await prisma.loginThrottle.updateMany({
      where: { key, windowStart: { lte: cutoff } },
      data: { failures: 1, windowStart: now },
    });
    if (restarted.count > 0) continue;
    const counted = await prisma.loginThrottle.updateMany({
      where: { key },
      data: { failures: { increment: 1 } },
    });
    if (counted.count > 0) continue;
    try {
      await prisma.loginThrottle.create({
        data: { key, failures: 1, windowStart: now },
        select: { key: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await prisma.loginThrottle.updateMany({
        where: { key },
        data: { failures: { increment: 1 } },
      });
    }
  }
}

/** A successful sign-in clears the account's count (not the address's: others share it). */
export async function clearFailures(key: string): Promise<void> {
  const prisma = await db();
  await prisma.loginThrottle.deleteMany({ where: { key } });
}
