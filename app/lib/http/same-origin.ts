import { env } from "@/app/lib/env";

/**
 * Route handlers that change data accept only requests whose Origin is this site. Browsers always
 * send Origin on POST, so a missing one means a script or another site, not our page.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host =
    (env.TRUST_PROXY && request.headers.get("x-forwarded-host")) || request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
