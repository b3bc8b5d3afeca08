import { databaseReachable } from "@/app/lib/data/health";

/**
 * For load balancers and uptime checks: 200 while this instance can reach its database, 503
 * otherwise. Public, and says nothing beyond that.
 */
export async function GET() {
  const ok = await databaseReachable();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503 });
}
