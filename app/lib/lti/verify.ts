import "server-only";
import { createRemoteJWKSet, errors, jwtVerify } from "jose";
import { z } from "zod";
import { ZLaunchClaimsSchema, type TLaunchClaims } from "@/app/lib/lti/claims";

// Verifies a platform's id_token (LTI 1.3 Security Framework §5.1.3) with jose: the signature
// against the platform's JWKS, issuer, audience, azp, expiry and issue time. The nonce, state and
// deployment are checked by the caller, against what this server holds.

// One key set per JWKS URL, for the process: jose caches the keys and fetches them again when a
// token names a kid it does not know (a platform's key rotation), at most every 30 seconds.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySet(jwksUrl: string) {
  let found = keySets.get(jwksUrl);
  if (!found) {
    found = createRemoteJWKSet(new URL(jwksUrl), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
    keySets.set(jwksUrl, found);
  }
  return found;
}

export class LaunchRefused extends Error {}

export type TPlatformKeys = { issuer: string; clientId: string; jwksUrl: string };

export async function verifyLaunchToken(
  idToken: string,
  platform: TPlatformKeys,
): Promise<TLaunchClaims & { nonce: string }> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(idToken, keySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256", "RS384", "RS512", "ES256"],
      requiredClaims: ["exp", "iat", "nonce", "sub"],
      clockTolerance: 5,
      maxTokenAge: "10m",
    }));
  } catch (error) {
    throw new LaunchRefused(refusal(error));
  }
  // With several audiences the token must say which one it is for (OIDC Core §3.1.3.7).
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId)
    throw new LaunchRefused("The launch is meant for another tool (azp).");
  const parsed = ZLaunchClaimsSchema.and(z.object({ nonce: z.string() })).safeParse(payload);
  if (!parsed.success)
    throw new LaunchRefused(
      parsed.error.issues[0]?.message ?? "The launch is not one Debrief reads.",
    );
  return parsed.data;
}

function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return "The launch has expired. Open Debrief from your LMS again.";
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  )
    return "The launch's signature does not match the LMS's keys.";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The launch is not for this tool (${error.claim}).`;
  if (error instanceof errors.JOSEError) return `The launch could not be verified (${error.code}).`;
  return "The launch could not be verified: the LMS's keys could not be read.";
}
