import { expect, it } from "vitest";
import { testProvider } from "@/test-support/databases";
import { db } from "./client";

it(`enforces foreign keys and shares one client (${testProvider})`, async () => {
  const prisma = await db();
  // An enrolment for a class that does not exist is refused.
  await expect(
    prisma.enrolment.create({ data: { classId: "missing", studentId: "missing" } }),
  ).rejects.toThrow();
  expect(await db()).toBe(prisma);
});

const SETTINGS = {
  sqlite: async (prisma: Awaited<ReturnType<typeof db>>) => {
    // WAL, a busy timeout of at least 5 s and foreign keys on, for every connection.
    const [journal] =
      await prisma.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [busy] =
      await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    const [keys] =
      await prisma.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(5000);
    expect(Number(keys?.foreign_keys)).toBe(1);
  },
  postgresql: async (prisma: Awaited<ReturnType<typeof db>>) => {
    const [row] = await prisma.$queryRawUnsafe<{ version: string }[]>("SELECT version()");
    expect(row?.version).toMatch(/^PostgreSQL/);
  },
};

it(`connects with the settings ${testProvider} needs`, async () => {
  await SETTINGS[testProvider](await db());
});
