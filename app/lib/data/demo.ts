import "server-only";
import { db } from "@/app/lib/db/client";
import { DEMO_USERS } from "@/app/lib/demo-accounts";

// Whether the seeded demo accounts (published passwords) are on this server, for the warning
// every page shows while they are. Cached briefly: it is asked on every page view.
const CACHE_MS = 30_000;
let cached: { at: number; present: boolean } | null = null;

export async function demoAccountsPresent(now = Date.now()): Promise<boolean> {
  if (cached && now - cached.at < CACHE_MS) return cached.present;
  let present = false;
  try {
    const prisma = await db();
    present = (await prisma.user.count({ where: DEMO_USERS })) > 0;
  } catch {
    // No database right now: pages that need none still render (the health check reports it).
    return false;
  }
  cached = { at: now, present };
  return present;
}
