import "server-only";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { db } from "@/app/lib/db/client";
import { NotFoundError } from "@/app/lib/data/errors";

// The tool's RS256 signing keys (LTI 1.3 Security Framework): made and rotated by
// `npm run lti:keys`, kept in the database so every instance signs with the same key. Only the
// public halves are ever served (the JWKS route); the private key is read here, to sign.

/** How long a retired key stays published: longer than any token it signed lives. */
const RETIRED_KEY_KEPT_MS = 24 * 3600 * 1000;

/** Makes a new key and retires the current one (kept in the JWKS for a day). Returns its kid. */
export async function rotateToolKey(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", {
    extractable: true,
    modulusLength: 2048,
  });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256" };
  const prisma = await db();
  const now = new Date();
  await prisma.$transaction([
    prisma.ltiKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } }),
    prisma.ltiKey.create({
      data: {
        kid,
        publicJwk: JSON.stringify(publicJwk),
        privateJwk: JSON.stringify(privateJwk),
        createdAt: now,
      },
      select: { kid: true },
    }),
    prisma.ltiKey.deleteMany({
      where: { retiredAt: { lt: new Date(now.getTime() - RETIRED_KEY_KEPT_MS) } },
    }),
  ]);
  return kid;
}

/** The public keys platforms verify the tool's messages with. */
export async function publicJwks(): Promise<{ keys: JWK[] }> {
  const prisma = await db();
  const rows = await prisma.ltiKey.findMany({
    where: {
      OR: [{ retiredAt: null }, { retiredAt: { gt: new Date(Date.now() - RETIRED_KEY_KEPT_MS) } }],
    },
    orderBy: { createdAt: "desc" },
    select: { publicJwk: true },
  });
  return { keys: rows.map((row) => JSON.parse(row.publicJwk) as JWK) };
}

/** The key that signs now (its id and age, never its private half), or null before the first. */
export async function currentToolKey(): Promise<{ kid: string; createdAt: Date } | null> {
  const prisma = await db();
  return prisma.ltiKey.findFirst({
    where: { retiredAt: null },
    orderBy: { createdAt: "desc" },
    select: { kid: true, createdAt: true },
  });
}

/** The current signing key, for signing only; never returned to a caller outside the server. */
export async function signingKey(): Promise<{ kid: string; key: CryptoKey | Uint8Array }> {
  const prisma = await db();
  const row = await prisma.ltiKey.findFirst({
    where: { retiredAt: null },
    orderBy: { createdAt: "desc" },
    select: { kid: true, privateJwk: true },
  });
  if (!row) throw new NotFoundError("The tool has no signing key yet: run npm run lti:keys.");
  return { kid: row.kid, key: await importJWK(JSON.parse(row.privateJwk) as JWK, "RS256") };
}
