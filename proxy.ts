import { NextResponse, type NextRequest } from "next/server";
import { inlineStyleHashes } from "@/app/lib/http/inline-styles";
import { FRAME_COOKIE, frameAncestors } from "@/app/lib/frame";

// Security headers for every page. A fresh nonce per request lets Next's own scripts run while
// 'strict-dynamic' refuses any script the server did not vouch for. This is not an access guard:
// authorization lives in the data layer.
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  // 'none' unless an LTI launch opened Debrief inside this LMS's frame (app/lib/http/frame.ts).
  const ancestors = frameAncestors(request.cookies.get(FRAME_COOKIE)?.value);
  const development = process.env.NODE_ENV === "development";
  const httpsOnly = process.env.NODE_ENV === "production" && process.env.ALLOW_HTTP !== "1";
  const csp = [
    "default-src 'self'",
    // React's development build uses eval for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The inlined stylesheet by hash (see inline-styles.ts); next dev injects its styles unhashed.
    development
      ? "style-src 'self' 'unsafe-inline'"
      : `style-src 'self' 'nonce-${nonce}' ${inlineStyleHashes()}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  // Superseded by frame-ancestors where supported; kept for older browsers when nothing may frame.
  if (ancestors === "'none'") response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (httpsOnly)
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    {
      // JSON endpoints get their headers from next.config.js: they need no CSP nonce, and the
      // quiz page calls them on every answer.
      // The LTI routes answer with pages of their own and set their headers (app/lib/lti/html.ts).
      source: "/((?!api/|lti/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
