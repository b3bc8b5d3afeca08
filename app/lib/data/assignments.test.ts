import { saveAsSent } from "@/test-support/answers";
import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import {
  closeAssignment,
  createAssignment,
  deleteOrArchiveAssignment,
  setAccommodation,
  updateAssignment,
} from "./assignments";
import { listStudentAssignments } from "./student-assignments";
import { getAttempt, submitAttempt } from "./attempts";
import { startAssignmentAttempt } from "./attempt-start";
import { ConflictError, InvalidInputError, NotFoundError } from "./errors";
import { getAssignmentReport, getClassGradebook } from "./gradebook";
import { gradeWrittenAnswer, listGradingQueue } from "./grading";

const HOUR = 3600 * 1000;
const input = assignmentInput;

async function classWith(students: number) {
  const teacher = await makeTeacher();
  const klass = await makeClass(teacher);
  const roster = await Promise.all(Array.from({ length: students }, () => makeStudent(klass.id)));
  return { teacher, klass, roster };
}

describe("assignment rules", () => {
  it("one attempt allowed; an accommodation adds one for a named student", async () => {
    const { teacher, klass, roster } = await classWith(2);
    const [ada, ben] = roster;
    const { id } = await createAssignment(teacher, klass.id, input());
    for (const student of [ada!, ben!]) {
      const attempt = await startAssignmentAttempt(student, id);
      await submitAttempt(student, attempt.id);
    }
    await expect(startAssignmentAttempt(ada!, id)).rejects.toThrow(
      new ConflictError("You have used all your attempts."),
    );
    await setAccommodation(teacher, id, ben!.id, {
      extraTimeSec: 0,
      extraAttempts: 1,
      dueAt: null,
    });
    await expect(startAssignmentAttempt(ben!, id)).resolves.toMatchObject({
      id: expect.any(String) as string,
    });
    const [listed] = await listStudentAssignments(ben!);
    expect(listed).toMatchObject({ attemptsAllowed: 2, attemptsUsed: 2, status: "submitted" });
  });

  it("extra time without a time limit is refused with the accommodation that works, and nothing is stored", async () => {
    const { teacher, klass, roster } = await classWith(1);
    const { id } = await createAssignment(teacher, klass.id, input({ timeLimitMinutes: null }));
    await expect(
      setAccommodation(teacher, id, roster[0]!.id, {
        extraTimeSec: 900,
        extraAttempts: 0,
        dueAt: null,
      }),
    ).rejects.toThrow(/no time limit, so extra time would change nothing.*own due date/);
    expect(await (await db()).accommodation.count({ where: { assignmentId: id } })).toBe(0);
  });

  it("not open yet, closed, and past due without late work are refused with reasons", async () => {
    const { teacher, klass, roster } = await classWith(1);
    const student = roster[0]!;
    const future = await createAssignment(
      teacher,
      klass.id,
      input({ availableFrom: new Date(Date.now() + HOUR), dueAt: new Date(Date.now() + 2 * HOUR) }),
    );
    await expect(startAssignmentAttempt(student, future.id)).rejects.toThrow(
      "This assignment is not open yet.",
    );
    const past = await createAssignment(
      teacher,
      klass.id,
      input({ availableFrom: new Date(Date.now() - 3 * HOUR), dueAt: new Date(Date.now() - HOUR) }),
    );
    await expect(startAssignmentAttempt(student, past.id)).rejects.toThrow(
      "The due date has passed and late work is not accepted.",
    );
    // A later due date for this student lets them in, on time.
    await setAccommodation(teacher, past.id, student.id, {
      extraTimeSec: 0,
      extraAttempts: 0,
      dueAt: new Date(Date.now() + HOUR),
    });
    await expect(startAssignmentAttempt(student, past.id)).resolves.toBeDefined();
    const open = await createAssignment(teacher, klass.id, input());
    await closeAssignment(teacher, open.id);
    await expect(startAssignmentAttempt(student, open.id)).rejects.toThrow(
      "This assignment is closed.",
    );
  });

  it("late work when allowed is marked late; no work after the due date is missing", async () => {
    const { teacher, klass, roster } = await classWith(2);
    const [late, absent] = roster;
    const { id } = await createAssignment(
      teacher,
      klass.id,
      input({
        availableFrom: new Date(Date.now() - 3 * HOUR),
        dueAt: new Date(Date.now() - HOUR),
        allowLate: true,
      }),
    );
    const attempt = await startAssignmentAttempt(late!, id);
    await submitAttempt(late!, attempt.id);
    const book = await getClassGradebook(teacher, klass.id);
    const cell = (studentId: string) => book.students.find((s) => s.id === studentId)?.cells[id];
    expect(cell(late!.id)).toMatchObject({ status: "late", percent: 0 });
    expect(cell(absent!.id)).toMatchObject({ status: "missing", percent: null });
  });

  it("enforces the time limit on the server: late saves are refused and the attempt closes itself", async () => {
    const { teacher, klass, roster } = await classWith(1);
    const student = roster[0]!;
    const { id } = await createAssignment(teacher, klass.id, input({ timeLimitMinutes: 10 }));
    await setAccommodation(teacher, id, student.id, {
      extraTimeSec: 300,
      extraAttempts: 0,
      dueAt: null,
    });
    const attempt = await startAssignmentAttempt(student, id);
    const prisma = await db();
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row.deadlineAt!.getTime() - row.startedAt.getTime()).toBe(15 * 60 * 1000);
    await saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "a" } });
    // Time runs out (and its 30-second grace).
    await prisma.attempt.update({
      where: { id: attempt.id },
      data: { deadlineAt: new Date(Date.now() - 31_000) },
    });
    await expect(
      saveAsSent(student, attempt.id, { questionId: "q02", seq: 1, answer: { optionId: "a" } }),
    ).rejects.toThrow("Time is up. Your answers saved before then were submitted.");
    const view = await getAttempt(student, attempt.id);
    expect(view.status).toBe("SUBMITTED");
    expect(view.responses.has("q02")).toBe(false);
    expect(view.score).toBe(1);
  });

  it("edits that would invalidate attempts are refused; delete becomes archive once started", async () => {
    const { teacher, klass, roster } = await classWith(1);
    const { id } = await createAssignment(teacher, klass.id, input({ attemptsAllowed: 2 }));
    await updateAssignment(teacher, id, input({ quizId: "who-wants-what", attemptsAllowed: 2 }));
    await startAssignmentAttempt(roster[0]!, id);
    await expect(
      updateAssignment(teacher, id, input({ quizId: "key-facts", attemptsAllowed: 2 })),
    ).rejects.toThrow(
      "Students have already started this assignment, so its questions can no longer change.",
    );
    await expect(
      updateAssignment(
        teacher,
        id,
        input({ quizId: "who-wants-what", attemptsAllowed: 3, title: "Renamed" }),
      ),
    ).resolves.toBeUndefined();
    expect(await deleteOrArchiveAssignment(teacher, id)).toBe("archived");
    const fresh = await createAssignment(teacher, klass.id, input());
    expect(await deleteOrArchiveAssignment(teacher, fresh.id)).toBe("deleted");
  });

  it("composed quizzes keep the teacher's order and refuse unknown questions", async () => {
    const { teacher, klass, roster } = await classWith(1);
    const { id } = await createAssignment(
      teacher,
      klass.id,
      input({ quizId: null, questionIds: ["q19", "q01", "q28"] }),
    );
    const attempt = await startAssignmentAttempt(roster[0]!, id);
    expect((await getAttempt(roster[0]!, attempt.id)).order.questions).toEqual([
      "q19",
      "q01",
      "q28",
    ]);
    await expect(
      createAssignment(teacher, klass.id, input({ quizId: null, questionIds: ["q01", "q99"] })),
    ).rejects.toThrow(InvalidInputError);
  });

  it("another teacher's class, assignment or students are not found", async () => {
    const { teacher, klass, roster } = await classWith(1);
    const other = await makeTeacher();
    const { id } = await createAssignment(teacher, klass.id, input());
    await expect(createAssignment(other, klass.id, input())).rejects.toThrow(NotFoundError);
    await expect(closeAssignment(other, id)).rejects.toThrow(NotFoundError);
    await expect(
      setAccommodation(other, id, roster[0]!.id, {
        extraTimeSec: 60,
        extraAttempts: 0,
        dueAt: null,
      }),
    ).rejects.toThrow(NotFoundError);
    await expect(getClassGradebook(other, klass.id)).rejects.toThrow(NotFoundError);
    await expect(getAssignmentReport(other, id)).rejects.toThrow(NotFoundError);
    await expect(listGradingQueue(other, id)).rejects.toThrow(NotFoundError);
  });
});

describe("grading written answers and the gradebook", () => {
  it("the teacher scores the rubric, the counted score updates, the student sees it", async () => {
    const { teacher, klass, roster } = await classWith(2);
    const [ada, ben] = roster;
    const { id } = await createAssignment(
      teacher,
      klass.id,
      input({ quizId: "transactional-or-strategic" }),
    );
    for (const [student, claim] of [
      [ada!, "strategic"],
      [ben!, "transactional"],
    ] as const) {
      const attempt = await startAssignmentAttempt(student, id);
      await saveAsSent(student, attempt.id, {
        questionId: "q05",
        seq: 1,
        answer: { optionId: student === ada ? "a" : "b" },
      });
      await saveAsSent(student, attempt.id, {
        questionId: "q28",
        seq: 1,
        answer: { claim, evidence: ["p5.s2"], reasoning: "Because." },
      });
      await submitAttempt(student, attempt.id);
    }
    const queue = await listGradingQueue(teacher, id);
    expect(queue.map((item) => item.studentName).sort()).toEqual(
      [ada!.displayName, ben!.displayName].sort(),
    );
    const item = queue.find((entry) => entry.studentId === ada!.id)!;
    expect(item.evidence[0]?.text).toContain("In return, Kim Jong Un wants Moscow");
    await expect(
      gradeWrittenAnswer(teacher, item.responseId, {
        criteria: { claim: 1, evidence: 3, reasoning: 1 },
        comment: "",
      }),
    ).rejects.toThrow("Give Evidence a whole number from 0 to 2.");
    await expect(
      gradeWrittenAnswer(await makeTeacher(), item.responseId, {
        criteria: { claim: 1, evidence: 2, reasoning: 3 },
        comment: "",
      }),
    ).rejects.toThrow(NotFoundError);

    const before = await getAttempt(ada!, item.attemptId);
    expect(before).toMatchObject({ pendingManual: true, score: 1 });
    await gradeWrittenAnswer(teacher, item.responseId, {
      criteria: { claim: 1, evidence: 2, reasoning: 2 },
      comment: "Good use of the technology point.",
    });
    const after = await getAttempt(ada!, item.attemptId);
    expect(after).toMatchObject({ pendingManual: false, score: 6 });
    expect(after.responses.get("q28")).toMatchObject({
      points: 5,
      outcome: "partial",
      grade: { comment: "Good use of the technology point." },
    });
    // Regrading replaces, never adds.
    await gradeWrittenAnswer(teacher, item.responseId, {
      criteria: { claim: 1, evidence: 2, reasoning: 3 },
      comment: "Excellent.",
    });
    expect((await getAttempt(ada!, item.attemptId)).score).toBe(7);

    const book = await getClassGradebook(teacher, klass.id);
    const column = book.assignments.find((a) => a.id === id)!;
    const adaCell = book.students.find((s) => s.id === ada!.id)!.cells[id]!;
    const benCell = book.students.find((s) => s.id === ben!.id)!.cells[id]!;
    expect(adaCell).toMatchObject({ status: "submitted", result: { pending: false } });
    expect(adaCell.percent).toBeCloseTo((7 / 22) * 100, 0);
    // No percentage while it awaits its grade: nothing can show or chart it as a score.
    expect(benCell).toMatchObject({
      status: "submitted",
      result: { pending: true },
      percent: null,
    });
    expect(column).toMatchObject({ graded: 1, awaiting: 1 });
    // Ben's written answer awaits its grade: his partial score is not in the class's figures.
    expect(column.mean).toBeCloseTo((7 / 22) * 100, 0);
    expect(column.median).toBeCloseTo((7 / 22) * 100, 0);

    const report = await getAssignmentReport(teacher, id);
    const q05 = report.questions.find((q) => q.questionId === "q05")!;
    expect(q05.stats).toMatchObject({ n: 2, facility: 50 });
    expect(q05.distribution.find((d) => d.correct)?.count).toBe(1);
    expect(q05.misconceptions).toEqual([
      {
        tag: "reverses-claim",
        feedback: expect.any(String) as string,
        students: [ben!.displayName],
      },
    ]);
    expect(report.questions.find((q) => q.questionId === "q28")).toMatchObject({ pending: 1 });
    expect(report.statuses.map((s) => s.status)).toEqual(["submitted", "submitted"]);
  });
});
