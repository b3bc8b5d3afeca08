import "server-only";
import { db } from "@/app/lib/db/client";

/**
 * Whether this instance can reach its database: one trivial query, bounded so a load balancer's
 * probe gets an answer even when the database hangs.
 */
export async function databaseReachable(timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = (async () => {
    const prisma = await db();
    await prisma.$queryRawUnsafe("SELECT 1");
    return true;
  })().catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
