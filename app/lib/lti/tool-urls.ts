import "server-only";
import { env } from "@/app/lib/env";

// The tool's LTI endpoints, as an LMS is given them (the admin page, Dynamic Registration).

/** Debrief's own origin: PUBLIC_URL, else as this request reached it. */
export function toolOrigin(headers: Headers): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  const host =
    (env.TRUST_PROXY && headers.get("x-forwarded-host")) || headers.get("host") || "localhost";
  const proto =
    (env.TRUST_PROXY && headers.get("x-forwarded-proto")) ||
    (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

export function toolUrls(origin: string) {
  return {
    login: `${origin}/lti/login`,
    launch: `${origin}/lti/launch`,
    jwks: `${origin}/lti/jwks`,
    deepLinking: `${origin}/lti/launch`,
    registration: `${origin}/lti/register`,
  };
}
