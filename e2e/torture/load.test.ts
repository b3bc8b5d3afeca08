// Many students at once, and a server killed mid-run: nothing acknowledged is lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARTICLE,
  freshDatabase,
  makeStudents,
  post,
  readDatabase,
  startServer,
  type TServer,
} from "../../test-support/harness";
import {
  attemptIdOf,
  expectAcknowledgedSavesStored,
  loadQuiz,
  newRun,
  QUIZ,
  taken,
  student,
} from "./support";

beforeAll(loadQuiz);

describe("200 students complete attempts at once", () => {
  let server: TServer;
  let file: string;
  beforeAll(async () => {
    const database = await freshDatabase();
    file = database.file;
    server = await startServer(database.url);
  });
  afterAll(() => server?.stop());

  it("keeps every acknowledged save, grades every attempt exactly once, and never answers 5xx", async () => {
    const students = await makeStudents(`file:${file}`, 200);
    const run = newRun();
    await Promise.all(
      students.map((who) =>
        student(server.origin, who, run, { submit: true, url: `file:${file}` }),
      ),
    );
    expect(run.serverErrors).toEqual([]);
    expect(run.failures).toBe(0);
    expect(run.acks).toHaveLength(200 * taken.questionIds.length * 2);
    expect(run.submitted.size).toBe(200);
    expectAcknowledgedSavesStored(file, run.acks);
    readDatabase(file, (database) => {
      const attempts = database
        .prepare('SELECT "studentId", status, score, "maxScore" FROM "Attempt"')
        .all() as {
        studentId: string;
        status: string;
        score: number | null;
        maxScore: number | null;
      }[];
      expect(attempts).toHaveLength(200);
      expect(new Set(attempts.map((a) => a.studentId)).size).toBe(200);
      for (const attempt of attempts) {
        expect(attempt.status).toBe("SUBMITTED");
        expect(attempt.score).not.toBeNull();
        expect(attempt.maxScore).toBe(
          taken.questionIds.reduce((sum, id) => sum + taken.pack.questions.get(id)!.points, 0),
        );
      }
      const duplicates = database
        .prepare(
          'SELECT count(*) AS n FROM (SELECT "attemptId", "questionId" FROM "Response" GROUP BY 1, 2 HAVING count(*) > 1)',
        )
        .get() as { n: number };
      expect(duplicates.n).toBe(0);
    });
  });
});

describe("the server is killed in the middle of a run", () => {
  it("loses no acknowledged save, resumes open attempts, and the database checks clean", async () => {
    const { url, file } = await freshDatabase();
    const students = await makeStudents(url, 100);
    const first = await startServer(url);
    const run = newRun();
    const everyone = Promise.all(
      students.map((who) => student(first.origin, who, run, { submit: true, url })),
    );
    // Kill it hard once a good share of the saves has been acknowledged.
    const deadline = Date.now() + 20_000;
    while (run.acks.length < 400 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await first.stop("SIGKILL");
    await everyone;
    expect(run.acks.length).toBeGreaterThanOrEqual(400);
    expect(run.serverErrors).toEqual([]);

    const integrity = readDatabase(file, (database) =>
      database.pragma("integrity_check", { simple: true }),
    );
    expect(integrity).toBe("ok");

    const second = await startServer(url);
    try {
      expectAcknowledgedSavesStored(file, run.acks);
      // Every student comes back: an open attempt resumes (same id), a submitted one stays single.
      const resumed = newRun();
      for (const who of students) {
        const before = run.attempts.get(who.id);
        const again = await post(
          second.origin,
          "/api/attempts",
          { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
          { cookie: who.cookie },
        );
        expect(again.status).toBe(201);
        if (before && !run.submitted.has(before)) {
          const open = readDatabase(
            file,
            (d) =>
              d.prepare('SELECT status FROM "Attempt" WHERE id = ?').get(before) as {
                status: string;
              },
          );
          if (open.status === "IN_PROGRESS") expect(again.body.attemptId).toBe(before);
        }
        resumed.attempts.set(who.id, attemptIdOf(again));
      }
      const page = await fetch(`${second.origin}/attempts/${[...resumed.attempts.values()][0]}`, {
        headers: { cookie: students[0]!.cookie },
      });
      expect(page.status).toBe(200);
      await Promise.all(
        students.map((who) =>
          post(
            second.origin,
            `/api/attempts/${resumed.attempts.get(who.id)}/submit`,
            {},
            { cookie: who.cookie },
          ),
        ),
      );
      readDatabase(file, (database) => {
        const open = database
          .prepare(`SELECT count(*) AS n FROM "Attempt" WHERE status = 'IN_PROGRESS'`)
          .get() as { n: number };
        expect(open.n).toBe(0);
        const ungraded = database
          .prepare(`SELECT count(*) AS n FROM "Attempt" WHERE score IS NULL`)
          .get() as { n: number };
        expect(ungraded.n).toBe(0);
      });
    } finally {
      await second.stop();
    }
  });
});
