import { scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Argon2id at the OWASP Password Storage Cheat Sheet's first configuration: m=19 MiB, t=2, p=1.
// scrypt at N=2^17 (our earlier choice) costs about 0.5 s of CPU per hash on a 2-core school
// server, so 30 students signing in at the start of a lesson waited up to 8 s; this costs about
// 20 ms. See docs/decisions/0007-argon2id-passwords.md. The parameters are stored in each hash
// (PHC string format), so they can be raised later: needsRehash says when a stored hash is older.
const ARGON2_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id: a const enum, which isolatedModules cannot import
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;

// Passwords are compared as NFKC so the same phrase typed on two keyboards matches.
const normalize = (password: string) => password.normalize("NFKC");

export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), ARGON2_OPTIONS);
}

/** True when a stored hash was made with other parameters or another scheme than hashPassword's. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX);
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$argon2id$")) {
    try {
      return await verify(stored, normalize(password));
    } catch {
      return false; // a malformed stored hash matches nothing
    }
  }
  if (stored.startsWith("scrypt$")) return verifyScrypt(password, stored);
  return false;
}

// Hashes written before Argon2id: "scrypt$N$r$p$salt$key" (base64). Still verified, so nobody is
// locked out; users.ts rehashes them with Argon2id at the next successful sign-in.
async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, N, r, p, salt, key] = stored.split("$");
  if (!N || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const options: ScryptOptions = {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  };
  const actual = await new Promise<Buffer | null>((resolve) => {
    scrypt(normalize(password), Buffer.from(salt, "base64"), expected.length, options, (error, k) =>
      resolve(error ? null : k),
    );
  });
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}
