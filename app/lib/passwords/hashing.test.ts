import { describe, expect, it } from "vitest";
import { legacyScryptHash } from "@/test-support/passwords";
import { hashPassword, needsRehash, verifyPassword } from "./hashing";

describe("passwords", () => {
  it("hashes with Argon2id at OWASP's 19 MiB, t=2, p=1 and a random salt", async () => {
    const first = await hashPassword("correct horse battery");
    const second = await hashPassword("correct horse battery");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain("correct horse battery");
    expect(needsRehash(first)).toBe(false);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterY", stored)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
    expect(await verifyPassword("anything", "$argon2id$v=19$broken")).toBe(false);
  });

  it("still verifies hashes from the earlier scrypt scheme, and asks for them to be rehashed", async () => {
    const old = await legacyScryptHash("correct horse battery", 2 ** 14);
    expect(await verifyPassword("correct horse battery", old)).toBe(true);
    expect(await verifyPassword("correct horse batterY", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaA")).toBe(true);
  });

  it("does not truncate long passwords", async () => {
    const long = "x".repeat(100);
    const stored = await hashPassword(long);
    expect(await verifyPassword(long, stored)).toBe(true);
    expect(await verifyPassword("x".repeat(99), stored)).toBe(false);
    expect(await verifyPassword(`${long}y`, stored)).toBe(false);
  });
});
