// npm run db:seed:scale — a class of 40 students and 25 assignments of 30 questions with 10,000
// submitted attempts (300,000 answers), for measuring the gradebook and analysis at scale.
// Idempotent: a second run finds the class and stops.
import { roundTo } from "@/app/lib/numbers";
import { randomUUID } from "node:crypto";
import { db } from "@/app/lib/db/client";
import { listPacks } from "@/app/lib/content";
import { ensureSnapshot } from "@/app/lib/data/snapshots";
import { hashPassword } from "@/app/lib/auth/password";
import { scoreQuestion } from "@/app/lib/quiz/scoring";
import { storedAnswer } from "@/app/lib/quiz/answers";
import { kindOf } from "@/app/lib/quiz/kinds";

const SCALE = {
  students: 40,
  assignments: 25,
  attemptsPerStudent: 10,
  questions: 30,
  joinCode: "SCALE1",
};

const [pack] = await listPacks();
if (!pack) throw new Error("No content pack.");
const prisma = await db();
if (await prisma.class.findUnique({ where: { joinCode: SCALE.joinCode }, select: { id: true } })) {
  console.log("Scale data already present.");
} else {
  const started = Date.now();
  await ensureSnapshot(pack);
  const passwordHash = await hashPassword(randomUUID());
  const teacher = await prisma.user.create({
    data: {
      role: "TEACHER",
      email: `scale-${randomUUID().slice(0, 8)}@example.org`,
      displayName: "Scale teacher",
      passwordHash,
    },
  });
  const klass = await prisma.class.create({
    data: { name: "Scale class", joinCode: SCALE.joinCode, teacherId: teacher.id },
  });
  const students = Array.from({ length: SCALE.students }, (_, i) => ({
    id: randomUUID(),
    role: "STUDENT" as const,
    username: `scale-${klass.id.slice(-6)}-${i + 1}`,
    displayName: `Scale student ${i + 1}`,
    passwordHash,
  }));
  await prisma.user.createMany({ data: students });
  await prisma.enrolment.createMany({
    data: students.map((s) => ({ classId: klass.id, studentId: s.id })),
  });
  // 30 auto-scored questions (written answers would wait for a teacher).
  const questions = [...pack.questions.values()].filter((q) => q.type !== "cer");
  const chosen = Array.from(
    { length: SCALE.questions },
    (_, i) => questions[i % questions.length]!,
  );
  const ids = chosen.map((q) => q.id);
  let attempts = 0;
  for (let a = 0; a < SCALE.assignments; a += 1) {
    const assignment = await prisma.assignment.create({
      data: {
        classId: klass.id,
        articleSlug: pack.slug,
        title: `Scale assignment ${a + 1}`,
        questionIds: JSON.stringify([...new Set(ids)]),
        availableFrom: new Date(Date.now() - 30 * 86400_000),
        dueAt: new Date(Date.now() - 86400_000),
        attemptsAllowed: null,
      },
    });
    const unique = [...new Set(ids)].map((id) => pack.questions.get(id)!);
    const attemptRows = [];
    const responseRows = [];
    for (const [s, student] of students.entries()) {
      for (let n = 0; n < SCALE.attemptsPerStudent; n += 1) {
        const id = randomUUID();
        let score = 0;
        let maxScore = 0;
        for (const [q, question] of unique.entries()) {
          const answer = kindOf(question).sample(question, (s + n + q + a) % 3 !== 0, [
            ...pack.sentences.keys(),
          ]);
          const result = scoreQuestion(question, answer);
          score += result.points ?? 0;
          maxScore += result.maxPoints;
          responseRows.push({
            id: randomUUID(),
            attemptId: id,
            questionId: question.id,
            answer: storedAnswer(question, answer),
            seq: 1,
            contentVersion: pack.version,
            points: result.points,
            maxPoints: result.maxPoints,
            outcome: result.outcome,
          });
        }
        const startedAt = new Date(Date.now() - (30 - n) * 86400_000);
        attemptRows.push({
          id,
          studentId: student.id,
          assignmentId: assignment.id,
          articleSlug: pack.slug,
          quizId: "assignment",
          contentVersion: pack.version,
          status: "SUBMITTED" as const,
          seed: n,
          questionOrder: JSON.stringify({ questions: unique.map((q) => q.id), choices: {} }),
          startedAt,
          submittedAt: new Date(startedAt.getTime() + 600_000),
          score: roundTo(score, 2),
          maxScore,
        });
      }
    }
    await prisma.attempt.createMany({ data: attemptRows });
    for (let i = 0; i < responseRows.length; i += 5000) {
      await prisma.response.createMany({ data: responseRows.slice(i, i + 5000) });
    }
    attempts += attemptRows.length;
  }
  console.log(
    `Seeded ${attempts} attempts in class ${klass.id} (teacher ${teacher.email}) in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
}
await prisma.$disconnect();
