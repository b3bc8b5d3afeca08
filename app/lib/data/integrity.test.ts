// What a student with a script could try against an assignment's rules: saving after the teacher
// closed it, after the due date, after leaving the class; reading keys the feedback policy hides
// through the review queue or practice. Each rule is checked where the data is written or read.
import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { saveAsSent } from "@/test-support/answers";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import type { TAssignmentInput } from "@/app/lib/schemas/assignments";
import {
  closeAssignment,
  createAssignment,
  deleteOrArchiveAssignment,
  setAccommodation,
} from "./assignments";
import { getAttempt, settleAttempt, settleOwnAttempts, submitAttempt } from "./attempts";
import { startAssignmentAttempt, startAttempt } from "./attempt-start";
import { removeStudentFromClass } from "./classes";
import { ConflictError, NotFoundError } from "./errors";
import { feedbackHiddenReason } from "./feedback";
import { getClassGradebook, getStudentInClass } from "./gradebook";
import { listReviewQueue } from "./reviews";

const HOUR = 3600 * 1000;
const SLUG = "kim-putin-arms-talks";
const input = (overrides: Partial<TAssignmentInput> = {}) =>
  assignmentInput({ attemptsAllowed: null, ...overrides });

async function openAttempt(overrides: Partial<TAssignmentInput> = {}, students = 1) {
  const teacher = await makeTeacher();
  const klass = await makeClass(teacher);
  const roster = await Promise.all(Array.from({ length: students }, () => makeStudent(klass.id)));
  const { id } = await createAssignment(teacher, klass.id, input(overrides));
  const student = roster[0]!;
  const attempt = await startAssignmentAttempt(student, id);
  await saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "a" } });
  return { teacher, klass, roster, student, assignmentId: id, attemptId: attempt.id };
}

const moveDue = async (assignmentId: string, dueAt: Date) =>
  (await db()).assignment.update({ where: { id: assignmentId }, data: { dueAt } });

describe("one cutoff, enforced in the statement that saves", () => {
  it("closing an assignment stops an attempt opened before: saves refused, only earlier answers count", async () => {
    const { teacher, student, assignmentId, attemptId } = await openAttempt();
    await closeAssignment(teacher, assignmentId);
    await expect(
      saveAsSent(student, attemptId, { questionId: "q02", seq: 1, answer: { optionId: "a" } }),
    ).rejects.toThrow(
      new ConflictError(
        "Your teacher closed this assignment. Your answers saved before then were submitted.",
      ),
    );
    await submitAttempt(student, attemptId);
    const view = await getAttempt(student, attemptId);
    expect(view.status).toBe("SUBMITTED");
    expect([...view.responses.keys()]).toEqual(["q01"]);
  });

  it("archiving, and the due date without late work, stop saves too", async () => {
    const archived = await openAttempt();
    await deleteOrArchiveAssignment(archived.teacher, archived.assignmentId);
    await expect(
      saveAsSent(archived.student, archived.attemptId, {
        questionId: "q02",
        seq: 1,
        answer: { optionId: "a" },
      }),
    ).rejects.toThrow(/archived this assignment/);

    const due = await openAttempt();
    await moveDue(due.assignmentId, new Date(Date.now() - 31_000));
    await expect(
      saveAsSent(due.student, due.attemptId, {
        questionId: "q02",
        seq: 1,
        answer: { optionId: "a" },
      }),
    ).rejects.toThrow(/due date has passed and late work is not accepted/);
    // The attempt closed itself as of the due date: submitted on time with what was saved.
    const view = await getAttempt(due.student, due.attemptId);
    expect(view.status).toBe("SUBMITTED");
    expect([...view.responses.keys()]).toEqual(["q01"]);
  });

  it("reading never closes an attempt; settling does, once, and only for who may see it", async () => {
    const due = await openAttempt();
    await moveDue(due.assignmentId, new Date(Date.now() - 31_000));
    expect((await getAttempt(due.student, due.attemptId)).status).toBe("IN_PROGRESS");
    const stranger = await makeStudent((await makeClass(await makeTeacher())).id);
    await expect(settleAttempt(stranger, due.attemptId)).rejects.toThrow(NotFoundError);
    expect((await getAttempt(due.student, due.attemptId)).status).toBe("IN_PROGRESS");
    await settleAttempt(due.student, due.attemptId);
    await settleAttempt(due.student, due.attemptId);
    const view = await getAttempt(due.student, due.attemptId);
    expect(view).toMatchObject({ status: "SUBMITTED", score: 1 });
    expect([...view.responses.keys()]).toEqual(["q01"]);

    // My work settles the student's attempts before listing them.
    const listed = await openAttempt();
    await moveDue(listed.assignmentId, new Date(Date.now() - 31_000));
    await settleOwnAttempts(listed.student);
    expect((await getAttempt(listed.student, listed.attemptId)).status).toBe("SUBMITTED");
  });

  it("an own due date from the teacher keeps the student's attempt open past the class's", async () => {
    const { teacher, student, assignmentId, attemptId } = await openAttempt();
    await setAccommodation(teacher, assignmentId, student.id, {
      extraTimeSec: 0,
      extraAttempts: 0,
      dueAt: new Date(Date.now() + HOUR),
    });
    await moveDue(assignmentId, new Date(Date.now() - HOUR));
    await expect(
      saveAsSent(student, attemptId, { questionId: "q02", seq: 1, answer: { optionId: "a" } }),
    ).resolves.toMatchObject({ status: "saved" });
  });

  it("a student removed from the class can no longer save", async () => {
    const { teacher, klass, student, attemptId } = await openAttempt();
    await removeStudentFromClass(teacher, klass.id, student.id);
    await expect(
      saveAsSent(student, attemptId, { questionId: "q02", seq: 1, answer: { optionId: "a" } }),
    ).rejects.toThrow(/no longer in this assignment's class/);
  });

  it("with late work accepted, an attempt submitted after the due date is flagged late", async () => {
    const { student, assignmentId, attemptId, teacher, klass } = await openAttempt({
      allowLate: true,
    });
    await moveDue(assignmentId, new Date(Date.now() - HOUR));
    await saveAsSent(student, attemptId, { questionId: "q02", seq: 1, answer: { optionId: "a" } });
    await submitAttempt(student, attemptId);
    const prisma = await db();
    const row = await prisma.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { late: true },
    });
    expect(row.late).toBe(true);
    const book = await getClassGradebook(teacher, klass.id);
    expect(book.students[0]?.cells[assignmentId]?.status).toBe("late");
  });
});

describe("feedback after the due date opens only when nobody can still hand in", () => {
  it("stays hidden while a classmate's own due date is still ahead", async () => {
    const { teacher, roster, student, assignmentId, attemptId } = await openAttempt(
      { feedbackPolicy: "AFTER_DUE" },
      2,
    );
    await submitAttempt(student, attemptId);
    await setAccommodation(teacher, assignmentId, roster[1]!.id, {
      extraTimeSec: 0,
      extraAttempts: 0,
      dueAt: new Date(Date.now() + HOUR),
    });
    await moveDue(assignmentId, new Date(Date.now() - HOUR));
    expect(feedbackHiddenReason((await getAttempt(student, attemptId)).assignment)).toMatch(
      /once nobody in your class can still hand in/,
    );
    await setAccommodation(teacher, assignmentId, roster[1]!.id, {
      extraTimeSec: 0,
      extraAttempts: 0,
      dueAt: null,
    });
    expect(feedbackHiddenReason((await getAttempt(student, attemptId)).assignment)).toBeNull();
  });

  it("the review-then-resubmit trick: with late work accepted the review waits for closing, and the second attempt is late", async () => {
    const { teacher, student, assignmentId, attemptId } = await openAttempt({
      feedbackPolicy: "AFTER_DUE",
      allowLate: true,
    });
    await submitAttempt(student, attemptId);
    const second = await startAssignmentAttempt(student, assignmentId);
    await moveDue(assignmentId, new Date(Date.now() - HOUR));
    // After the due date the first attempt's review is still hidden: late work is accepted.
    expect(feedbackHiddenReason((await getAttempt(student, attemptId)).assignment)).toMatch(
      /when your teacher closes the assignment/,
    );
    await submitAttempt(student, second.id);
    const prisma = await db();
    const rows = await prisma.attempt.findMany({
      where: { assignmentId },
      orderBy: { startedAt: "asc" },
      select: { late: true },
    });
    expect(rows).toEqual([{ late: false }, { late: true }]);
    await closeAssignment(teacher, assignmentId);
    expect(feedbackHiddenReason((await getAttempt(student, attemptId)).assignment)).toBeNull();
  });
});

describe("hidden means hidden", () => {
  it("with feedback never, no review card appears and practice of the same questions is refused", async () => {
    const { student, attemptId } = await openAttempt({ feedbackPolicy: "NEVER" });
    // q09 wrong on purpose: it would enter the review queue.
    await saveAsSent(student, attemptId, { questionId: "q09", seq: 1, answer: { value: false } });
    await submitAttempt(student, attemptId);
    expect(await listReviewQueue(student)).toEqual([]);
    await expect(startAttempt(student, SLUG, "key-facts")).rejects.toThrow(
      /once you have handed the assignment in and your teacher has released its answers/,
    );
    // A quiz with none of those questions is still open for practice.
    await expect(startAttempt(student, SLUG, "who-wants-what")).resolves.toMatchObject({
      id: expect.any(String) as string,
    });
  });

  it("with feedback immediately, practice of an assignment's questions stays closed until it is handed in or closed", async () => {
    // The review's attack: practise blank, read every key, then take the graded attempt.
    const { teacher, klass, student, attemptId } = await openAttempt({
      feedbackPolicy: "IMMEDIATE",
    });
    await expect(startAttempt(student, SLUG, "key-facts")).rejects.toThrow(ConflictError);
    // Someone outside the class practises freely.
    await expect(startAttempt(await makeStudent(), SLUG, "key-facts")).resolves.toBeDefined();
    await submitAttempt(student, attemptId);
    const practice = await startAttempt(student, SLUG, "key-facts");
    // The teacher sees the practice (ungraded) beside the graded work.
    const seen = await getStudentInClass(teacher, klass.id, student.id);
    expect(seen.practice).toEqual([
      expect.objectContaining({
        id: practice.id,
        title: "Key facts",
        result: expect.objectContaining({ submitted: false }) as unknown,
      }),
    ]);
    expect(seen.attempts.map((a) => a.id)).toEqual([attemptId]);

    // Never handed in: open once the teacher closes it, or once its due date passes.
    const closed = await openAttempt({ feedbackPolicy: "IMMEDIATE" });
    await expect(startAttempt(closed.student, SLUG, "key-facts")).rejects.toThrow(ConflictError);
    await closeAssignment(closed.teacher, closed.assignmentId);
    await expect(startAttempt(closed.student, SLUG, "key-facts")).resolves.toBeDefined();
    const due = await openAttempt({ feedbackPolicy: "IMMEDIATE" });
    await moveDue(due.assignmentId, new Date(Date.now() - HOUR));
    await expect(startAttempt(due.student, SLUG, "key-facts")).resolves.toBeDefined();
  });

  it("review cards come back once after-due feedback opens", async () => {
    const { student, assignmentId, attemptId } = await openAttempt({
      feedbackPolicy: "AFTER_DUE",
    });
    await saveAsSent(student, attemptId, { questionId: "q09", seq: 1, answer: { value: false } });
    await submitAttempt(student, attemptId);
    expect(await listReviewQueue(student)).toEqual([]);
    await moveDue(assignmentId, new Date(Date.now() - HOUR));
    const queue = await listReviewQueue(student);
    expect(queue[0]?.total).toBe(1);
  });
});
