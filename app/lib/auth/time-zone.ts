import "server-only";
import { cookies } from "next/headers";
import { isTimeZone, TZ_COOKIE } from "@/app/lib/time";

/** The viewer's IANA time zone, as their browser reported it; UTC until it has. */
export async function viewerTimeZone(): Promise<string> {
  const value = (await cookies()).get(TZ_COOKIE)?.value;
  return isTimeZone(value) ? value : "UTC";
}
