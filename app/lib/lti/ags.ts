import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { AGS_SCORE_SCOPE, scoresUrl } from "@/app/lib/lti/claims";

// Assignment and Grade Services 2.0: an access token by the client-credentials grant with a JWT
// signed by the tool's key (LTI Security Framework §4.1), then a score posted to a line item.

type TTokenPlatform = { id: string; clientId: string; tokenUrl: string };
/** The tool's current signing key (app/lib/data/lti-keys.ts), passed in: this module reads no database. */
export type TSigner = () => Promise<{ kid: string; key: CryptoKey | Uint8Array }>;

const tokens = new Map<string, { token: string; expiresAt: number }>();
const TIMEOUT_MS = 10_000;

async function accessToken(platform: TTokenPlatform, signer: TSigner): Promise<string> {
  const cached = tokens.get(platform.id);
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.token;
  const { kid, key } = await signer();
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt()
    .setExpirationTime("5m")
    .setJti(randomUUID())
    .sign(key);
  const response = await fetch(platform.tokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope: AGS_SCORE_SCOPE,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`The LMS refused a grade token (HTTP ${response.status}).`);
  const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== "string") throw new Error("The LMS sent no grade token.");
  const seconds = typeof body.expires_in === "number" ? body.expires_in : 3600;
  tokens.set(platform.id, { token: body.access_token, expiresAt: Date.now() + seconds * 1000 });
  return body.access_token;
}

export type TScore = {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  gradingProgress: "FullyGraded" | "PendingManual";
};

/** Posts one score; throws with a message for the teacher's "not yet sent" list when refused. */
export async function postScore(
  platform: TTokenPlatform,
  lineItemUrl: string,
  score: TScore,
  signer: TSigner,
): Promise<void> {
  const token = await accessToken(platform, signer);
  const response = await fetch(scoresUrl(lineItemUrl), {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/vnd.ims.lis.v1.score+json",
    },
    body: JSON.stringify({
      ...score,
      activityProgress: "Completed",
      timestamp: new Date().toISOString(),
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 401) tokens.delete(platform.id);
  if (!response.ok) throw new Error(`The LMS did not take the grade (HTTP ${response.status}).`);
}
