// npm run db:seed — idempotent demo data (runs with the react-server condition so the app's
// server-only modules load outside Next).
import { db } from "@/app/lib/db/client";
import { DEMO, seedDemo } from "@/app/lib/db/seed";

const prisma = await db();
const { created } = await seedDemo(prisma);
console.log(created.length > 0 ? `Seeded: ${created.join(", ")}` : "Demo data already present.");
console.log(
  `Demo sign-in (local use only): teacher ${DEMO.teacher.email} / ${DEMO.teacher.password}; ` +
    `students ${DEMO.students.map((s) => s.username).join(", ")} / ${DEMO.studentPassword}; ` +
    `class join code ${DEMO.class.joinCode}`,
);
await prisma.$disconnect();
