import { describe, expect, it } from "vitest";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import { db } from "@/app/lib/db/client";
import { createAssignment, setAccommodation } from "./assignments";
import { startAssignmentAttempt } from "./attempt-start";
import { getAssignmentReport } from "./gradebook";
import { InvalidInputError, NotFoundError } from "./errors";
import {
  chooseReadingLevel,
  getReadingSupport,
  setClassReadAloud,
  setStudentReadingSupport,
} from "./reading-support";

const ARTICLE = "kim-putin-arms-talks";

async function attemptLevel(id: string) {
  const prisma = await db();
  return (await prisma.attempt.findUniqueOrThrow({ where: { id }, select: { readingLevel: true } }))
    .readingLevel;
}

describe("reading support per student", () => {
  it("a level set on the roster opens the student's reading, an assignment's wins over it, the student's own switch wins over both, and each attempt records the level read at", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    expect(await getReadingSupport(student, ARTICLE)).toEqual({
      level: "standard",
      source: "class",
      readAloud: false,
    });

    expect(
      await setStudentReadingSupport(teacher, klass.id, student.id, {
        readingLevel: "simpler",
        readAloud: true,
      }),
    ).toBe(student.displayName);
    expect(await getReadingSupport(student, ARTICLE)).toEqual({
      level: "simpler",
      source: "class",
      readAloud: true,
    });

    const { id: assignmentId } = await createAssignment(
      teacher,
      klass.id,
      assignmentInput({ quizId: "key-facts" }),
    );
    await setAccommodation(teacher, assignmentId, student.id, {
      extraTimeSec: 0,
      extraAttempts: 0,
      dueAt: null,
      readingLevel: "standard",
    });
    expect(await getReadingSupport(student, ARTICLE)).toMatchObject({
      level: "standard",
      source: "assignment",
    });
    const attempt = await startAssignmentAttempt(student, assignmentId);
    expect(await attemptLevel(attempt.id)).toBe("standard");

    // The student switches while working: remembered, and written on the open attempt.
    await chooseReadingLevel(student, ARTICLE, "simpler");
    expect(await getReadingSupport(student, ARTICLE)).toMatchObject({
      level: "simpler",
      source: "own",
    });
    expect(await attemptLevel(attempt.id)).toBe("simpler");
    const report = await getAssignmentReport(teacher, assignmentId);
    expect(report.statuses[0]).toMatchObject({
      reading: { level: "standard", source: "assignment" },
      readAt: "simpler",
    });
  });

  it("read-aloud for the whole class reaches every student; a teacher may always try it", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    await setClassReadAloud(teacher, klass.id, true);
    expect((await getReadingSupport(student, ARTICLE)).readAloud).toBe(true);
    expect((await getReadingSupport(teacher, ARTICLE)).readAloud).toBe(true);
    expect((await getReadingSupport(null, ARTICLE)).readAloud).toBe(false);
  });

  it("refuses another teacher's class, a student not on the roster, and a choice for an article the student cannot read", async () => {
    const teacher = await makeTeacher();
    const other = await makeTeacher();
    const klass = await makeClass(teacher);
    const elsewhere = await makeClass(other);
    const student = await makeStudent(klass.id);
    const stranger = await makeStudent(elsewhere.id);
    const support = { readingLevel: "simpler" as const, readAloud: true };
    await expect(setStudentReadingSupport(other, klass.id, student.id, support)).rejects.toThrow(
      NotFoundError,
    );
    await expect(setStudentReadingSupport(teacher, klass.id, stranger.id, support)).rejects.toThrow(
      InvalidInputError,
    );
    await expect(setClassReadAloud(other, klass.id, true)).rejects.toThrow(NotFoundError);
    await expect(chooseReadingLevel(student, "no-such-article", "simpler")).rejects.toThrow(
      NotFoundError,
    );
    const prisma = await db();
    expect(await prisma.readingChoice.count({ where: { studentId: student.id } })).toBe(0);
  });
});
