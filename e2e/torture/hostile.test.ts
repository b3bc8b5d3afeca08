// Replays, hostile requests, key leaks, login throttling and the health check, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/lib/passwords/hashing";
import { postSignIn, signInFormFields } from "../../test-support/sign-in-form";
import {
  ARTICLE,
  asSent,
  attemptOrder,
  freshDatabase,
  makeStudents,
  post,
  readDatabase,
  startServer,
  studentsWithPassword,
  type TServer,
  type TStudent,
} from "../../test-support/harness";
import { attemptIdOf, loadQuiz, QUIZ, serverPerBlock, taken } from "./support";

beforeAll(loadQuiz);

describe("replays, reordering and hostile requests", () => {
  let server: TServer;
  let file: string;
  let students: TStudent[];
  beforeAll(async () => {
    const database = await freshDatabase();
    file = database.file;
    server = await startServer(database.url);
    students = await makeStudents(`file:${file}`, 3);
  });
  afterAll(() => server?.stop());

  const counts = () =>
    readDatabase(file, (database) => ({
      attempts: (database.prepare('SELECT count(*) AS n FROM "Attempt"').get() as { n: number }).n,
      responses: database
        .prepare('SELECT count(*) AS n, coalesce(sum(seq), 0) AS s FROM "Response"')
        .get() as { n: number; s: number },
    }));

  it("a replayed save, an older save after a newer one and a replayed submit change nothing", async () => {
    const [who] = students;
    const started = await post(
      server.origin,
      "/api/attempts",
      { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
      { cookie: who!.cookie },
    );
    const attemptId = attemptIdOf(started);
    const order = await attemptOrder(`file:${file}`, attemptId);
    const answers = `/api/attempts/${attemptId}/answers`;
    const newer = {
      questionId: "q04",
      seq: 5,
      answer: asSent(taken.pack, order, "q04", { optionId: "a" }),
    };
    const older = {
      questionId: "q04",
      seq: 4,
      answer: asSent(taken.pack, order, "q04", { optionId: "b" }),
    };
    expect((await post(server.origin, answers, newer, { cookie: who!.cookie })).status).toBe(200);
    expect(await post(server.origin, answers, older, { cookie: who!.cookie })).toMatchObject({
      status: 409,
      body: { status: "stale", seq: 5 },
    });
    expect((await post(server.origin, answers, newer, { cookie: who!.cookie })).status).toBe(409);
    const submits = await Promise.all(
      [1, 2, 3].map(() =>
        post(server.origin, `/api/attempts/${attemptId}/submit`, {}, { cookie: who!.cookie }),
      ),
    );
    expect(submits.map((s) => s.status)).toEqual([200, 200, 200]);
    expect(
      (await post(server.origin, answers, { ...newer, seq: 6 }, { cookie: who!.cookie })).status,
    ).toBe(409);
    readDatabase(file, (database) => {
      const rows = database
        .prepare('SELECT seq, answer FROM "Response" WHERE "attemptId" = ?')
        .all(attemptId) as { seq: number; answer: string }[];
      expect(rows).toEqual([{ seq: 5, answer: JSON.stringify({ type: "single", optionId: "a" }) }]);
      const attempt = database
        .prepare('SELECT status, score FROM "Attempt" WHERE id = ?')
        .get(attemptId) as { status: string; score: number };
      expect(attempt).toEqual({ status: "SUBMITTED", score: 1 });
    });
  });

  it("malformed and hostile requests get a 4xx with a clear message, store nothing, and the server keeps serving", async () => {
    const [owner, intruder] = [students[1]!, students[2]!];
    const started = await post(
      server.origin,
      "/api/attempts",
      { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
      { cookie: owner.cookie },
    );
    const attemptId = attemptIdOf(started);
    const order = await attemptOrder(`file:${file}`, attemptId);
    const right = asSent(taken.pack, order, "q04", { optionId: "a" });
    const before = counts();
    const answers = `/api/attempts/${attemptId}/answers`;
    const cases: [string, string, unknown, Parameters<typeof post>[3]][] = [
      [
        "start: wrong types",
        "/api/attempts",
        { kind: "practice", articleSlug: 42, quizId: ["x"] },
        { cookie: owner.cookie },
      ],
      ["start: unknown kind", "/api/attempts", { kind: "exam" }, { cookie: owner.cookie }],
      [
        "start: unknown quiz",
        "/api/attempts",
        { kind: "practice", articleSlug: ARTICLE, quizId: "nope" },
        { cookie: owner.cookie },
      ],
      [
        "start: unknown assignment",
        "/api/attempts",
        { kind: "assignment", assignmentId: "nope" },
        { cookie: owner.cookie },
      ],
      ["start: not JSON", "/api/attempts", null, { cookie: owner.cookie, raw: "{kind:" }],
      [
        "start: huge body",
        "/api/attempts",
        null,
        { cookie: owner.cookie, raw: JSON.stringify({ kind: "x".repeat(1_000_000) }) },
      ],
      [
        "start: no session",
        "/api/attempts",
        { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
        {},
      ],
      [
        "save: no Origin",
        answers,
        { questionId: "q04", seq: 1, answer: { optionId: "a" } },
        { cookie: owner.cookie, origin: null },
      ],
      [
        "save: other Origin",
        answers,
        { questionId: "q04", seq: 1, answer: { optionId: "a" } },
        { cookie: owner.cookie, origin: "https://evil.example" },
      ],
      [
        "save: another student's attempt",
        answers,
        { questionId: "q04", seq: 1, answer: { optionId: "a" } },
        { cookie: intruder.cookie },
      ],
      [
        "save: unknown attempt",
        "/api/attempts/nope/answers",
        { questionId: "q04", seq: 1, answer: { optionId: "a" } },
        { cookie: owner.cookie },
      ],
      [
        "save: unknown question",
        answers,
        { questionId: "q99", seq: 1, answer: { optionId: "a" } },
        { cookie: owner.cookie },
      ],
      [
        "save: an authored option id instead of this attempt's token",
        answers,
        { questionId: "q04", seq: 1, answer: { optionId: "a" } },
        { cookie: owner.cookie },
      ],
      [
        "save: unknown option",
        answers,
        { questionId: "q04", seq: 1, answer: { optionId: "zz" } },
        { cookie: owner.cookie },
      ],
      [
        "save: wrong shape",
        answers,
        { questionId: "q04", seq: "1", answer: "a" },
        { cookie: owner.cookie },
      ],
      [
        "save: extra fields",
        answers,
        { questionId: "q04", seq: 1, answer: { optionId: "a" }, role: "TEACHER" },
        { cookie: owner.cookie },
      ],
      [
        "save: negative seq",
        answers,
        { questionId: "q04", seq: -1, answer: { optionId: "a" } },
        { cookie: owner.cookie },
      ],
      [
        "save: huge body",
        answers,
        null,
        {
          cookie: owner.cookie,
          raw: JSON.stringify({
            questionId: "q04",
            seq: 1,
            answer: { optionId: "a".repeat(100_000) },
          }),
        },
      ],
      [
        "submit: another student's attempt",
        `/api/attempts/${attemptId}/submit`,
        {},
        { cookie: intruder.cookie },
      ],
      [
        "submit: no Origin",
        `/api/attempts/${attemptId}/submit`,
        {},
        { cookie: owner.cookie, origin: null },
      ],
      ["submit: unknown attempt", "/api/attempts/nope/submit", {}, { cookie: owner.cookie }],
    ];
    for (const [name, pathname, body, options] of cases) {
      const reply = await post(server.origin, pathname, body, options);
      expect({ name, status: reply.status }).toEqual({
        name,
        status: expect.any(Number) as number,
      });
      expect(reply.status, name).toBeGreaterThanOrEqual(400);
      expect(reply.status, name).toBeLessThan(500);
      expect(
        typeof reply.body.error === "string" && reply.body.error.length > 5,
        `${name}: ${JSON.stringify(reply.body)}`,
      ).toBe(true);
    }
    expect(counts()).toEqual(before);
    // Still serving, and the owner's attempt still works.
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
    expect(
      (
        await post(
          server.origin,
          answers,
          { questionId: "q04", seq: 1, answer: right },
          { cookie: owner.cookie },
        )
      ).status,
    ).toBe(200);
  });
});

describe("answer keys cannot be read from the page", () => {
  const block = serverPerBlock();

  it("in 20 attempts of one quiz no value sent before submission is an authored id, and the right token and place vary", async () => {
    const quizId = "key-facts";
    const ids = taken.pack.quizzes.find((q) => q.id === quizId)!.questions;
    const questions = ids.map((id) => taken.pack.questions.get(id)!);
    // Every authored choice id of the quiz: options, items, pairs, choices, statements.
    const authored = new Set(
      questions.flatMap((question) =>
        "options" in question
          ? question.options.map((o) => o.id)
          : "items" in question
            ? question.items.map((i) => i.id)
            : [],
      ),
    );
    expect(authored.has("a")).toBe(true);
    const single = questions.find((question) => question.type === "single")!;
    const rightId = single.type === "single" ? single.options.find((o) => o.correct)!.id : "";
    const rightTokens = new Set<string>();
    const rightPlaces = new Set<number>();
    for (const who of await makeStudents(block.url, 20)) {
      const started = await post(
        block.server.origin,
        "/api/attempts",
        { kind: "practice", articleSlug: ARTICLE, quizId },
        { cookie: who.cookie },
      );
      const attemptId = attemptIdOf(started);
      const html = await (
        await fetch(`${block.server.origin}/attempts/${attemptId}`, {
          headers: { cookie: who.cookie },
        })
      ).text();
      // What the browser gets: input values and the choice ids in the page's data.
      const values = [
        ...[...html.matchAll(/value="([^"]*)"/g)].map((m) => m[1] ?? ""),
        ...[...html.matchAll(/\\?"id\\?":\\?"([^"\\]*)/g)].map((m) => m[1] ?? ""),
      ];
      expect(values.length).toBeGreaterThan(20);
      expect(values.filter((value) => authored.has(value))).toEqual([]);
      const order = await attemptOrder(block.url, attemptId);
      const token = order.tokens?.[single.id]?.[`option:${rightId}`] ?? "";
      expect(html).toContain(token);
      rightTokens.add(token);
      rightPlaces.add(order.choices[single.id]?.indexOf(rightId) ?? -1);
    }
    expect(rightTokens.size).toBe(20);
    expect(rightPlaces.size).toBeGreaterThan(1);
  });
});

describe("login throttling over HTTP", () => {
  const block = serverPerBlock();

  const WRONG = "That email or username and password do not match";
  const THROTTLED = "Too many failed sign-in attempts";

  it("twelve wrong passwords sent at once: five are checked, the rest refused unchecked", async () => {
    const [username] = await studentsWithPassword(block.url, 1, await hashPassword("the real one"));
    const fields = await signInFormFields(block.server.origin);
    const replies = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        postSignIn(block.server.origin, fields, username!, `wrong guess ${i}`),
      ),
    );
    expect(replies.filter((r) => r.body.includes(WRONG))).toHaveLength(5);
    expect(replies.filter((r) => r.body.includes(THROTTLED))).toHaveLength(7);
  });

  it("the per-address limit keys on the socket, whatever X-Forwarded-For a client sends", async () => {
    // Its own server: the test above already spent some of loopback's allowance.
    const own = await startServer((await freshDatabase()).url);
    try {
      const fields = await signInFormFields(own.origin);
      for (let i = 0; i < 30; i += 1) {
        const reply = await postSignIn(own.origin, fields, `nobody-${i}`, "guess", {
          "x-forwarded-for": `198.51.100.${i}`,
          "x-debrief-client-address": `203.0.113.${i}`,
        });
        expect(reply.body).toContain(WRONG);
      }
      const refused = await postSignIn(own.origin, fields, "nobody-else", "guess", {
        "x-forwarded-for": "192.0.2.99",
      });
      expect(refused.body).toContain(THROTTLED);
    } finally {
      await own.stop();
    }
  });
});

describe("health check for load balancers", () => {
  it("a server whose database is unreachable answers 503 and keeps serving", async () => {
    // Nothing listens on port 1: every connection is refused.
    const server = await startServer("postgresql://debrief@127.0.0.1:1/debrief");
    try {
      const response = await fetch(`${server.origin}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable" });
      expect((await fetch(`${server.origin}/sign-in`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
