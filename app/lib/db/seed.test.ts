import { describe, expect, it } from "vitest";
import { demoAccountsPresent } from "@/app/lib/data/demo";
import { db } from "@/app/lib/db/client";
import { DEMO, DEMO_USERS, removeDemo, seedDemo } from "./seed";

describe("demo accounts", () => {
  it("are seeded once, shown as present, and removed with everything in their class", async () => {
    const prisma = await db();
    await seedDemo(prisma);
    expect((await seedDemo(prisma)).created).toEqual([]);
    expect(await demoAccountsPresent(Date.now())).toBe(true);
    expect(await prisma.user.count({ where: DEMO_USERS })).toBe(1 + DEMO.students.length);

    expect(await removeDemo(prisma)).toEqual({ users: 1 + DEMO.students.length });
    expect(await prisma.user.count({ where: DEMO_USERS })).toBe(0);
    expect(await prisma.class.count({ where: { joinCode: DEMO.class.joinCode } })).toBe(0);
    // The cached answer expires: a later look sees them gone.
    expect(await demoAccountsPresent(Date.now() + 60_000)).toBe(false);
  });
});
