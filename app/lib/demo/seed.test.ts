import { describe, expect, it } from "vitest";
import { demoAccountsPresent } from "@/app/lib/data/demo";
import { db } from "@/app/lib/db/client";
import { seedDemoClassWork } from "./class-work";
import { DEMO, DEMO_USERS } from "@/app/lib/demo-accounts";
import { removeDemo, seedDemo } from "./seed";

describe("demo accounts", () => {
  it("are seeded once, shown as present, and removed with everything in their class", async () => {
    const prisma = await db();
    await seedDemo(prisma);
    expect((await seedDemo(prisma)).created).toEqual([]);
    expect(await demoAccountsPresent(Date.now())).toBe(true);
    expect(await prisma.user.count({ where: DEMO_USERS })).toBe(1 + DEMO.students.length);

    // The class in full swing: three assignments, once, with work and pending written answers.
    const userSelect = {
      id: true,
      role: true,
      displayName: true,
      mustChangePassword: true,
    } as const;
    const teacher = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO.teacher.email },
      select: userSelect,
    });
    const klass = await prisma.class.findUniqueOrThrow({
      where: { joinCode: DEMO.class.joinCode },
      select: { id: true },
    });
    const students = await prisma.user.findMany({
      where: { role: "STUDENT", ...DEMO_USERS },
      orderBy: { username: "asc" },
      select: userSelect,
    });
    expect(await seedDemoClassWork(prisma, teacher, klass.id, students)).toHaveLength(3);
    expect(await seedDemoClassWork(prisma, teacher, klass.id, students)).toEqual([]);
    const assignments = await prisma.assignment.findMany({
      where: { classId: klass.id },
      select: { dueAt: true, closedAt: true, _count: { select: { attempts: true } } },
    });
    expect(assignments.filter((a) => a.dueAt < new Date())).toHaveLength(2);
    expect(assignments.filter((a) => a.closedAt)).toHaveLength(1);
    expect(assignments.every((a) => a._count.attempts > 10)).toBe(true);
    expect(await prisma.attempt.count({ where: { pendingManual: true } })).toBeGreaterThan(5);
    expect(await prisma.reviewCard.count()).toBeGreaterThan(0);
    // Plausible times: work in the afternoon or evening before the due date, answers saved while
    // the attempt was open, handed in within half an hour, graded after it, nothing in the future.
    const now = new Date();
    const attempts = await prisma.attempt.findMany({
      where: { assignment: { classId: klass.id } },
      select: {
        startedAt: true,
        submittedAt: true,
        assignment: { select: { dueAt: true } },
        responses: { select: { savedAt: true, grade: { select: { gradedAt: true } } } },
      },
    });
    for (const attempt of attempts) {
      const end = attempt.submittedAt ?? now;
      expect(attempt.startedAt.getUTCHours()).toBeGreaterThanOrEqual(15);
      expect(attempt.startedAt.getUTCHours()).toBeLessThan(21);
      expect(attempt.startedAt.getTime()).toBeLessThan(now.getTime());
      if (attempt.submittedAt) {
        expect(attempt.submittedAt.getTime() - attempt.startedAt.getTime()).toBeLessThan(
          30 * 60_000,
        );
        expect(attempt.submittedAt.getTime()).toBeLessThan(attempt.assignment!.dueAt.getTime());
      }
      for (const response of attempt.responses) {
        expect(response.savedAt.getTime()).toBeGreaterThanOrEqual(attempt.startedAt.getTime());
        expect(response.savedAt.getTime()).toBeLessThanOrEqual(end.getTime());
        if (response.grade) {
          expect(response.grade.gradedAt.getTime()).toBeGreaterThan(end.getTime());
          expect(response.grade.gradedAt.getTime()).toBeLessThanOrEqual(now.getTime());
        }
      }
    }
    expect(assignments.every((a) => a.dueAt.getUTCHours() === 23)).toBe(true);

    expect(await removeDemo(prisma)).toEqual({ users: 1 + DEMO.students.length });
    expect(await prisma.user.count({ where: DEMO_USERS })).toBe(0);
    expect(await prisma.class.count({ where: { joinCode: DEMO.class.joinCode } })).toBe(0);
    expect(await prisma.attempt.count()).toBe(0);
    // The cached answer expires: a later look sees them gone.
    expect(await demoAccountsPresent(Date.now() + 60_000)).toBe(false);
  });
});
