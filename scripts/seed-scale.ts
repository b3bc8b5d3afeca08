// npm run db:seed:scale [-- --classes N] — a school's worth of submitted work for measuring the
// gradebook and analysis: N classes (default 1; SCALE1, SCALE2, …), each of 40 students and 25
// assignments of 30 questions with 10 submitted attempts per student and assignment, so 10,000
// attempts (300,000 answers) per class; `--classes 10` is a school year of 100,000.
// Idempotent per class: a class already there is skipped.
// Teachers, classes and assignments go through Prisma; attempts and answers are written as plain
// multi-row INSERTs in one transaction per class — Prisma's createMany took 74 s per class.
import { randomUUID } from "node:crypto";
import { db } from "@/app/lib/db/client";
import { env } from "@/app/lib/env";
import { listPacks } from "@/app/lib/content";
import { ensureSnapshot } from "@/app/lib/data/snapshots";
import { hashPassword } from "@/app/lib/passwords/hashing";
import { roundTo } from "@/app/lib/numbers";
import { storedAnswer } from "@/app/lib/quiz/answers";
import { kindOf } from "@/app/lib/quiz/kinds";
import { scoreQuestion } from "@/app/lib/quiz/scoring";
import { withSql, type TSql, type TSqlValue } from "@/test-support/sql";

const SCALE = { students: 40, assignments: 25, attemptsPerStudent: 10, questions: 30 };
const classesFlag = process.argv.indexOf("--classes");
const classes = classesFlag > 0 ? Number(process.argv[classesFlag + 1]) : 1;
if (!Number.isInteger(classes) || classes < 1)
  throw new Error("--classes takes a whole number ≥ 1");

const [pack] = await listPacks();
if (!pack) throw new Error("No content pack.");
const prisma = await db();
await ensureSnapshot(pack);
const passwordHash = await hashPassword(randomUUID());
const sentenceIds = [...pack.sentences.keys()];
// 30 auto-scored questions (written answers would wait for a teacher), each answered one right
// and one wrong way: scored once here, not 300,000 times.
const pool = [...pack.questions.values()].filter((q) => q.type !== "cer");
const questions = [
  ...new Set(Array.from({ length: SCALE.questions }, (_, i) => pool[i % pool.length]!)),
];
const answers = questions.map((question) =>
  [true, false].map((right) => {
    const answer = kindOf(question).sample(question, right, sentenceIds);
    const result = scoreQuestion(question, answer);
    return { question, stored: storedAnswer(question, answer), ...result };
  }),
);

/** INSERT INTO table (columns) VALUES (…), (…) in chunks the databases' parameter limits allow. */
async function insertRows(sql: TSql, table: string, columns: string[], rows: TSqlValue[][]) {
  const perStatement = Math.floor(30_000 / columns.length);
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await sql.run(head + chunk.map(() => tuple).join(", "), chunk.flat());
  }
}

const started = Date.now();
let seeded = 0;
for (let c = 1; c <= classes; c += 1) {
  const joinCode = `SCALE${c}`;
  if (await prisma.class.findUnique({ where: { joinCode }, select: { id: true } })) continue;
  const teacher = await prisma.user.create({
    data: {
      role: "TEACHER",
      email: `scale-${randomUUID().slice(0, 8)}@example.org`,
      displayName: `Scale teacher ${c}`,
      passwordHash,
    },
    select: { id: true },
  });
  const klass = await prisma.class.create({
    data: { name: `Scale class ${c}`, joinCode, teacherId: teacher.id },
    select: { id: true },
  });
  const students = Array.from({ length: SCALE.students }, (_, i) => ({
    id: randomUUID(),
    role: "STUDENT" as const,
    username: `scale-${klass.id.slice(-6)}-${i + 1}`,
    displayName: `Scale student ${c}.${i + 1}`,
    passwordHash,
  }));
  await prisma.user.createMany({ data: students });
  await prisma.enrolment.createMany({
    data: students.map((s) => ({ classId: klass.id, studentId: s.id })),
  });
  const attemptRows: TSqlValue[][] = [];
  const responseRows: TSqlValue[][] = [];
  for (let a = 0; a < SCALE.assignments; a += 1) {
    const assignment = await prisma.assignment.create({
      data: {
        classId: klass.id,
        articleSlug: pack.slug,
        title: `Scale assignment ${a + 1}`,
        questionIds: JSON.stringify(questions.map((q) => q.id)),
        availableFrom: new Date(Date.now() - 30 * 86400_000),
        dueAt: new Date(Date.now() - 86400_000),
        attemptsAllowed: null,
      },
      select: { id: true },
    });
    for (const [s, student] of students.entries()) {
      for (let n = 0; n < SCALE.attemptsPerStudent; n += 1) {
        const id = randomUUID();
        let score = 0;
        let maxScore = 0;
        const startedAt = new Date(Date.now() - (30 - n) * 86400_000);
        for (const [q, pair] of answers.entries()) {
          const given = pair[(s + n + q + a) % 3 !== 0 ? 0 : 1]!;
          score += given.points ?? 0;
          maxScore += given.maxPoints;
          responseRows.push([
            randomUUID(),
            id,
            given.question.id,
            given.stored,
            1,
            pack.version,
            given.points,
            given.maxPoints,
            given.outcome,
            startedAt,
          ]);
        }
        attemptRows.push([
          id,
          student.id,
          assignment.id,
          pack.slug,
          "assignment",
          pack.version,
          "SUBMITTED",
          n,
          JSON.stringify({ questions: questions.map((q) => q.id), choices: {} }),
          startedAt,
          new Date(startedAt.getTime() + 600_000),
          roundTo(score, 2),
          maxScore,
          false,
          false,
        ]);
      }
    }
  }
  await withSql(env.DATABASE_URL, async (sql) => {
    await sql.run("BEGIN");
    await insertRows(
      sql,
      "Attempt",
      [
        "id",
        "studentId",
        "assignmentId",
        "articleSlug",
        "quizId",
        "contentVersion",
        "status",
        "seed",
        "questionOrder",
        "startedAt",
        "submittedAt",
        "score",
        "maxScore",
        "pendingManual",
        "late",
      ],
      attemptRows,
    );
    await insertRows(
      sql,
      "Response",
      [
        "id",
        "attemptId",
        "questionId",
        "answer",
        "seq",
        "contentVersion",
        "points",
        "maxPoints",
        "outcome",
        "savedAt",
      ],
      responseRows,
    );
    await sql.run("COMMIT");
  });
  seeded += attemptRows.length;
  console.log(`Seeded ${attemptRows.length} attempts in class ${joinCode} (${klass.id}).`);
}
console.log(
  seeded === 0
    ? "Scale data already present."
    : `Seeded ${seeded} attempts in ${Math.round((Date.now() - started) / 1000)} s.`,
);
await prisma.$disconnect();
