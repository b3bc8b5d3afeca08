// A signed-in session written straight to a test database, stored as the app stores it (only the
// SHA-256 of the token), for tests that need many signed-in users without signing each one in.
import { createHash, randomBytes } from "node:crypto";
import type { TSql } from "./sql";

const DAY_MS = 86_400_000;

/** The Cookie header for a session token, as a production server (Secure, __Host-) names it. */
export const sessionCookie = (token: string) => `__Host-debrief-session=${token}`;

/** Inserts a session for the user and returns its token (the session cookie's value). */
export async function insertSession(sql: TSql, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await sql.run(
    `INSERT INTO "Session" ("id", "userId", "createdAt", "lastSeenAt", "expiresAt") VALUES (?, ?, ?, ?, ?)`,
    [
      createHash("sha256").update(token).digest("hex"),
      userId,
      now,
      now,
      new Date(now.getTime() + DAY_MS),
    ],
  );
  return token;
}
