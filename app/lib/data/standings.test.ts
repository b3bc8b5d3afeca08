import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import { createAssignment } from "./assignments";
import { getClassGradebook } from "./gradebook";
import { listStandings } from "./standings";

const DAY = 86_400_000;

/** Attempts for one student on one assignment: [status, score of 10, days ago started, late]. */
async function attempts(
  studentId: string,
  assignmentId: string,
  rows: ["SUBMITTED" | "IN_PROGRESS", number | null, number, boolean?][],
) {
  const prisma = await db();
  const ids: string[] = [];
  for (const [status, score, daysAgo, late] of rows) {
    const startedAt = new Date(Date.now() - daysAgo * DAY);
    const { id } = await prisma.attempt.create({
      data: {
        studentId,
        assignmentId,
        articleSlug: "kim-putin-arms-talks",
        quizId: "assignment",
        contentVersion: "v",
        seed: 1,
        questionOrder: "{}",
        status,
        startedAt,
        submittedAt: status === "SUBMITTED" ? new Date(startedAt.getTime() + 60_000) : null,
        score,
        maxScore: status === "SUBMITTED" ? 10 : null,
        late: late ?? false,
      },
      select: { id: true },
    });
    ids.push(id);
  }
  return ids;
}

describe("standings (the gradebook's aggregate in the database)", () => {
  it("count the attempt each policy names, the latest open one when nothing is in, and late work", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const [ada, ben, cy] = await Promise.all([1, 2, 3].map(() => makeStudent(klass.id)));
    const due = new Date(Date.now() + DAY);
    const policies = ["FIRST", "LATEST", "HIGHEST"] as const;
    const made = await Promise.all(
      policies.map((countPolicy) =>
        createAssignment(teacher, klass.id, assignmentInput({ countPolicy, dueAt: due })),
      ),
    );
    const expected = new Map<string, string>();
    for (const [index, policy] of policies.entries()) {
      const id = made[index]!.id;
      // Ada: 4/10 first, then 9/10, then 9/10 again (a tie), then 6/10 last.
      const [first, best, , last] = await attempts(ada!.id, id, [
        ["SUBMITTED", 4, 9],
        ["SUBMITTED", 9, 7],
        ["SUBMITTED", 9, 5],
        ["SUBMITTED", 6, 3],
      ]);
      expected.set(id, { FIRST: first!, LATEST: last!, HIGHEST: best! }[policy]);
    }
    const one = made[0]!.id;
    // Ben has only open work; Cy only late work.
    const [, benLatest] = await attempts(ben!.id, one, [
      ["IN_PROGRESS", null, 4],
      ["IN_PROGRESS", null, 2],
    ]);
    await attempts(cy!.id, one, [["SUBMITTED", 5, 1, true]]);

    const standings = await listStandings(made.map((a) => a.id));
    const of = (studentId: string, assignmentId: string) =>
      standings.find((s) => s.studentId === studentId && s.assignmentId === assignmentId);
    for (const { id } of made) {
      expect(of(ada!.id, id)?.counted?.id).toBe(expected.get(id));
      expect(of(ada!.id, id)).toMatchObject({ submitted: 4, submittedOnTime: 4, open: 0 });
    }
    expect(of(ben!.id, one)).toMatchObject({ counted: null, open: 2, lastId: benLatest });
    expect(of(cy!.id, one)).toMatchObject({ submitted: 1, submittedOnTime: 0 });
    expect(await listStandings([one])).toHaveLength(3);

    const book = await getClassGradebook(teacher, klass.id);
    const row = (id: string) => book.students.find((s) => s.id === id)!.cells[one]!;
    expect(row(ada!.id)).toMatchObject({ status: "submitted", percent: 40 });
    expect(row(ben!.id)).toMatchObject({ status: "in progress", attemptId: benLatest });
    expect(row(cy!.id)).toMatchObject({ status: "late", percent: 50 });
    expect(book.students.find((s) => s.id === ada!.id)!.cells[made[2]!.id]?.percent).toBe(90);
  });
});

describe("the gradebook's pages of assignments", () => {
  it("shows the latest ten by due date, earlier ones a page further, and clamps a wild page", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    await makeStudent(klass.id);
    const due = (day: number) => new Date(Date.now() + day * DAY);
    // Created out of order: the pages follow the due dates, not creation.
    for (const day of [12, 1, 5, 3, 7, 2, 11, 4, 6, 9, 8, 10]) {
      await createAssignment(
        teacher,
        klass.id,
        assignmentInput({ title: `Due in ${day}`, dueAt: due(day) }),
      );
    }
    const titles = (book: { assignments: { title: string }[] }) =>
      book.assignments.map((a) => a.title);
    const latest = await getClassGradebook(teacher, klass.id, { page: 1 });
    expect(latest).toMatchObject({ page: 1, pages: 2, total: 12 });
    expect(titles(latest)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((d) => `Due in ${d}`));
    const earlier = await getClassGradebook(teacher, klass.id, { page: 2 });
    expect(titles(earlier)).toEqual(["Due in 1", "Due in 2"]);
    expect((await getClassGradebook(teacher, klass.id, { page: 99 })).page).toBe(2);
    expect(titles(await getClassGradebook(teacher, klass.id))).toHaveLength(12);
  });
});
