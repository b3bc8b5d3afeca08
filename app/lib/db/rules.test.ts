// The rules the database itself enforces, whatever the code above it does. Runs on the provider of
// the test run, so each holds on SQLite and on PostgreSQL alike.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import { testProvider } from "@/test-support/databases";

const UNIQUE = { code: "P2002" };
const FOREIGN_KEY = { code: "P2003" };

async function attempt(
  studentId: string,
  extra: { openKey?: string | null; assignmentId?: string },
) {
  const prisma = await db();
  return prisma.attempt.create({
    data: {
      studentId,
      articleSlug: "kim-putin-arms-talks",
      quizId: "key-facts",
      contentVersion: "v1",
      seed: 1,
      questionOrder: "{}",
      ...extra,
    },
    select: { id: true },
  });
}

async function assignment(classId: string) {
  const prisma = await db();
  return prisma.assignment.create({
    data: {
      classId,
      articleSlug: "kim-putin-arms-talks",
      quizId: "key-facts",
      title: "Rules",
      questionIds: "[]",
      availableFrom: new Date(),
      dueAt: new Date(Date.now() + 86_400_000),
    },
    select: { id: true },
  });
}

/** A submitted answer to a written question, graded by the given teacher. */
async function gradedAnswer(studentId: string, graderId: string, points: number) {
  const prisma = await db();
  const { id: attemptId } = await attempt(studentId, { openKey: null });
  const response = await prisma.response.create({
    data: { attemptId, questionId: "q28", answer: "{}", seq: 1, contentVersion: "v1" },
    select: { id: true },
  });
  await prisma.writtenGrade.create({
    data: { responseId: response.id, graderId, criteria: "{}", points },
  });
  return { attemptId, responseId: response.id };
}

describe(`database rules (${testProvider})`, () => {
  it("refuses duplicate emails, usernames, join codes, answers and review cards", async () => {
    const prisma = await db();
    const teacher = await makeTeacher();
    const student = await makeStudent();
    const klass = await makeClass(teacher);
    const user = { role: "TEACHER" as const, displayName: "X", passwordHash: "x" };
    await expect(
      prisma.user.create({ data: { ...user, email: teacher.email } }),
    ).rejects.toMatchObject(UNIQUE);
    await expect(
      prisma.user.create({ data: { ...user, role: "STUDENT", username: student.username } }),
    ).rejects.toMatchObject(UNIQUE);
    await expect(
      prisma.class.create({ data: { teacherId: teacher.id, name: "B", joinCode: klass.joinCode } }),
    ).rejects.toMatchObject(UNIQUE);

    const { id: attemptId } = await attempt(student.id, { openKey: null });
    const answer = { attemptId, questionId: "q01", answer: "{}", seq: 1, contentVersion: "v1" };
    await prisma.response.create({ data: answer });
    await expect(prisma.response.create({ data: answer })).rejects.toMatchObject(UNIQUE);

    const card = {
      studentId: student.id,
      articleSlug: "kim-putin-arms-talks",
      questionId: "q01",
      due: new Date(),
      stability: 1,
      difficulty: 1,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
    };
    await prisma.reviewCard.create({ data: card });
    await expect(prisma.reviewCard.create({ data: card })).rejects.toMatchObject(UNIQUE);
  });

  it("allows one attempt in progress per student and quiz, and any number of finished ones", async () => {
    const student = await makeStudent();
    const openKey = `${student.id}:practice:key-facts`;
    await attempt(student.id, { openKey });
    await expect(attempt(student.id, { openKey })).rejects.toMatchObject(UNIQUE);
    // Finished attempts hold no key, and NULLs never collide.
    await attempt(student.id, { openKey: null });
    await attempt(student.id, { openKey: null });
  });

  it("deleting a student takes their sessions, enrolments, attempts, answers, grades and cards", async () => {
    const prisma = await db();
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    await prisma.session.create({
      data: { id: randomUUID(), userId: student.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const { attemptId, responseId } = await gradedAnswer(student.id, teacher.id, 1);

    await prisma.user.delete({ where: { id: student.id } });
    expect(await prisma.session.count({ where: { userId: student.id } })).toBe(0);
    expect(await prisma.enrolment.count({ where: { studentId: student.id } })).toBe(0);
    expect(await prisma.attempt.count({ where: { studentId: student.id } })).toBe(0);
    expect(await prisma.response.count({ where: { attemptId } })).toBe(0);
    expect(await prisma.writtenGrade.count({ where: { responseId } })).toBe(0);
  });

  it("keeps a grade when its grader's account goes, without a grader", async () => {
    const prisma = await db();
    const grader = await makeTeacher();
    const student = await makeStudent();
    const { responseId } = await gradedAnswer(student.id, grader.id, 2);
    await prisma.user.delete({ where: { id: grader.id } });
    expect(await prisma.writtenGrade.findUniqueOrThrow({ where: { responseId } })).toMatchObject({
      graderId: null,
      points: 2,
    });
  });

  it("refuses to delete an assignment students have attempted, and rows pointing nowhere", async () => {
    const prisma = await db();
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    const taken = await assignment(klass.id);
    const untouched = await assignment(klass.id);
    await attempt(student.id, { openKey: null, assignmentId: taken.id });

    await expect(prisma.assignment.delete({ where: { id: taken.id } })).rejects.toMatchObject(
      FOREIGN_KEY,
    );
    await prisma.assignment.delete({ where: { id: untouched.id } });
    await expect(attempt("no-such-student", { openKey: null })).rejects.toMatchObject(FOREIGN_KEY);
  });
});
