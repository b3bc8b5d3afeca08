import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { makeStudent, TEST_PASSWORD } from "@/test-support/factories";
import { legacyScryptHash } from "@/test-support/passwords";
import { authenticate } from "./users";

async function storedHash(userId: string): Promise<string> {
  const prisma = await db();
  const row = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  return row.passwordHash;
}

describe("authenticate", () => {
  it("signs in a user whose hash is from the earlier scrypt scheme and rehashes it with Argon2id", async () => {
    const student = await makeStudent();
    const legacy = await legacyScryptHash(TEST_PASSWORD, 2 ** 14);
    const prisma = await db();
    await prisma.user.update({ where: { id: student.id }, data: { passwordHash: legacy } });

    expect(await authenticate(student.username, "not the password")).toBeNull();
    expect(await storedHash(student.id)).toBe(legacy);

    expect((await authenticate(student.username, TEST_PASSWORD))?.id).toBe(student.id);
    const upgraded = await storedHash(student.id);
    expect(upgraded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await authenticate(student.username, TEST_PASSWORD))?.id).toBe(student.id);
    expect(await storedHash(student.id)).toBe(upgraded);
  });
});
