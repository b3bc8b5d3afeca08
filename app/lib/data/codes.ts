import "server-only";
import { randomInt } from "node:crypto";

// Alphabets without look-alikes (0/O, 1/I/l) so codes read aloud or copied from a board work.
const JOIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function pick(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}

export function newJoinCode(): string {
  return pick(JOIN_ALPHABET, 6);
}

/** A one-time password such as "k7mq-p9x2-4hta" (about 59 bits): shown once, changed at first sign-in. */
export function newOneTimePassword(): string {
  return [pick(PASSWORD_ALPHABET, 4), pick(PASSWORD_ALPHABET, 4), pick(PASSWORD_ALPHABET, 4)].join(
    "-",
  );
}

/** "María José García" → "maria.g": letters only, first name and last initial. */
export function usernameBase(displayName: string): string {
  const words = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const [first = "student", ...rest] = words;
  const last = rest.at(-1);
  const base = `${first.slice(0, 20)}${last ? `.${last[0]}` : ""}`;
  return base.length >= 3 ? base : `${base}${"x".repeat(3 - base.length)}`;
}
