// Demo data for local use: one teacher, one class with a join code, 24 students (their work:
// class-work.ts). The accounts themselves: app/lib/demo-accounts.ts.
// Idempotent: running it again changes nothing that is already there.
import type { PrismaClient } from "@/app/generated/prisma/client";
import { DEMO, DEMO_USERS } from "@/app/lib/demo-accounts";
import { hashPassword } from "@/app/lib/passwords/hashing";

export async function seedDemo(prisma: PrismaClient): Promise<{ created: string[] }> {
  const created: string[] = [];

  let teacher = await prisma.user.findUnique({
    where: { email: DEMO.teacher.email },
    select: { id: true },
  });
  if (!teacher) {
    teacher = await prisma.user.create({
      data: {
        role: "TEACHER",
        email: DEMO.teacher.email,
        displayName: DEMO.teacher.displayName,
        passwordHash: await hashPassword(DEMO.teacher.password),
      },
      select: { id: true },
    });
    created.push(`teacher ${DEMO.teacher.email}`);
  }

  let demoClass = await prisma.class.findUnique({
    where: { joinCode: DEMO.class.joinCode },
    select: { id: true },
  });
  if (!demoClass) {
    demoClass = await prisma.class.create({
      data: { name: DEMO.class.name, joinCode: DEMO.class.joinCode, teacherId: teacher.id },
      select: { id: true },
    });
    created.push(`class "${DEMO.class.name}"`);
  }

  const studentHash = await hashPassword(DEMO.studentPassword);
  for (const student of DEMO.students) {
    const existing = await prisma.user.findUnique({
      where: { username: student.username },
      select: { id: true },
    });
    if (existing) continue;
    await prisma.user.create({
      data: {
        role: "STUDENT",
        username: student.username,
        displayName: student.displayName,
        passwordHash: studentHash,
        enrolments: { create: { classId: demoClass.id } },
      },
    });
    created.push(`student ${student.username}`);
  }
  return { created };
}

/**
 * Removes the demo accounts and all they own: the demo class, its assignments and the work done
 * for them (anyone's), and the demo students. One batch: all of it or none.
 */
export async function removeDemo(prisma: PrismaClient): Promise<{ users: number }> {
  const [, users] = await prisma.$transaction([
    prisma.attempt.deleteMany({
      where: { assignment: { class: { teacher: { email: DEMO.teacher.email } } } },
    }),
    prisma.user.deleteMany({ where: DEMO_USERS }),
  ]);
  return { users: users.count };
}
