// The production server: Next's request handler behind a plain Node HTTP server, so that the
// client's address for login throttling comes from the socket and never from a header a client
// can write. Usage: node scripts/server.mjs [--hostname HOST] [--port PORT] (PORT also from env).
//
// Every request gets x-debrief-client-address, overwriting whatever the client sent: the socket's
// address, or with TRUST_PROXY=1 the last X-Forwarded-For entry — the address your own proxy
// saw (a proxy that appends adds it last; one that overwrites leaves only it).
import { createServer } from "node:http";

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const port = Number(option("port", process.env.PORT ?? "3000"));
const hostname = option("hostname", "0.0.0.0");
const trustProxy = process.env.TRUST_PROXY === "1";
process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// Read by app/lib/auth/session.ts: the address header below can be believed.
process.env.DEBRIEF_ADDRESS_HEADER = "1";

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const forwarded = request.headers["x-forwarded-for"];
  const viaProxy =
    trustProxy && typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : "";
  request.headers["x-debrief-client-address"] =
    viaProxy || request.socket.remoteAddress || "unknown";
  void handle(request, response);
});
// A request whose headers or body trickle in is cut off instead of holding a connection.
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;
server.listen(port, hostname, () => {
  console.log(`Debrief listening on http://${hostname}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
