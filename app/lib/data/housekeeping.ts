import "server-only";
import { deleteExpiredSessions } from "@/app/lib/data/sessions";
import { sweepThrottles } from "@/app/lib/data/throttle";
import { deleteExpiredLaunches } from "@/app/lib/data/lti-launches";

// Rows that can never matter again (expired sessions, throttle counts long past their window,
// LTI logins past their use)
// are swept as a side effect of signing in, at most every 10 minutes per instance: no scheduler
// to run, and several instances sweeping at once only delete the same rows twice.
const EVERY_MS = 10 * 60 * 1000;
let lastSweep = 0;

export async function sweepIfDue(now = new Date()): Promise<void> {
  if (now.getTime() - lastSweep < EVERY_MS) return;
  lastSweep = now.getTime();
  await Promise.all([deleteExpiredSessions(now), sweepThrottles(now), deleteExpiredLaunches(now)]);
}
