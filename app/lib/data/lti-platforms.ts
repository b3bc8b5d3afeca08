import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/app/lib/db/client";
import {
  ConflictError,
  InvalidInputError,
  isUniqueViolation,
  NotFoundError,
} from "@/app/lib/data/errors";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import type { TPlatformForm } from "@/app/lib/schemas/lti";

// The LMS platforms an admin registered (issue 33), by hand or by Dynamic Registration.

const PLATFORM_SELECT = {
  id: true,
  name: true,
  issuer: true,
  clientId: true,
  authUrl: true,
  tokenUrl: true,
  jwksUrl: true,
  deploymentIds: true,
  frameOrigins: true,
} as const;

export type TPlatform = TPlatformForm & { id: string };

/** A row as PLATFORM_SELECT reads it: every field a string, the two lists as JSON. */
type TPlatformRow = { [K in keyof typeof PLATFORM_SELECT]: string };

function toPlatform(row: TPlatformRow): TPlatform {
  return {
    ...row,
    deploymentIds: JSON.parse(row.deploymentIds) as string[],
    frameOrigins: JSON.parse(row.frameOrigins) as string[],
  };
}

/** The origins allowed to frame Debrief for a platform: those given, else its sign-in's and issuer's. */
function frameOriginsFor(input: TPlatformForm): string[] {
  if (input.frameOrigins.length > 0) return input.frameOrigins;
  return [...new Set([new URL(input.authUrl).origin, new URL(input.issuer).origin])];
}

export async function listPlatforms(user: TSessionUser): Promise<TPlatform[]> {
  requireRole(user, "ADMIN");
  const prisma = await db();
  const rows = await prisma.ltiPlatform.findMany({
    orderBy: { createdAt: "asc" },
    select: PLATFORM_SELECT,
  });
  return rows.map(toPlatform);
}

/** Adds a platform; the same issuer and client id twice is refused. Used by both registrations. */
export async function savePlatform(input: TPlatformForm): Promise<{ id: string }> {
  const prisma = await db();
  try {
    return await prisma.ltiPlatform.create({
      data: {
        ...input,
        deploymentIds: JSON.stringify(input.deploymentIds),
        frameOrigins: JSON.stringify(frameOriginsFor(input)),
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError("That LMS (issuer and client id) is already registered.");
    throw error;
  }
}

export async function addPlatform(
  user: TSessionUser,
  input: TPlatformForm,
): Promise<{ id: string }> {
  requireRole(user, "ADMIN");
  return savePlatform(input);
}

export async function removePlatform(user: TSessionUser, platformId: string): Promise<void> {
  requireRole(user, "ADMIN");
  const prisma = await db();
  const { count } = await prisma.ltiPlatform.deleteMany({ where: { id: platformId } });
  if (count === 0) throw new NotFoundError("We could not find that LMS.");
}

/** The platform a launch or login names, or null (an LMS nobody registered). */
export async function findPlatform(issuer: string, clientId?: string): Promise<TPlatform | null> {
  const prisma = await db();
  const rows = await prisma.ltiPlatform.findMany({
    where: { issuer, ...(clientId ? { clientId } : {}) },
    select: PLATFORM_SELECT,
    take: 2,
  });
  // Without a client id the issuer must be unambiguous.
  return rows.length === 1 && rows[0] ? toPlatform(rows[0]) : null;
}

export async function getPlatform(platformId: string): Promise<TPlatform> {
  const prisma = await db();
  const row = await prisma.ltiPlatform.findUnique({
    where: { id: platformId },
    select: PLATFORM_SELECT,
  });
  if (!row) throw new NotFoundError("We could not find that LMS.");
  return toPlatform(row);
}

const REGISTRATION_LINK_MS = 24 * 3600 * 1000;
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A single-use Dynamic Registration link's token, valid for a day. */
export async function newRegistrationToken(
  user: TSessionUser,
): Promise<{ token: string; expiresAt: Date }> {
  requireRole(user, "ADMIN");
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + REGISTRATION_LINK_MS);
  const prisma = await db();
  await prisma.ltiRegistrationToken.create({
    data: { id: tokenHash(token), expiresAt },
    select: { id: true },
  });
  return { token, expiresAt };
}

/** Whether a registration link can still be used (read before asking the LMS anything). */
export async function registrationTokenValid(token: string): Promise<boolean> {
  const prisma = await db();
  const found = await prisma.ltiRegistrationToken.count({
    where: { id: tokenHash(token), usedAt: null, expiresAt: { gt: new Date() } },
  });
  return found > 0;
}

/** Uses up a registration link: only one registration per link, however many tabs try. */
export async function consumeRegistrationToken(token: string): Promise<void> {
  const prisma = await db();
  const { count } = await prisma.ltiRegistrationToken.updateMany({
    where: { id: tokenHash(token), usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count === 0)
    throw new InvalidInputError(
      "This registration link was used or has expired: make a new one on Debrief's LMS page.",
    );
}
