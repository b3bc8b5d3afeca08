// Password hashes as the earlier scrypt scheme wrote them ("scrypt$N$r$p$salt$key"), to test and
// measure what happens to accounts created before Argon2id.
import { randomBytes, scrypt } from "node:crypto";

const LEGACY_SCRYPT_N = 2 ** 17;

export function legacyScryptHash(password: string, N = LEGACY_SCRYPT_N): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize("NFKC"),
      salt,
      32,
      { N, r: 8, p: 1, maxmem: 256 * 1024 * 1024 },
      (error, key) =>
        error
          ? reject(error)
          : resolve(["scrypt", N, 8, 1, salt.toString("base64"), key.toString("base64")].join("$")),
    );
  });
}
