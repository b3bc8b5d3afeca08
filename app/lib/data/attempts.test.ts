import { saveAsSent } from "@/test-support/answers";
import { describe, expect, it } from "vitest";
import { testProvider } from "@/test-support/databases";
import { withSql } from "@/test-support/sql";
import { db } from "@/app/lib/db/client";
import { makeStudent } from "@/test-support/factories";
import { getAttempt, submitAttempt } from "./attempts";
import { startAttempt } from "./attempt-start";
import { ConflictError, InvalidInputError, NotFoundError } from "./errors";
import { listReviewQueue } from "./reviews";
import { listOwnSkillTotals } from "./skills";
import path from "node:path";
import { CONTENT_ROOT, loadPack } from "@/app/lib/content/load";

const SLUG = "kim-putin-arms-talks";

async function started(quizId = "key-facts") {
  const student = await makeStudent();
  const attempt = await startAttempt(student, SLUG, quizId);
  return { student, attempt };
}

describe("starting", () => {
  it("two simultaneous starts yield one attempt, enforced by the database", async () => {
    const student = await makeStudent();
    const ids = await Promise.all(
      Array.from({ length: 8 }, () => startAttempt(student, SLUG, "key-facts")),
    );
    expect(new Set(ids.map((a) => a.id)).size).toBe(1);
    const prisma = await db();
    expect(await prisma.attempt.count({ where: { studentId: student.id } })).toBe(1);
    // The unique index itself refuses a second open attempt, whatever the code does.
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: ids[0]!.id } });
    await expect(
      prisma.attempt.create({ data: { ...row, id: "second", responses: undefined } as never }),
    ).rejects.toThrow();
  });

  it("refuses unknown quizzes and teachers", async () => {
    const student = await makeStudent();
    await expect(startAttempt(student, SLUG, "no-such-quiz")).rejects.toThrow(NotFoundError);
    await expect(startAttempt(student, "no-such-article", "key-facts")).rejects.toThrow(
      NotFoundError,
    );
    await expect(startAttempt({ ...student, role: "TEACHER" }, SLUG, "key-facts")).rejects.toThrow(
      /Only students/,
    );
  });

  it("fixes the order per attempt and records the content version", async () => {
    const { student, attempt } = await started("who-wants-what");
    const first = await getAttempt(student, attempt.id);
    const again = await getAttempt(student, attempt.id);
    expect(again.order).toEqual(first.order);
    const prisma = await db();
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row.contentVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("saving answers", () => {
  it("upserts per question and keeps only the newest by sequence number", async () => {
    const { student, attempt } = await started();
    expect(
      await saveAsSent(student, attempt.id, {
        questionId: "q01",
        seq: 1,
        answer: { optionId: "b" },
      }),
    ).toEqual({ status: "saved", seq: 1 });
    expect(
      await saveAsSent(student, attempt.id, {
        questionId: "q01",
        seq: 3,
        answer: { optionId: "a" },
      }),
    ).toEqual({ status: "saved", seq: 3 });
    // A late, older save and a replay of the newest change nothing.
    expect(
      await saveAsSent(student, attempt.id, {
        questionId: "q01",
        seq: 2,
        answer: { optionId: "c" },
      }),
    ).toEqual({ status: "stale", seq: 3 });
    expect(
      await saveAsSent(student, attempt.id, {
        questionId: "q01",
        seq: 3,
        answer: { optionId: "d" },
      }),
    ).toEqual({ status: "stale", seq: 3 });
    const view = await getAttempt(student, attempt.id);
    expect(view.responses.get("q01")).toMatchObject({ answer: { optionId: "a" }, seq: 3 });
    const prisma = await db();
    expect(await prisma.response.count({ where: { attemptId: attempt.id } })).toBe(1);
  });

  it("refuses bad input and stores nothing", async () => {
    const { student, attempt } = await started();
    const other = await makeStudent();
    const cases: [Promise<unknown>, unknown][] = [
      [
        saveAsSent(student, attempt.id, { questionId: "q99", seq: 1, answer: { optionId: "a" } }),
        InvalidInputError,
      ],
      [
        saveAsSent(student, attempt.id, { questionId: "q30", seq: 1, answer: { optionId: "a" } }),
        InvalidInputError,
      ],
      [
        saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "zz" } }),
        InvalidInputError,
      ],
      [
        saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: "a" }),
        InvalidInputError,
      ],
      [
        saveAsSent(student, attempt.id, {
          questionId: "q13",
          seq: 1,
          answer: { text: "x".repeat(500) },
        }),
        InvalidInputError,
      ],
      [
        saveAsSent(other, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "a" } }),
        NotFoundError,
      ],
      [
        saveAsSent(student, "missing", { questionId: "q01", seq: 1, answer: { optionId: "a" } }),
        NotFoundError,
      ],
    ];
    for (const [promise, error] of cases) await expect(promise).rejects.toThrow(error);
    const prisma = await db();
    expect(await prisma.response.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("refuses saves after submit with a clear message", async () => {
    const { student, attempt } = await started();
    await submitAttempt(student, attempt.id);
    await expect(
      saveAsSent(student, attempt.id, { questionId: "q01", seq: 9, answer: { optionId: "a" } }),
    ).rejects.toThrow(
      new ConflictError("This attempt has been submitted, so answers can no longer be changed."),
    );
  });
});

describe("submitting", () => {
  it("is idempotent: double submits and replays give one graded result", async () => {
    const { student, attempt } = await started();
    await saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "a" } });
    await saveAsSent(student, attempt.id, {
      questionId: "q13",
      seq: 1,
      answer: { text: " d.p.r.k " },
    });
    await saveAsSent(student, attempt.id, { questionId: "q09", seq: 1, answer: { value: false } });
    await Promise.all([
      submitAttempt(student, attempt.id),
      submitAttempt(student, attempt.id),
      submitAttempt(student, attempt.id),
    ]);
    await submitAttempt(student, attempt.id);
    const view = await getAttempt(student, attempt.id);
    expect(view.status).toBe("SUBMITTED");
    expect(view.score).toBe(2);
    expect(view.maxScore).toBe(19);
    expect(view.responses.get("q09")).toMatchObject({ points: 0, outcome: "incorrect" });
    // The wrong answer entered the review queue exactly once.
    const queue = await listReviewQueue(student, new Date(Date.now() + 24 * 3600 * 1000));
    expect(queue).toEqual([
      expect.objectContaining({ articleSlug: SLUG, due: 1, set: ["q09"], total: 1 }),
    ]);
    // The student can start a fresh attempt now.
    expect((await startAttempt(student, SLUG, "key-facts")).id).not.toBe(attempt.id);
  });

  it("a save racing a submit is either graded or refused, never silently lost", async () => {
    for (let round = 0; round < 5; round += 1) {
      const { student, attempt } = await started();
      const [save] = await Promise.allSettled([
        saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "a" } }),
        submitAttempt(student, attempt.id),
      ]);
      const view = await getAttempt(student, attempt.id);
      if (save.status === "fulfilled")
        expect(view.responses.get("q01")).toMatchObject({ outcome: "correct" });
      else expect(view.responses.has("q01")).toBe(false);
    }
  });

  // On PostgreSQL a save and a submit run on different connections at once. Here the submit lands
  // while the save's statement is running (a test-only trigger holds every answer insert for
  // 300 ms): the save's lock on the attempt row must make the submit wait, so the grade counts
  // the answer. (SQLite runs one write at a time, in-process and synchronously, so a save cannot
  // be in flight while a submit runs.)
  if (testProvider === "postgresql")
    it("a submit that lands in the middle of a save waits for it and grades it", async () => {
      const url = process.env.DATABASE_URL ?? "";
      await withSql(url, async (sql) => {
        await sql.run(
          "CREATE OR REPLACE FUNCTION slow_answer() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$ LANGUAGE plpgsql",
        );
        await sql.run(
          'CREATE TRIGGER slow_answer BEFORE INSERT ON "Response" FOR EACH ROW EXECUTE FUNCTION slow_answer()',
        );
      });
      try {
        const { student, attempt } = await started();
        const save = saveAsSent(student, attempt.id, {
          questionId: "q01",
          seq: 1,
          answer: { optionId: "a" },
        });
        await withSql(url, async (sql) => {
          const inFlight = () =>
            sql.all(
              "SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO \"Response\"%'",
            );
          const deadline = Date.now() + 5_000;
          while ((await inFlight()).length === 0) {
            if (Date.now() > deadline) throw new Error("the save never reached its insert");
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        });
        await submitAttempt(student, attempt.id);
        expect(await save).toEqual({ status: "saved", seq: 1 });
        const view = await getAttempt(student, attempt.id);
        expect(view.responses.get("q01")).toMatchObject({ outcome: "correct" });
      } finally {
        await withSql(url, (sql) => sql.run('DROP TRIGGER slow_answer ON "Response"'));
      }
    });

  it("leaves written answers pending for the teacher, never 0", async () => {
    const { student, attempt } = await started("transactional-or-strategic");
    await saveAsSent(student, attempt.id, {
      questionId: "q28",
      seq: 1,
      answer: { claim: "strategic", evidence: ["p5.s2"], reasoning: "Tech lasts." },
    });
    await submitAttempt(student, attempt.id);
    const view = await getAttempt(student, attempt.id);
    expect(view.pendingManual).toBe(true);
    expect(view.responses.get("q28")).toMatchObject({ points: null, outcome: "pending" });
  });

  it("reviews against the content version it was taken on, even after the pack changed", async () => {
    const { student, attempt } = await started();
    await saveAsSent(student, attempt.id, { questionId: "q09", seq: 1, answer: { value: true } });
    const prisma = await db();
    const row = await prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    const current = await prisma.contentSnapshot.findUniqueOrThrow({
      where: { articleSlug_version: { articleSlug: SLUG, version: row.contentVersion } },
    });
    // An older version of the pack in which q09's key and wording were different.
    const old = JSON.parse(current.data) as {
      questions: { id: string; prompt: string; correct?: boolean }[];
    };
    for (const question of old.questions) {
      if (question.id === "q09")
        Object.assign(question, { prompt: "Old wording of q09", correct: false });
    }
    await prisma.contentSnapshot.create({
      data: { articleSlug: SLUG, version: "0ld0ld0ld0ld0ld0", data: JSON.stringify(old) },
    });
    await prisma.attempt.update({
      where: { id: attempt.id },
      data: { contentVersion: "0ld0ld0ld0ld0ld0" },
    });
    await submitAttempt(student, attempt.id);
    const view = await getAttempt(student, attempt.id);
    expect(view.snapshot.questions.find((q) => q.id === "q09")?.prompt).toBe("Old wording of q09");
    expect(view.responses.get("q09")).toMatchObject({ outcome: "incorrect" });
  });
});

describe("skills", () => {
  it("count every question of a submitted attempt, so a half-done quiz is not 100% in a skill", async () => {
    const { student, attempt } = await started();
    await saveAsSent(student, attempt.id, { questionId: "q01", seq: 1, answer: { optionId: "a" } });
    await submitAttempt(student, attempt.id);
    const recall = (await listOwnSkillTotals(student)).find((s) => s.skill === "recall");
    const pack = (await loadPack(path.join(CONTENT_ROOT, SLUG))).pack!;
    const quiz = pack.quizzes.find((q) => q.id === "key-facts")!;
    const recallPoints = quiz.questions
      .map((id) => pack.questions.get(id)!)
      .filter((q) => q.skill === "recall")
      .reduce((sum, q) => sum + q.points, 0);
    expect(recall).toEqual({ skill: "recall", points: 1, maxPoints: recallPoints });
    expect(recallPoints).toBeGreaterThan(1);
  });
});
