/** @type {import('next').NextConfig} */
const nextConfig = {
  // The test suite builds into its own folder so it never clobbers the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheet goes inline into each page's <head>: on a slow phone network the first paint
  // then waits for no second request (issue 16). proxy.ts admits it by hash.
  // Server actions take a teacher's saved article page: the studio refuses files over 2 MB with a
  // message (app/lib/authoring/limits.ts), so the body may be a little larger than that.
  experimental: { inlineCss: true, serverActions: { bodySizeLimit: "3mb" } },
  // compromise is loaded by Node itself, once, while the server starts (instrumentation.ts): its
  // first import takes a third of a second, which would otherwise stall the first request that
  // needs it and every request in flight with it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "compromise"],
  // HTML pages get their security headers (with a per-request CSP nonce) from proxy.ts; the JSON
  // endpoints, which proxy.ts skips, get these.
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // no-transform also tells the server's gzip to leave these few-byte answers alone:
          // compressing them cost 4 % of a save's CPU and saved nothing (issue 16).
          { key: "Cache-Control", value: "no-store, no-transform" },
        ],
      },
    ];
  },
};

export default nextConfig;
