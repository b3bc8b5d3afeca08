// npm run bench:gradebook — server time to build the gradebook and one assignment's analysis for
// the scale class (run npm run db:seed:scale first). Prints median and 95th percentile.
import { performance } from "node:perf_hooks";
import { db } from "@/app/lib/db/client";
import { getAssignmentReport, getClassGradebook } from "@/app/lib/data/gradebook";
import { SESSION_USER_SELECT } from "@/app/lib/data/sessions";

const RUNS = 20;
const prisma = await db();
const klass = await prisma.class.findUnique({
  where: { joinCode: "SCALE1" },
  select: {
    id: true,
    teacher: { select: SESSION_USER_SELECT },
    assignments: { select: { id: true }, take: 1 },
  },
});
if (!klass?.assignments[0]) {
  console.error("No scale data: run npm run db:seed:scale first.");
  process.exit(1);
}
const attempts = await prisma.attempt.count();
const assignmentId = klass.assignments[0].id;

async function time(run: () => Promise<unknown>) {
  await run(); // warm caches (content snapshot, statement preparation)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(RUNS / 2)] ?? 0, p95: samples[Math.ceil(RUNS * 0.95) - 1] ?? 0 };
}

const gradebook = await time(() => getClassGradebook(klass.teacher, klass.id, { page: 1 }));
const analysis = await time(() => getAssignmentReport(klass.teacher, assignmentId));
console.log(`attempts in database: ${attempts}`);
console.log(
  `gradebook page (40 students x the latest 10 of 25 assignments): p50 ${gradebook.p50.toFixed(1)} ms, p95 ${gradebook.p95.toFixed(1)} ms`,
);
console.log(
  `analysis (40 students x 10 attempts x 30 questions): p50 ${analysis.p50.toFixed(1)} ms, p95 ${analysis.p95.toFixed(1)} ms`,
);
await prisma.$disconnect();
