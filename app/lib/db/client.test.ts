import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { migrate } from "./migrations";

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "debrief-client-test-"));
  vi.stubEnv("DATABASE_URL", `file:${path.join(scratch, "client.db")}`);
  await migrate(`file:${path.join(scratch, "client.db")}`);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(scratch, { recursive: true, force: true });
});

it("connects with WAL, a busy timeout of at least 5 s and foreign keys enforced", async () => {
  const { db } = await import("./client");
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
  await prisma.$disconnect();
});
