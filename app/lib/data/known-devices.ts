import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/app/lib/db/client";
import { accountWhere } from "@/app/lib/data/users";

// A browser that has signed in to an account before carries a device token for it (OWASP's
// "device cookie"). Sign-in attempts from it are counted on their own, so a stranger's wrong
// guesses — from anywhere, the owner's school network included — cannot lock the owner out there.
// The token is `userId.nonce.mac`, the mac keyed by the account's password hash: only a browser
// that knew the password got one, no secret needs configuring, and changing or resetting the
// password retires every token of the account.

const mac = (passwordHash: string, userId: string, nonce: string) =>
  createHmac("sha256", passwordHash).update(`${userId}.${nonce}`).digest("base64url");

/** A new device token for an account that has just signed in. */
export async function issueDeviceToken(userId: string): Promise<string> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  const nonce = randomBytes(16).toString("base64url");
  return `${userId}.${nonce}.${mac(user.passwordHash, userId, nonce)}`;
}

/**
 * The device (its nonce) among `tokens` that has signed in to the account `identifier` names, or
 * null when none has (or the password has changed since).
 */
export async function knownDevice(
  identifier: string,
  tokens: readonly string[],
): Promise<string | null> {
  if (tokens.length === 0) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: accountWhere(identifier),
    select: { id: true, passwordHash: true },
  });
  if (!user) return null;
  for (const token of tokens) {
    const [userId, nonce, given] = token.split(".");
    if (userId !== user.id || !nonce || !given) continue;
    const expected = Buffer.from(mac(user.passwordHash, userId, nonce));
    const actual = Buffer.from(given);
    if (expected.length === actual.length && timingSafeEqual(expected, actual)) return nonce;
  }
  return null;
}

/** The account a device token is for (without checking it), to keep one token per account. */
export const deviceTokenAccount = (token: string) => token.split(".")[0] ?? "";
