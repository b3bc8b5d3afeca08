import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env, httpsOnly } from "@/app/lib/env";
import { FRAME_COOKIE } from "@/app/lib/frame";
import { deviceTokenAccount } from "@/app/lib/data/known-devices";
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  SESSION_ABSOLUTE_MS,
  validateSessionToken,
  type TSessionUser,
} from "@/app/lib/data/sessions";

// __Host- binds the cookie to this exact origin (Secure, path /, no Domain); browsers only accept
// it over HTTPS, so development and ALLOW_HTTP deployments use a plain name.
const SESSION_COOKIE = httpsOnly ? "__Host-debrief-session" : "debrief-session";

// Device tokens of the accounts this browser has signed in to (app/lib/data/known-devices.ts).
const DEVICE_COOKIE = httpsOnly ? "__Host-debrief-devices" : "debrief-devices";
/** A shared classroom Chromebook signs in a few students; older tokens give way to newer. */
const MAX_DEVICE_TOKENS = 8;

export async function deviceTokens(): Promise<string[]> {
  const value = (await cookies()).get(DEVICE_COOKIE)?.value ?? "";
  return value
    .split("~")
    .filter((token) => token !== "")
    .slice(-MAX_DEVICE_TOKENS);
}

/** Keeps `token` as this browser's one for its account, replacing an older one. */
export async function rememberDevice(token: string) {
  const account = deviceTokenAccount(token);
  const others = (await deviceTokens()).filter((kept) => deviceTokenAccount(kept) !== account);
  (await cookies()).set(DEVICE_COOKIE, [...others, token].slice(-MAX_DEVICE_TOKENS).join("~"), {
    httpOnly: true,
    sameSite: "lax",
    secure: httpsOnly,
    path: "/",
    maxAge: 365 * 24 * 3600,
  });
}

/** The signed-in user for this request, or null. Checked against the database once per request. */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? validateSessionToken(token) : null;
});

/**
 * Starts a fresh session (a new token at every sign-in, so a planted one is never promoted).
 * Inside an LMS's frame (an LTI launch) the browser keeps no third-party cookie, so the session
 * cookie is partitioned (CHIPS): kept for Debrief under that LMS only, sent with SameSite=None
 * (which needs Secure), and the origins the LMS shows Debrief from are remembered beside it for
 * the pages' frame-ancestors (proxy.ts).
 */
export async function startSession(
  userId: string,
  frame?: { origins: readonly string[] },
): Promise<void> {
  const store = await cookies();
  const previous = store.get(SESSION_COOKIE)?.value;
  if (previous) await deleteSession(previous);
  const { token } = await createSession(userId);
  const maxAge = Math.floor(SESSION_ABSOLUTE_MS / 1000);
  if (frame) {
    const inFrame = {
      httpOnly: true,
      sameSite: "none",
      secure: true,
      partitioned: true,
      path: "/",
      maxAge,
    } as const;
    store.set(SESSION_COOKIE, token, inFrame);
    store.set(FRAME_COOKIE, frame.origins.join(" "), inFrame);
    return;
  }
  store.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: httpsOnly,
    path: "/",
    maxAge,
  });
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  store.delete({
    name: SESSION_COOKIE,
    path: "/",
    secure: httpsOnly,
    httpOnly: true,
    sameSite: "lax",
  });
}

/** Ends every session of the user everywhere, then signs this browser in again. */
export async function restartAllSessions(userId: string): Promise<void> {
  await deleteUserSessions(userId);
  await startSession(userId);
}

let warnedNoAddress = false;

/**
 * The client's address for throttling, as scripts/server.mjs recorded it (from the socket, or
 * behind TRUST_PROXY=1 from the proxy's X-Forwarded-For entry). Under plain `next start` there is
 * no trustworthy address — any header could come from the client — so every client shares one.
 */
export async function clientAddress(): Promise<string> {
  if (!env.DEBRIEF_ADDRESS_HEADER) {
    if (!warnedNoAddress) {
      warnedNoAddress = true;
      console.warn(
        "Debrief: not started through scripts/server.mjs; throttling sees no addresses.",
      );
    }
    return "unknown";
  }
  return (await headers()).get("x-debrief-client-address") ?? "unknown";
}

/** Page guard (a convenience; data functions enforce access themselves). */
export async function requireUser(
  role?: TSessionUser["role"],
  options: { allowPendingPassword?: boolean } = {},
) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.allowPendingPassword) redirect("/account/password");
  if (role && user.role !== role) redirect(homeFor(user));
  return user;
}

const HOME: Record<TSessionUser["role"], string> = {
  TEACHER: "/teacher",
  STUDENT: "/student",
  ADMIN: "/admin",
};

export function homeFor(user: TSessionUser): string {
  return HOME[user.role];
}
