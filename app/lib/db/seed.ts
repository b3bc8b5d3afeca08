// Demo data for local use: one teacher, one class with a join code, 24 students (their work:
// demo-class.ts).
// Idempotent: running it again changes nothing that is already there.
import type { PrismaClient } from "@/app/generated/prisma/client";
import { hashPassword } from "@/app/lib/auth/password";

export const DEMO = {
  teacher: {
    email: "teacher@example.com",
    password: "debrief-demo-teacher",
    displayName: "Ms. Rivera",
  },
  class: { name: "Period 3 — Current Events", joinCode: "DEMO42" },
  studentPassword: "debrief-demo-student",
  students: [
    { username: "ada", displayName: "Ada" },
    { username: "ben", displayName: "Ben" },
    { username: "chloe", displayName: "Chloe" },
    { username: "dev", displayName: "Dev" },
    { username: "elif", displayName: "Elif" },
    { username: "finn", displayName: "Finn" },
    { username: "grace", displayName: "Grace" },
    { username: "hugo", displayName: "Hugo" },
    { username: "ines", displayName: "Ines" },
    { username: "jonah", displayName: "Jonah" },
    { username: "kaia", displayName: "Kaia" },
    { username: "leo", displayName: "Leo" },
    { username: "maya", displayName: "Maya" },
    { username: "nico", displayName: "Nico" },
    { username: "omar", displayName: "Omar" },
    { username: "priya", displayName: "Priya" },
    { username: "quinn", displayName: "Quinn" },
    { username: "rosa", displayName: "Rosa" },
    { username: "sam", displayName: "Sam" },
    { username: "tariq", displayName: "Tariq" },
    { username: "uma", displayName: "Uma" },
    { username: "vera", displayName: "Vera" },
    { username: "wes", displayName: "Wes" },
    { username: "yuki", displayName: "Yuki" },
  ],
} as const;

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

/** Where the demo accounts are: their sign-in names, which the seed made with published passwords. */
export const DEMO_USERS = {
  OR: [{ email: DEMO.teacher.email }, { username: { in: DEMO.students.map((s) => s.username) } }],
};

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
