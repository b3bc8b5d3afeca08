// 1. Answer saves under load vs. a bare route handler and a better-sqlite3 loop; then PostgreSQL.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { migrate } from "@/app/lib/db/migrations";
import { createDatabase, dropDatabases, uniqueDatabaseName } from "@/app/lib/db/postgres-admin";
import { env } from "@/app/lib/env";
import { kindOf } from "@/app/lib/quiz/kinds";
import {
  ARTICLE,
  asSent,
  attemptOrder,
  freshDatabase,
  loadArticle,
  makeStudents,
  post,
  startServer,
  type TServer,
} from "@/test-support/harness";
import { budgets, check, QUIZ, results, table, percentile, type TBench } from "./report";

/** Throughput and latency percentiles of a timed load that began at `since` (performance.now()). */
export function loadFigures(students: number, latencies: number[], errors: number, since: number) {
  const seconds = (performance.now() - since) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    students,
    saves: latencies.length,
    errors,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/**
 * Students start a quiz (not timed), then save answers, each student one request at a time as the
 * quiz page does; requests go round-robin to the servers given. Only the saves are timed, so the
 * figure compares with the bare route handler under the same load.
 */
export async function saveLoad(servers: TServer[], url: string, students: number) {
  const pack = await loadArticle();
  const questionIds = pack.quizzes.find((q) => q.id === QUIZ)!.questions;
  const who = await makeStudents(url, students);
  let next = 0;
  const origin = () => servers[(next += 1) % servers.length]!.origin;
  const started = await Promise.all(
    who.map(async (student) => {
      const start = await post(
        origin(),
        "/api/attempts",
        { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
        { cookie: student.cookie },
      );
      const attemptId = typeof start.body.attemptId === "string" ? start.body.attemptId : "";
      return { student, attemptId, order: await attemptOrder(url, attemptId) };
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  const clock = performance.now();
  await Promise.all(
    started.map(async ({ student, attemptId, order }) => {
      let seq = 0;
      for (const [index, questionId] of questionIds.entries()) {
        const question = pack.questions.get(questionId)!;
        for (const right of [index % 2 === 0, true]) {
          seq += 1;
          const reply = await post(
            origin(),
            `/api/attempts/${attemptId}/answers`,
            {
              questionId,
              seq,
              answer: asSent(
                pack,
                order,
                questionId,
                kindOf(question).sample(question, right, [...pack.sentences.keys()]),
              ),
            },
            { cookie: student.cookie },
          );
          if (reply.status === 200) latencies.push(reply.ms);
          else errors += 1;
        }
      }
    }),
  );
  return loadFigures(students, latencies, errors, clock);
}

/** saves, errors, saves/s, p50, p95, p99: the columns every save-load table shows. */
export function loadCells(l: Awaited<ReturnType<typeof saveLoad>>) {
  return [
    l.saves,
    l.errors,
    l.throughput.toFixed(0),
    l.p50.toFixed(1),
    l.p95.toFixed(1),
    l.p99.toFixed(1),
  ];
}

/** saveLoad on a fresh PostgreSQL database (on TEST_POSTGRES_URL) served by n instances. */
export async function postgresLoad(instances: number, students: number) {
  const name = uniqueDatabaseName("debrief_bench");
  const url = await createDatabase(env.TEST_POSTGRES_URL, name);
  const servers: TServer[] = [];
  try {
    await migrate(url);
    for (let i = 0; i < instances; i += 1) servers.push(await startServer(url));
    return { instances, ...(await saveLoad(servers, url, students)) };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabases(env.TEST_POSTGRES_URL, name);
  }
}

/** The same number of answer rows written one statement at a time straight into SQLite. */
export async function directWrites(saves: number, perAttempt: number) {
  const { file } = await freshDatabase();
  const database = new Database(file);
  database.pragma("journal_mode = WAL");
  database.pragma("busy_timeout = 5000");
  const studentId = randomUUID();
  database
    .prepare(
      "INSERT INTO User (id, role, username, displayName, passwordHash, updatedAt) VALUES (?, 'STUDENT', ?, 'x', 'x', ?)",
    )
    .run(studentId, studentId, new Date().toISOString());
  const attempts = Array.from({ length: Math.ceil(saves / perAttempt) }, () => randomUUID());
  const insertAttempt = database.prepare(
    "INSERT INTO Attempt (id, studentId, articleSlug, quizId, contentVersion, seed, questionOrder) VALUES (?, ?, 'a', 'q', 'v', 1, '{}')",
  );
  for (const id of attempts) insertAttempt.run(id, studentId);
  const upsert = database.prepare(`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "seq", "contentVersion", "savedAt")
    SELECT ?, a."id", ?, ?, ?, a."contentVersion", ? FROM "Attempt" a WHERE a."id" = ? AND a."status" = 'IN_PROGRESS'
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "answer" = excluded."answer", "seq" = excluded."seq", "savedAt" = excluded."savedAt"
    WHERE excluded."seq" > "Response"."seq"`);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < saves; i += 1) {
    const t = performance.now();
    upsert.run(
      randomUUID(),
      `q${Math.floor((i % perAttempt) / 2)}`,
      '{"optionId":"a"}',
      i + 1,
      new Date().toISOString(),
      attempts[Math.floor(i / perAttempt)],
    );
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  database.close();
  latencies.sort((a, b) => a - b);
  return {
    throughput: saves / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/** The save load's shape (students × saves each, one at a time) against the bare route handler. */
export async function bareRouteLoad(origin: string, students: number, savesEach: number) {
  // Open the connections and load the route's module first, as Debrief's start phase does.
  await Promise.all(Array.from({ length: students }, () => post(origin, "/api/echo", { seq: 0 })));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: students }, async () => {
      for (let seq = 1; seq <= savesEach; seq += 1) {
        const reply = await post(origin, "/api/echo", {
          questionId: "q01",
          seq,
          answer: { type: "single", optionId: "a" },
        });
        if (reply.status === 200) latencies.push(reply.ms);
        else errors += 1;
      }
    }),
  );
  return loadFigures(students, latencies, errors, started);
}

export async function benchSaves({ server, bare, url }: TBench) {
  const load = [await saveLoad([server], url, 50), await saveLoad([server], url, 200)];
  const savesEach = load[1]!.saves / load[1]!.students;
  const bareLoads = [
    await bareRouteLoad(bare.origin, 50, savesEach),
    await bareRouteLoad(bare.origin, 200, savesEach),
  ];
  const reference = await directWrites(load[1]!.saves, 20);
  results.saves = { load, bareRoute: bareLoads, reference };
  const share = (i: number) => load[i]!.throughput / bareLoads[i]!.throughput;
  table(
    "1. Answer saves under load (real HTTP endpoints, production server, SQLite)",
    [
      "students",
      "saves",
      "errors",
      "saves/s",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "vs bare route, same load",
      "vs direct SQLite",
    ],
    [
      ...load.map((l, i) => [
        l.students,
        ...loadCells(l),
        `${(share(i) * 100).toFixed(0)}%`,
        `${((l.throughput / reference.throughput) * 100).toFixed(1)}%`,
      ]),
      ...bareLoads.map((l) => [
        `reference: bare Next.js route handler, ${l.students} clients`,
        ...loadCells(l),
        "100%",
        `${((l.throughput / reference.throughput) * 100).toFixed(1)}%`,
      ]),
      [
        "reference: better-sqlite3 loop",
        load[1]!.saves,
        0,
        reference.throughput.toFixed(0),
        reference.p50.toFixed(3),
        reference.p95.toFixed(3),
        reference.p99.toFixed(3),
        "",
        "100%",
      ],
    ],
  );
  check(
    load.every((l) => l.errors === 0),
    "saves: some saves failed",
  );
  check(
    share(1) >= budgets.saves.minShareOfBareRoute200Students,
    `saves: ${load[1]!.throughput.toFixed(0)}/s at 200 students is ${(share(1) * 100).toFixed(0)}% of the bare route's ${bareLoads[1]!.throughput.toFixed(0)}/s (< ${budgets.saves.minShareOfBareRoute200Students * 100}%)`,
  );

  // 1b. The same 200 students on PostgreSQL: one instance, then two behind a round-robin.
  const onPostgres = [];
  for (const instances of [1, 2]) onPostgres.push(await postgresLoad(instances, 200));
  results.savesPostgres = onPostgres;
  table(
    "1b. Answer saves under load on PostgreSQL (requests alternate between instances)",
    ["instances", "students", "saves", "errors", "saves/s", "p50 ms", "p95 ms", "p99 ms"],
    onPostgres.map((l) => [l.instances, l.students, ...loadCells(l)]),
  );
  check(
    onPostgres.every((l) => l.errors === 0),
    "saves on PostgreSQL: some saves failed",
  );
}
