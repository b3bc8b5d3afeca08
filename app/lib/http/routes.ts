import { getCurrentUser } from "@/app/lib/auth/session";
import { DomainError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { isSameOrigin } from "@/app/lib/http/same-origin";
import { logEvent } from "@/app/lib/log";

const MAX_JSON_BYTES = 16 * 1024;

export const refuse = (status: number, error: string) => Response.json({ error }, { status });

/**
 * The common part of every route handler: a session, then the handler, with domain errors
 * turned into 4xx answers carrying a clear message (refused access is logged).
 */
export async function withSession(
  route: string,
  handle: (user: TSessionUser) => Promise<Response>,
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Your session has ended. Sign in again.");
  // A one-time password opens only the password page, on every route, not just on pages.
  if (user.mustChangePassword)
    return refuse(403, "Choose your own password first (Account → Password).");
  try {
    return await handle(user);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 403 || error.status === 404)
      logEvent("auth.denied", { reason: error.name, route });
    return refuse(error.status, error.message);
  }
}

/**
 * The body as text, or null as soon as it is known to exceed `limit` bytes: from a declared
 * Content-Length before reading anything, otherwise while reading, so an oversized or endless
 * upload is cut off instead of buffered whole.
 */
async function readBounded(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Route handlers that change data: same-origin Origin and a bounded JSON body as well. */
export async function jsonMutation(
  request: Request,
  route: string,
  handle: (user: TSessionUser, body: unknown) => Promise<Response>,
): Promise<Response> {
  if (!isSameOrigin(request)) return refuse(403, "Requests must come from Debrief's own pages.");
  return withSession(route, async (user) => {
    const text = await readBounded(request, MAX_JSON_BYTES);
    if (text === null) return refuse(413, "That request is too large (16 KB at most).");
    let body: unknown = {};
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        return refuse(400, "The request could not be read.");
      }
    }
    return handle(user, body);
  });
}
