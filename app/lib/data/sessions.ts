import "server-only";
import { Role } from "@/app/generated/prisma/enums";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { Prisma } from "@/app/generated/prisma/client";
import { db } from "@/app/lib/db/client";
import { rawRows } from "@/app/lib/db/raw";

// Sessions live in the database so every app instance sees them and sign-out is real. The cookie
// holds a random 256-bit token; only its SHA-256 is stored.
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Writing lastSeenAt on every request would make every page view a write; once a minute is plenty.
const TOUCH_EVERY_MS = 60 * 1000;

export type TSessionUser = {
  id: string;
  role: Role;
  displayName: string;
  mustChangePassword: boolean;
};

export const SESSION_USER_SELECT = {
  id: true,
  role: true,
  displayName: true,
  mustChangePassword: true,
} as const;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  userId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  const prisma = await db();
  await prisma.session.create({
    data: { id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt },
    select: { id: true },
  });
  return { token, expiresAt };
}

/** The user a token belongs to, or null when it is unknown, idle too long or past its lifetime. */
export async function validateSessionToken(
  token: string,
  now = new Date(),
): Promise<TSessionUser | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = hashToken(token);
  // One statement, kept prepared (db/raw.ts): Prisma reads the relation on SQLite as a second
  // query, and every request of a signed-in user starts here.
  const [row] = await rawRows(Prisma.sql`
    SELECT s."lastSeenAt", s."expiresAt", u."id", u."role", u."displayName", u."mustChangePassword"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${id}`);
  // Looked up by the token's SHA-256: timing reveals nothing about a token nobody has.
  if (!row) return null;
  const session = ZSessionRowSchema.parse(row);
  const prisma = await db();
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt.getTime() <= now.getTime() || idleSince >= SESSION_IDLE_MS) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (idleSince >= TOUCH_EVERY_MS) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return session.user;
}

// Both drivers: SQLite gives dates as text and booleans as 0/1, PostgreSQL Dates and booleans.
const ZSessionRowSchema = z
  .object({
    lastSeenAt: z.coerce.date(),
    expiresAt: z.coerce.date(),
    id: z.string(),
    role: z.enum(Role),
    displayName: z.string(),
    mustChangePassword: z.union([z.boolean(), z.number(), z.bigint()]).transform(Boolean),
  })
  .transform(({ lastSeenAt, expiresAt, ...user }) => ({ lastSeenAt, expiresAt, user }));

export async function deleteSession(token: string): Promise<void> {
  const prisma = await db();
  await prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteUserSessions(userId: string): Promise<void> {
  const prisma = await db();
  await prisma.session.deleteMany({ where: { userId } });
}

/** Removes sessions past their absolute or idle limit; they can never be used again. */
export async function deleteExpiredSessions(now = new Date()): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.session.deleteMany({
    where: {
      OR: [
        { expiresAt: { lte: now } },
        { lastSeenAt: { lte: new Date(now.getTime() - SESSION_IDLE_MS) } },
      ],
    },
  });
  return count;
}
