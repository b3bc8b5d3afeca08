import { expect, it } from "vitest";
import { db } from "./client";

it("connects with WAL, a busy timeout of at least 5 s and foreign keys enforced", async () => {
  const prisma = await db();
  const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [busy] =
    await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
  const [keys] =
    await prisma.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
  expect(journal?.journal_mode).toBe("wal");
  expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(5000);
  expect(Number(keys?.foreign_keys)).toBe(1);

  // Foreign keys really hold: an enrolment for a class that does not exist is refused.
  await expect(
    prisma.enrolment.create({ data: { classId: "missing", studentId: "missing" } }),
  ).rejects.toThrow();
  expect(await db()).toBe(prisma);
});
