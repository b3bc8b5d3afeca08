// npm run bench [-- sections…] — figures, each beside a ceiling measured in the same run on the
// same machine, so budgets are ratios that a slower or busier machine does not break by itself:
//   signin     30 students signing in within the same second vs. one sign-in alone (Argon2id, and
//              the earlier scrypt hashes rehashed at that sign-in);
//   saves      answer saves under load (50 and 200 students, real endpoints) vs. a bare Next.js
//              route handler under the same load (the HTTP ceiling) and a better-sqlite3 loop (the
//              storage ceiling); then 200 students on PostgreSQL with one and two instances;
//   weight     first-load JavaScript (gzip) of four routes vs. a bare Next.js page;
//   lighthouse mobile Lighthouse (median of three) for four pages vs. the bare page;
//   scale      server time of the gradebook and an assignment's analysis at 10,000 and 100,000
//              attempts vs. a trivial page on the same server.
// The bare app (one page, one route handler) is built with the same Next.js and served by the same
// scripts/server.mjs. Prints tables, writes bench-results/bench.json and bench.md, exits 1 if a
// budget in bench.budgets.json is broken. Not part of npm test.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { migrate } from "@/app/lib/db/migrations";
import { createDatabase, dropDatabases, uniqueDatabaseName } from "@/app/lib/db/postgres-admin";
import { env } from "@/app/lib/env";
import { hashPassword } from "@/app/lib/passwords/hashing";
import { kindOf } from "@/app/lib/quiz/kinds";
import { legacyScryptHash } from "@/test-support/passwords";
import { postSignIn, signInFormFields } from "@/test-support/sign-in-form";
import {
  ARTICLE,
  readDatabase,
  asSent,
  attemptOrder,
  studentsWithPassword,
  freePort,
  freshDatabase,
  loadArticle,
  makeStudents,
  post,
  sessionFor,
  startServer,
  teacherWithClass,
  type TServer,
} from "@/test-support/harness";

type TBudgets = {
  signIn: { maxP95Ms30Students: number };
  saves: { minShareOfBareRoute200Students: number };
  pageWeight: { maxKbAboveBaseline: Record<string, number> };
  lighthouse: {
    minScores: Record<string, number>;
    maxCls: number;
    maxLcpAboveBareMs: number;
    light: { pages: string[]; maxScoreBelowBare: number; maxTbtAboveBareMs: number };
  };
  scale: { maxTimesTrivial10k: number; maxTimesTrivial100k: number };
};

const SECTIONS = ["signin", "saves", "weight", "lighthouse", "scale"] as const;
const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"));
for (const name of chosen) {
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`Unknown section ${name}; choose from ${SECTIONS.join(", ")}.`);
}
const wanted = (name: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(name);

const budgets = JSON.parse(readFileSync("bench.budgets.json", "utf8")) as TBudgets;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const QUIZ = "who-wants-what";
const broken: string[] = [];
const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  cores: os.cpus().length,
};
const markdown: string[] = [
  "# Debrief benchmark",
  "",
  `Measured ${results.measuredAt as string} on ${os.cpus().length} cores.`,
  "",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function table(title: string, header: string[], rows: (string | number)[][]) {
  const lines = [
    `## ${title}`,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ];
  markdown.push(...lines);
  console.log(`\n${title}`);
  console.table(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))));
}

function check(ok: boolean, message: string) {
  if (!ok) broken.push(message);
}

function run(command: string, args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

// ---------------------------------------------------------------------------------------------
// 0. Sign-in at the start of a lesson

/** Resident memory of a process and all its descendants (Linux /proc), in bytes. */
function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean =>
    pid === rootPid || (pid > 1 && parents.has(pid) && inTree(parents.get(pid) ?? 0));
  let bytes = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      bytes += Number(rss ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return bytes;
}

/** One sign-in alone, then `count` at once; latencies of the form post and the server's peak RSS. */
async function signInBurst(server: TServer, url: string, passwordHash: string, count: number) {
  const password = "the bench's shared passphrase";
  const [alone, ...crowd] = await studentsWithPassword(url, count + 1, passwordHash);
  const fields = await signInFormFields(server.origin);
  const single = await postSignIn(server.origin, fields, alone ?? "", password);
  const pid = server.child.pid ?? 0;
  let peak = treeRss(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 50);
  const replies = await Promise.all(
    crowd.map((username) => postSignIn(server.origin, fields, username, password)),
  );
  clearInterval(sampler);
  peak = Math.max(peak, treeRss(pid));
  const failed = [single, ...replies].filter((r) => r.status !== 303).length;
  const latencies = replies.map((r) => r.ms).sort((a, b) => a - b);
  return {
    aloneMs: single.ms,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    peakMb: peak / 1024 / 1024,
    failed,
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Answer saves under load

/** Throughput and latency percentiles of a timed load that began at `since` (performance.now()). */
function loadFigures(students: number, latencies: number[], errors: number, since: number) {
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
async function saveLoad(servers: TServer[], url: string, students: number) {
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
function loadCells(l: Awaited<ReturnType<typeof saveLoad>>) {
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
async function postgresLoad(instances: number, students: number) {
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
async function directWrites(saves: number, perAttempt: number) {
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

// ---------------------------------------------------------------------------------------------
// 2. First-load JavaScript

async function firstLoadJs(origin: string, pathname: string, cookie?: string): Promise<number> {
  const html = await (
    await fetch(`${origin}${pathname}`, { headers: cookie ? { cookie } : {} })
  ).text();
  const sources = [
    ...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1] ?? "")),
  ];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes;
}

/**
 * A bare Next.js app built with the same Next version: one page and one route handler that parses
 * a JSON body and answers as a save does. Served by scripts/server.mjs like Debrief. It lives in
 * the gitignored bench-results folder so it resolves this checkout's node_modules.
 */
async function startBareApp(): Promise<{ origin: string; stop: () => void }> {
  const dir = path.resolve("bench-results/bare-app");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app/api/echo"), { recursive: true });
  writeFileSync(
    path.join(dir, "app/layout.js"),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    path.join(dir, "app/page.js"),
    "export default function P() { return <main>Hello</main>; }\n",
  );
  writeFileSync(
    path.join(dir, "app/api/echo/route.js"),
    "export async function POST(request) { const body = await request.json(); return Response.json({ status: 'saved', seq: body.seq }); }\n",
  );
  run(path.resolve("node_modules/.bin/next"), ["build"], {}, dir);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.resolve("scripts/server.mjs"), "--hostname", "localhost", "--port", String(port)],
    { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { origin, stop: () => child.kill() };
}

/** The save load's shape (students × saves each, one at a time) against the bare route handler. */
async function bareRouteLoad(origin: string, students: number, savesEach: number) {
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

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

async function lighthouseOnce(url: string, cookie: string | undefined) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
      // Applied throttling (slow 4G, 4x CPU) while the page really loads: Lighthouse's default
      // simulation replays a localhost trace, and there whether scripts finished before the
      // first paint is a race that moved a text LCP by over a second between runs (see
      // docs/decisions/0012-bench-against-same-run-ceilings.md).
      throttlingMethod: "devtools",
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    const score = (id: string) => lhr.categories[id]?.score ?? 0;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      lcpMs: audit("largest-contentful-paint"),
      tbtMs: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
    };
  } finally {
    chrome.kill();
  }
}

type TAudit = Awaited<ReturnType<typeof lighthouseOnce>>;

/** Three runs; the one with the median performance score (Lighthouse's own advice for noise). */
async function lighthouseRun(url: string, cookie: string | undefined): Promise<TAudit> {
  const runs: TAudit[] = [];
  for (let i = 0; i < 3; i += 1) runs.push(await lighthouseOnce(url, cookie));
  runs.sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  return runs[1]!;
}

// ---------------------------------------------------------------------------------------------
// 4. Gradebook at scale

async function serverTime(origin: string, pathname: string, cookie: string, runs = 15) {
  // The warm-up may meet a keep-alive socket the server closed while the database was seeded.
  await fetch(`${origin}${pathname}`, { headers: { cookie } }).catch(() =>
    fetch(`${origin}${pathname}`, { headers: { cookie } }),
  );
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const response = await fetch(`${origin}${pathname}`, { headers: { cookie } });
    await response.text();
    if (!response.ok) throw new Error(`${pathname} answered ${response.status}`);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

// ---------------------------------------------------------------------------------------------

run("tsx", ["scripts/build.ts"], { NEXT_DIST_DIR: ".next-test", NODE_ENV: "production" });
const { url, file } = await freshDatabase();
const server = await startServer(url);
const bare = await startBareApp();
const started = performance.now();
try {
  // 0
  if (wanted("signin")) {
    const lessonPassword = "the bench's shared passphrase";
    const signIns = [
      {
        scheme: "Argon2id (m=19 MiB, t=2)",
        ...(await signInBurst(server, url, await hashPassword(lessonPassword), 30)),
      },
      {
        scheme: "scrypt N=2^17 (earlier hashes; rehashed at this sign-in)",
        ...(await signInBurst(server, url, await legacyScryptHash(lessonPassword), 30)),
      },
    ];
    results.signIn = signIns;
    table(
      "0. 30 students signing in within the same second (real sign-in form, production server)",
      [
        "stored hash",
        "one alone ms",
        "30 at once p50 ms",
        "p95 ms",
        "server peak RSS MB",
        "failed",
      ],
      signIns.map((r) => [
        r.scheme,
        r.aloneMs.toFixed(0),
        r.p50.toFixed(0),
        r.p95.toFixed(0),
        r.peakMb.toFixed(0),
        r.failed,
      ]),
    );
    check(
      signIns.every((r) => r.failed === 0),
      "sign-in: some sign-ins failed",
    );
    check(
      signIns[0]!.p95 <= budgets.signIn.maxP95Ms30Students,
      `sign-in: p95 ${signIns[0]!.p95.toFixed(0)} ms > ${budgets.signIn.maxP95Ms30Students} ms with 30 students at once`,
    );
  }

  // 1
  if (wanted("saves")) {
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

  // Sessions and data for the signed-in pages.
  const [pupil] = await makeStudents(url, 1);
  const attempt = await post(
    server.origin,
    "/api/attempts",
    { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
    { cookie: pupil!.cookie },
  );
  const quizPath = `/attempts/${typeof attempt.body.attemptId === "string" ? attempt.body.attemptId : ""}`;
  const teacher = await teacherWithClass(url, [pupil!]);
  const gradebookPath = `/teacher/classes/${teacher.classId}/gradebook`;

  // 2
  if (wanted("weight")) {
    const baseline = await firstLoadJs(bare.origin, "/");
    const routes: [string, string, string | undefined][] = [
      ["home", "/", undefined],
      ["explainer", `/articles/${ARTICLE}/explainer`, undefined],
      ["quiz", quizPath, pupil!.cookie],
      ["gradebook", gradebookPath, teacher.cookie],
    ];
    const weights = [];
    for (const [name, pathname, cookie] of routes) {
      const bytes = await firstLoadJs(server.origin, pathname, cookie);
      weights.push({ name, bytes, aboveKb: (bytes - baseline) / 1024 });
    }
    results.pageWeight = { baselineBytes: baseline, routes: weights };
    table(
      "2. First-load JavaScript (gzip)",
      ["route", "KB", "KB above bare Next.js page"],
      [
        ...weights.map((w) => [w.name, (w.bytes / 1024).toFixed(1), w.aboveKb.toFixed(1)]),
        ["reference: bare Next.js page", (baseline / 1024).toFixed(1), "0.0"],
      ],
    );
    for (const w of weights) {
      const max = budgets.pageWeight.maxKbAboveBaseline[w.name] ?? 0;
      check(
        w.aboveKb <= max,
        `page weight: ${w.name} is ${w.aboveKb.toFixed(1)} KB above baseline (> ${max})`,
      );
    }
  }

  // 3
  if (wanted("lighthouse")) {
    const reference = {
      name: "reference: bare Next.js page",
      ...(await lighthouseRun(`${bare.origin}/`, undefined)),
    };
    const audits = [];
    for (const [name, pathname, cookie] of [
      ["article", `/articles/${ARTICLE}`, undefined],
      ["explainer", `/articles/${ARTICLE}/explainer`, undefined],
      ["quiz", quizPath, pupil!.cookie],
      ["gradebook", gradebookPath, teacher.cookie],
    ] as const) {
      audits.push({ name, ...(await lighthouseRun(`${server.origin}${pathname}`, cookie)) });
    }
    results.lighthouse = { reference, pages: audits };
    const { light } = budgets.lighthouse;
    table(
      "3. Lighthouse (mobile, applied slow-4G and 4x CPU throttling, median of three runs) beside a bare Next.js page",
      [
        "page",
        "performance",
        "accessibility",
        "best practices",
        "SEO",
        "LCP ms",
        "LCP vs bare",
        "TBT ms",
        "TBT vs bare",
        "CLS",
      ],
      [...audits, reference].map((a) => [
        a.name,
        a.performance,
        a.accessibility,
        a["best-practices"],
        a.seo,
        a.lcpMs.toFixed(0),
        `${a.lcpMs >= reference.lcpMs ? "+" : ""}${(a.lcpMs - reference.lcpMs).toFixed(0)}`,
        a.tbtMs.toFixed(0),
        `${a.tbtMs >= reference.tbtMs ? "+" : ""}${(a.tbtMs - reference.tbtMs).toFixed(0)}`,
        a.cls.toFixed(3),
      ]),
    );
    for (const a of audits) {
      for (const [category, min] of Object.entries(budgets.lighthouse.minScores)) {
        const value = a[category as keyof typeof a] as number;
        check(value >= min, `lighthouse: ${a.name} ${category} ${value} < ${min}`);
      }
      check(
        a.cls <= budgets.lighthouse.maxCls,
        `lighthouse: ${a.name} CLS ${a.cls} > ${budgets.lighthouse.maxCls}`,
      );
      check(
        a.lcpMs - reference.lcpMs <= budgets.lighthouse.maxLcpAboveBareMs,
        `lighthouse: ${a.name} LCP ${a.lcpMs.toFixed(0)} ms is more than ${budgets.lighthouse.maxLcpAboveBareMs} ms above the bare page's ${reference.lcpMs.toFixed(0)} ms`,
      );
      if (!light.pages.includes(a.name)) continue;
      check(
        reference.performance - a.performance <= light.maxScoreBelowBare + 1e-9,
        `lighthouse: ${a.name} performance ${a.performance} is more than ${light.maxScoreBelowBare} below the bare page's ${reference.performance}`,
      );
      check(
        a.tbtMs - reference.tbtMs <= light.maxTbtAboveBareMs,
        `lighthouse: ${a.name} TBT ${a.tbtMs.toFixed(0)} ms is more than ${light.maxTbtAboveBareMs} ms above the bare page's ${reference.tbtMs.toFixed(0)} ms`,
      );
    }
  }

  // 4
  if (wanted("scale")) {
    const trivial = await serverTime(server.origin, "/sign-in", teacher.cookie);
    const rows: (string | number)[][] = [];
    const points = [];
    for (const [classes, budget] of [
      [1, budgets.scale.maxTimesTrivial10k],
      [10, budgets.scale.maxTimesTrivial100k],
    ] as const) {
      run(
        "tsx",
        ["--conditions=react-server", "scripts/seed-scale.ts", "--classes", String(classes)],
        {
          DATABASE_URL: url,
        },
      );
      const { scaleClass, scaleAssignment, attempts } = readDatabase(file, (database) => ({
        scaleClass: database
          .prepare("SELECT id, teacherId FROM Class WHERE joinCode = 'SCALE1'")
          .get() as { id: string; teacherId: string },
        scaleAssignment: database
          .prepare(
            "SELECT a.id FROM Assignment a JOIN Class c ON c.id = a.classId WHERE c.joinCode = 'SCALE1' LIMIT 1",
          )
          .get() as { id: string },
        attempts: (database.prepare("SELECT count(*) AS n FROM Attempt").get() as { n: number }).n,
      }));
      const scaleCookie = await sessionFor(url, scaleClass.teacherId);
      const reference = await serverTime(server.origin, "/sign-in", scaleCookie);
      const gradebook = await serverTime(
        server.origin,
        `/teacher/classes/${scaleClass.id}/gradebook`,
        scaleCookie,
      );
      const analysis = await serverTime(
        server.origin,
        `/teacher/assignments/${scaleAssignment.id}`,
        scaleCookie,
      );
      points.push({ attempts, gradebook, analysis, reference });
      for (const [name, timing] of [
        ["gradebook", gradebook],
        ["assignment analysis", analysis],
      ] as const) {
        const times = timing.p50 / reference.p50;
        rows.push([
          attempts,
          name,
          timing.p50.toFixed(1),
          timing.p95.toFixed(1),
          `${times.toFixed(1)}x`,
        ]);
        check(
          times <= budget,
          `scale: ${name} at ${attempts} attempts takes ${times.toFixed(1)}x the trivial page (> ${budget}x)`,
        );
      }
      rows.push([
        attempts,
        "reference: sign-in page",
        reference.p50.toFixed(1),
        reference.p95.toFixed(1),
        "1.0x",
      ]);
    }
    results.scale = { trivialBeforeSeeding: trivial, points };
    table(
      "4. Server time of a class of 40 students (10,000 attempts on 25 assignments; the gradebook page shows the latest 10) as the database grows",
      ["attempts in database", "page", "p50 ms", "p95 ms", "vs trivial page"],
      rows,
    );
  }
} finally {
  await server.stop();
  bare.stop();
}
results.minutes = (performance.now() - started) / 60_000;
console.log(`\nMeasured in ${(results.minutes as number).toFixed(1)} minutes.`);

results.budgetsBroken = broken;
markdown.push(
  "## Budgets",
  "",
  broken.length === 0
    ? "All budgets in bench.budgets.json hold."
    : broken.map((b) => `- ${b}`).join("\n"),
  "",
);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/bench.json", `${JSON.stringify(results, null, 2)}\n`);
writeFileSync("bench-results/bench.md", markdown.join("\n"));
console.log(`\nWrote bench-results/bench.json and bench-results/bench.md.`);
if (broken.length > 0) {
  console.error(`\nBudgets broken:\n${broken.map((b) => `- ${b}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log("All budgets hold.");
}
