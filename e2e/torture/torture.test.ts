import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TArticlePack } from "../../app/lib/content/load";
import { hashPassword } from "../../app/lib/passwords/hashing";
import { kindOf, type TAnswer } from "../../app/lib/quiz/kinds";
import { postSignIn, signInFormFields } from "../../test-support/sign-in-form";
import {
  ARTICLE,
  asSent,
  attemptOrder,
  freshDatabase,
  loadArticle,
  makeStudents,
  makeTeacher,
  post,
  readDatabase,
  serverActionId,
  startServer,
  studentsWithPassword,
  type TReply,
  type TServer,
  type TStudent,
} from "../../test-support/harness";
import { deflatedZeros, lyingZip } from "../../test-support/zips";

const QUIZ = "who-wants-what";
let pack: TArticlePack;
let questionIds: string[];

beforeAll(async () => {
  pack = await loadArticle();
  questionIds = pack.quizzes.find((q) => q.id === QUIZ)!.questions;
});

const attemptIdOf = (reply: TReply) =>
  typeof reply.body.attemptId === "string" ? reply.body.attemptId : "";

type TAck = { attemptId: string; questionId: string; seq: number; answer: TAnswer };
type TRun = {
  acks: TAck[];
  attempts: Map<string, string>;
  submitted: Set<string>;
  serverErrors: string[];
  failures: number;
};

const newRun = (): TRun => ({
  acks: [],
  attempts: new Map(),
  submitted: new Set(),
  serverErrors: [],
  failures: 0,
});

/**
 * One student: start, answer every question twice (a first thought, then a change of mind) as
 * fast as the page would send them, then submit. Stops quietly if the server goes away.
 */
async function student(
  origin: string,
  who: TStudent,
  run: TRun,
  options: { submit: boolean; url: string; startSeq?: number },
) {
  try {
    const started = await post(
      origin,
      "/api/attempts",
      { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
      { cookie: who.cookie },
    );
    if (started.status >= 500) run.serverErrors.push(`start ${started.status}`);
    const attemptId = attemptIdOf(started);
    if (!attemptId) return;
    run.attempts.set(who.id, attemptId);
    const order = await attemptOrder(options.url, attemptId);
    let seq = options.startSeq ?? 0;
    for (const [index, questionId] of questionIds.entries()) {
      const question = pack.questions.get(questionId)!;
      for (const right of [index % 2 === 0, true]) {
        seq += 1;
        const answer = kindOf(question).sample(question, right, [...pack.sentences.keys()]);
        const saved = await post(
          origin,
          `/api/attempts/${attemptId}/answers`,
          { questionId, seq, answer: asSent(pack, order, questionId, answer) },
          { cookie: who.cookie },
        );
        if (saved.status >= 500) run.serverErrors.push(`save ${saved.status}`);
        if (saved.status === 200) run.acks.push({ attemptId, questionId, seq, answer });
      }
    }
    if (options.submit) {
      const submitted = await post(
        origin,
        `/api/attempts/${attemptId}/submit`,
        {},
        { cookie: who.cookie },
      );
      if (submitted.status >= 500) run.serverErrors.push(`submit ${submitted.status}`);
      if (submitted.status === 200) run.submitted.add(attemptId);
    }
  } catch {
    run.failures += 1; // the connection dropped (the kill test does that on purpose)
  }
}

/** A production server on a fresh database, shared by the tests of one describe block. */
function serverPerBlock(): { server: TServer; url: string } {
  const block = {} as { server: TServer; url: string };
  beforeAll(async () => {
    block.url = (await freshDatabase()).url;
    block.server = await startServer(block.url);
  });
  afterAll(() => block.server?.stop());
  return block;
}

/** Every acknowledged save is in the database, and the newest acknowledged one is what is stored. */
function expectAcknowledgedSavesStored(file: string, acks: TAck[]) {
  const newest = new Map<string, TAck>();
  for (const ack of acks) {
    const key = `${ack.attemptId}:${ack.questionId}`;
    if ((newest.get(key)?.seq ?? 0) < ack.seq) newest.set(key, ack);
  }
  readDatabase(file, (database) => {
    const find = database.prepare(
      'SELECT seq, answer FROM "Response" WHERE "attemptId" = ? AND "questionId" = ?',
    );
    for (const ack of newest.values()) {
      const row = find.get(ack.attemptId, ack.questionId) as
        { seq: number; answer: string } | undefined;
      expect(row, `${ack.attemptId}/${ack.questionId}`).toBeDefined();
      expect(row!.seq).toBeGreaterThanOrEqual(ack.seq);
      // Stored with its question's type (app/lib/quiz/answers.ts), otherwise as sent.
      if (row!.seq === ack.seq)
        expect(JSON.parse(row!.answer)).toEqual({
          type: pack.questions.get(ack.questionId)?.type,
          ...ack.answer,
        });
    }
  });
}

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
    expect(run.acks).toHaveLength(200 * questionIds.length * 2);
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
          questionIds.reduce((sum, id) => sum + pack.questions.get(id)!.points, 0),
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
      answer: asSent(pack, order, "q04", { optionId: "a" }),
    };
    const older = {
      questionId: "q04",
      seq: 4,
      answer: asSent(pack, order, "q04", { optionId: "b" }),
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
    const right = asSent(pack, order, "q04", { optionId: "a" });
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

describe("oversized uploads", () => {
  const block = serverPerBlock();

  it("a body declared larger than the limit is refused before it arrives, not buffered", async () => {
    const [who] = await makeStudents(block.url, 1);
    const { port, hostname } = new URL(block.server.origin);
    // Declares 64 KB, sends 1 KB, then waits: the answer must come while the upload is unfinished.
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      let received = "";
      socket.on("data", (chunk) => {
        received += chunk.toString();
        if (received.includes("\r\n\r\n")) {
          socket.destroy();
          resolve(received);
        }
      });
      socket.on("error", reject);
      socket.write(
        [
          "POST /api/attempts HTTP/1.1",
          `Host: ${hostname}:${port}`,
          `Origin: ${block.server.origin}`,
          `Cookie: ${who!.cookie}`,
          "Content-Type: application/json",
          "Content-Length: 65536",
          "",
          "",
        ].join("\r\n") + "x".repeat(1024),
      );
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
  });
});

describe("answer keys cannot be read from the page", () => {
  const block = serverPerBlock();

  it("in 20 attempts of one quiz no value sent before submission is an authored id, and the right token and place vary", async () => {
    const quiz = "key-facts";
    const ids = pack.quizzes.find((q) => q.id === quiz)!.questions;
    const questions = ids.map((id) => pack.questions.get(id)!);
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
        { kind: "practice", articleSlug: ARTICLE, quizId: quiz },
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

type TRawReply = { status: number; sentBytes: number; ms: number };

/**
 * Sends a request over a raw connection: the head, then `body` chunk by chunk (each written once
 * the last left), stopping as soon as the server answers or closes. Says how much of the body left.
 * With `readAfterMs` the answer is not read until then, as a busy client (or one whose upload
 * fills the line) would see it late.
 */
function rawRequest(
  origin: string,
  head: string[],
  body: Buffer[],
  { readAfterMs = 0 } = {},
): Promise<TRawReply> {
  const { port, hostname } = new URL(origin);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    if (readAfterMs > 0) {
      socket.pause();
      setTimeout(() => socket.resume(), readAfterMs);
    }
    let received = "";
    let sentBytes = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({ status, sentBytes, ms: performance.now() - started });
    };
    socket.on("data", (chunk) => {
      received += chunk.toString();
      if (received.includes("\r\n\r\n")) finish();
    });
    socket.on("close", finish);
    socket.on("error", finish);
    socket.write([...head, `Host: ${hostname}:${port}`, "", ""].join("\r\n"));
    void (async () => {
      for (const chunk of body) {
        if (done) return;
        await new Promise<void>((sent) => socket.write(chunk, () => sent()));
        sentBytes += chunk.length;
      }
    })();
  });
}

/** Chunked transfer encoding of `total` bytes in 64 KB chunks, with the closing chunk. */
function chunked(total: number): Buffer[] {
  const size = 64 * 1024;
  const chunk = Buffer.concat([
    Buffer.from(`${size.toString(16)}\r\n`),
    Buffer.alloc(size, "a"),
    Buffer.from("\r\n"),
  ]);
  return [...Array<Buffer>(Math.ceil(total / size)).fill(chunk), Buffer.from("0\r\n\r\n")];
}

describe("request bodies are limited before they are read, on every route", () => {
  const block = serverPerBlock();
  const health = async () => {
    const started = performance.now();
    const response = await fetch(`${block.server.origin}/api/health`);
    expect(response.status).toBe(200);
    return performance.now() - started;
  };

  it("an anonymous POST declaring 50 MB is refused with 413 before its body is read", async () => {
    await health(); // warm
    const reply = await rawRequest(
      block.server.origin,
      [
        "POST /sign-in HTTP/1.1",
        "Content-Type: multipart/form-data; boundary=x",
        "Content-Length: 52428800",
      ],
      Array<Buffer>(384).fill(Buffer.alloc(64 * 1024, "a")), // 24 MB, as the review sent
    );
    expect(reply.status).toBe(413);
    expect(reply.sentBytes).toBeLessThan(24 * 1024 * 1024);
  });

  it("a client still sending when refused reads the 413, not a reset connection", async () => {
    const reply = await rawRequest(
      block.server.origin,
      [
        "POST /sign-in HTTP/1.1",
        "Content-Type: multipart/form-data; boundary=x",
        "Content-Length: 52428800",
      ],
      Array<Buffer>(384).fill(Buffer.alloc(64 * 1024, "a")),
      { readAfterMs: 300 },
    );
    expect(reply.status).toBe(413);
  });

  it("a chunked body is counted as it arrives: 413 once past the limit, and the health check answers within 200 ms meanwhile", async () => {
    await health();
    const attack = rawRequest(
      block.server.origin,
      ["POST /sign-in HTTP/1.1", "Content-Type: text/plain", "Transfer-Encoding: chunked"],
      chunked(24 * 1024 * 1024),
    );
    const during = await health();
    const reply = await attack;
    expect(reply.status).toBe(413);
    // Far less than the 24 MB offered: what loopback buffers took before the refusal arrived.
    expect(reply.sentBytes).toBeLessThan(8 * 1024 * 1024);
    expect(during).toBeLessThan(200);
  });

  it("a body that stops arriving is cut off with 408, not held open", async () => {
    const reply = await rawRequest(
      block.server.origin,
      ["POST /sign-in HTTP/1.1", "Content-Type: text/plain", "Content-Length: 1000"],
      [Buffer.alloc(10, "a")],
    );
    expect(reply.status).toBe(408);
    // The idle limit is 10 s (scripts/server.mjs): well before the 30 s cap on a whole request.
    expect(reply.ms).toBeLessThan(20_000);
  });

  it("the studio still takes a 2.5 MB body (a 2 MB saved page with its form)", async () => {
    const reply = await rawRequest(
      block.server.origin,
      [
        "POST /teacher/articles/new HTTP/1.1",
        "Content-Type: text/plain",
        `Content-Length: ${2.5 * 1024 * 1024}`,
      ],
      Array<Buffer>(40).fill(Buffer.alloc(64 * 1024, "a")),
    );
    expect(reply.status).not.toBe(413);
    expect(reply.status).toBeGreaterThan(0);
  });
});

describe("a pack zip whose headers lie", () => {
  const block = serverPerBlock();

  it("1 MB that inflates to 1 GB is refused at the cap with a message, and the health check answers within 200 ms meanwhile", async () => {
    const teacher = await makeTeacher(block.url);
    const zip = lyingZip("x/article.yaml", await deflatedZeros(1024), 1000);
    expect(zip.length).toBeLessThan(2 * 1024 * 1024);
    // The new-article form's action, called as its JavaScript calls it, (previous state, form),
    // encoded as React's encodeReply encodes a FormData argument.
    const form = new FormData();
    form.set("_1_text", "");
    form.set("_1_file", new Blob([Buffer.from(zip)], { type: "application/zip" }), "bomb.zip");
    // The root last: the server reads the arguments when it arrives.
    form.set("0", JSON.stringify(["$undefined", "$K1"]));
    const id = await serverActionId("app/teacher/articles/actions.ts", "createArticleAction");
    const origin = block.server.origin;
    const health = async () => {
      const started = performance.now();
      expect((await fetch(`${origin}/api/health`)).status).toBe(200);
      return performance.now() - started;
    };
    await health(); // warm
    let done = false;
    const upload = fetch(`${origin}/teacher/articles/new`, {
      method: "POST",
      headers: {
        "Next-Action": id,
        Origin: origin,
        cookie: teacher.cookie,
        Accept: "text/x-component",
      },
      body: form,
    }).then(async (response) => {
      done = true;
      return { status: response.status, text: await response.text() };
    });
    const during: number[] = [];
    while (!done) during.push(await health());
    const reply = await upload;
    expect(reply.text).toContain("That zip holds more than an article pack");
    expect(during.length).toBeGreaterThan(0);
    expect(Math.max(...during)).toBeLessThan(200);
    expect(await health()).toBeLessThan(200);
  });
});
