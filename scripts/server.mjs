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

// Request bodies are limited here, before Next reads a byte: the proxy (proxy.ts) buffers a page
// POST's body before the Server Actions limit applies, so an anonymous POST could make it read
// megabytes. Only the studio takes uploads (a saved page or pack zip, 2 MB, see
// app/lib/authoring/limits.ts); everything else is a form or an answer (at most 20,000
// characters; a save request is refused by its route past 16 KB).
const KB = 1024;
const bodyLimit = (pathname) =>
  /^\/teacher\/articles(\/|$)/.test(pathname) ? 3 * KB * KB : 256 * KB;
/** A body that stops arriving this long before its end is cut off (requestTimeout caps the whole). */
const BODY_IDLE_MS = 10_000;

/**
 * After a refusal the rest of the body is read and thrown away for this long before the connection
 * closes. Closing with unread input makes the kernel reset the connection, and a client still
 * sending (a browser uploading) can then lose the answer already sent to it; Apache's "lingering
 * close" does the same. Nothing read is kept, and the time is bounded.
 */
const LINGER_MS = 2_000;

/** Answers at once, keeps nothing more of the body and closes the connection (see LINGER_MS). */
function refuse(request, response, status, message) {
  if (!response.headersSent) {
    // The JSON endpoints answer errors as { error }, and so does this refusal there.
    const json = (request.url ?? "").startsWith("/api/");
    response.writeHead(status, {
      "content-type": json ? "application/json" : "text/plain; charset=utf-8",
      "cache-control": "no-store",
      connection: "close",
    });
    response.end(json ? JSON.stringify({ error: message }) : message);
  }
  const socket = request.socket;
  request.push = (chunk) => chunk !== null; // discard; returning true keeps the socket reading
  socket.destroySoon = () => socket.end(); // Node closes a `connection: close` reply's socket at once
  const close = () => {
    socket.end();
    socket.resume(); // a full buffer may have paused reading before the refusal
    const linger = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once("close", () => clearTimeout(linger));
  };
  if (response.writableFinished) close();
  else response.once("finish", close);
}

/**
 * Enforces the body limit as bytes arrive (chunked bodies too, whatever Content-Length said) and
 * the idle timeout. Counting happens where Node's parser hands the request its body (push), so it
 * holds however the handler reads it. Returns false when the request was refused already.
 */
function guardBody(request, response) {
  const limit = bodyLimit((request.url ?? "/").split("?")[0]);
  const declared = Number(request.headers["content-length"] ?? 0);
  const tooLarge = `This request is larger than the ${limit / KB} KB this address accepts.`;
  if (declared > limit) {
    refuse(request, response, 413, tooLarge);
    return false;
  }
  const hasBody = declared > 0 || request.headers["transfer-encoding"] !== undefined;
  if (!hasBody) return true;
  let received = 0;
  const idle = setTimeout(
    () => refuse(request, response, 408, "The request body stopped arriving."),
    BODY_IDLE_MS,
  );
  const push = request.push.bind(request);
  request.push = (chunk, encoding) => {
    if (chunk === null) {
      clearTimeout(idle);
      return push(chunk, encoding);
    }
    received += chunk.length;
    if (received > limit) {
      clearTimeout(idle);
      refuse(request, response, 413, tooLarge);
      return true;
    }
    idle.refresh();
    return push(chunk, encoding);
  };
  request.once("close", () => clearTimeout(idle));
  return true;
}

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
  if (guardBody(request, response)) void handle(request, response);
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
