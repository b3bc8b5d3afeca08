// npm run db:seed — idempotent demo data (runs with the react-server condition so the app's
// server-only modules load outside Next).
import { db } from "@/app/lib/db/client";
import { seedDemoClassWork } from "@/app/lib/demo/class-work";
import { DEMO } from "@/app/lib/demo-accounts";
import { seedDemo } from "@/app/lib/demo/seed";
import { currentToolKey, rotateToolKey } from "@/app/lib/data/lti-keys";

const prisma = await db();
const { created } = await seedDemo(prisma);
const teacher = await prisma.user.findUniqueOrThrow({
  where: { email: DEMO.teacher.email },
  select: { id: true, role: true, displayName: true, mustChangePassword: true },
});
const demoClass = await prisma.class.findUniqueOrThrow({
  where: { joinCode: DEMO.class.joinCode },
  select: { id: true },
});
const students = await prisma.user.findMany({
  where: { username: { in: DEMO.students.map((s) => s.username) } },
  orderBy: { username: "asc" },
  select: { id: true, role: true, displayName: true, mustChangePassword: true },
});
created.push(...(await seedDemoClassWork(prisma, teacher, demoClass.id, students)));
// A first LTI signing key, so an LMS can be connected at once (npm run lti:keys rotates it).
if (!(await currentToolKey())) created.push(`LTI signing key ${await rotateToolKey()}`);
console.log(created.length > 0 ? `Seeded: ${created.join(", ")}` : "Demo data already present.");
console.log(
  `Demo sign-in (local use only): teacher ${DEMO.teacher.email} / ${DEMO.teacher.password}; ` +
    `students ${DEMO.students
      .slice(0, 3)
      .map((s) => s.username)
      .join(", ")} and ${DEMO.students.length - 3} more / ${DEMO.studentPassword}; ` +
    `class join code ${DEMO.class.joinCode}`,
);
await prisma.$disconnect();
