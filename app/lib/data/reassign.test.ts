import { describe, expect, it } from "vitest";
import { saveAsSent } from "@/test-support/answers";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import { db } from "@/app/lib/db/client";
import { closeAssignment, createAssignment } from "./assignments";
import { startAssignmentAttempt } from "./attempt-start";
import { submitAttempt } from "./attempts";
import { InvalidInputError, NotFoundError } from "./errors";
import { reassignBelow } from "./reassign";

const DAY = 24 * 3600 * 1000;

describe("another attempt for students below a score", () => {
  it("goes to each student whose graded score is below it, once per click, with their own due date", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    // A third student never hands in: no score, so not given another attempt.
    const [low, high] = await Promise.all([1, 2, 3].map(() => makeStudent(klass.id)));
    const { id } = await createAssignment(
      teacher,
      klass.id,
      assignmentInput({ quizId: null, questionIds: ["q01", "q02"] }),
    );
    // Low gets one of two right (50%), high both (100%).
    for (const [student, right] of [
      [low!, 1],
      [high!, 2],
    ] as const) {
      const attempt = await startAssignmentAttempt(student, id);
      await saveAsSent(student, attempt.id, {
        questionId: "q01",
        seq: 1,
        answer: { optionId: "a" },
      });
      if (right === 2)
        await saveAsSent(student, attempt.id, {
          questionId: "q02",
          seq: 1,
          answer: { optionId: "a" },
        });
      await submitAttempt(student, attempt.id);
    }
    const dueAt = new Date(Date.now() + 3 * DAY);
    expect(await reassignBelow(teacher, id, { below: 60, dueAt })).toEqual([low!.displayName]);
    const prisma = await db();
    const own = () =>
      prisma.accommodation.findMany({
        where: { assignmentId: id },
        select: { studentId: true, extraAttempts: true, dueAt: true },
      });
    expect(await own()).toEqual([{ studentId: low!.id, extraAttempts: 1, dueAt }]);
    await expect(startAssignmentAttempt(low!, id)).resolves.toBeDefined();
    // A second click gives one more; a later own due date is kept.
    await reassignBelow(teacher, id, { below: 60, dueAt: new Date(Date.now() + DAY) });
    expect(await own()).toEqual([{ studentId: low!.id, extraAttempts: 2, dueAt }]);
  });

  it("is refused for another teacher, a due date in the past and a closed assignment, changing nothing", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const { id } = await createAssignment(teacher, klass.id, assignmentInput());
    const later = { below: 50, dueAt: new Date(Date.now() + DAY) };
    await expect(reassignBelow(await makeTeacher(), id, later)).rejects.toThrow(NotFoundError);
    await expect(
      reassignBelow(teacher, id, { below: 50, dueAt: new Date(Date.now() - DAY) }),
    ).rejects.toThrow("Choose a due date in the future.");
    await closeAssignment(teacher, id);
    await expect(reassignBelow(teacher, id, later)).rejects.toThrow(InvalidInputError);
    expect(await (await db()).accommodation.count({ where: { assignmentId: id } })).toBe(0);
  });
});
