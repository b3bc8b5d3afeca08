// Shared by the torture tests and the load benchmark: a production server (the .next-test build)
// on its own SQLite file, students with ready sessions, and a client that calls the JSON
// endpoints exactly as the quiz page does. Loopback only.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { CONTENT_ROOT, loadPack } from "../app/lib/content/load";
import type { TArticlePack } from "../app/lib/content/pack";
import { migrate } from "../app/lib/db/migrations";
import type { TAnswer } from "../app/lib/quiz/kinds";
import { encodeAnswer, type TAttemptOrder } from "../app/lib/quiz/public";
import { sqliteFilePath } from "../app/lib/database-url";
import { scratchDatabase } from "./databases";
import { insertSession, sessionCookie } from "./sessions";
import { withSql } from "./sql";

export const ARTICLE = "kim-putin-arms-talks";

export async function loadArticle(): Promise<TArticlePack> {
  const { pack } = await loadPack(path.join(CONTENT_ROOT, ARTICLE));
  if (!pack) throw new Error("content pack did not load");
  return pack;
}

export async function freshDatabase(): Promise<{ url: string; file: string }> {
  const url = await scratchDatabase({ provider: "sqlite" });
  await migrate(url);
  return { url, file: sqliteFilePath(url) };
}

/** A port nothing is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export type TServer = {
  origin: string;
  child: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

export async function startServer(databaseUrl: string, port?: number): Promise<TServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    process.execPath,
    ["scripts/server.mjs", "--hostname", "localhost", "--port", String(chosen)],
    {
      env: {
        ...process.env,
        NEXT_DIST_DIR: ".next-test",
        DATABASE_URL: databaseUrl,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const origin = `http://localhost:${chosen}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("server did not start in 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    child,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}

export type TStudent = { id: string; cookie: string };

/**
 * Students with sessions written straight to the database (SQLite or PostgreSQL), in one
 * transaction, with no password hashing in the way.
 */
export async function makeStudents(url: string, count: number): Promise<TStudent[]> {
  return withSql(url, async (sql) => {
    const students: TStudent[] = [];
    await sql.run("BEGIN");
    for (let i = 0; i < count; i += 1) {
      const id = randomUUID();
      await sql.run(
        `INSERT INTO "User" ("id", "role", "username", "displayName", "passwordHash", "updatedAt") VALUES (?, 'STUDENT', ?, ?, 'x', ?)`,
        [id, `load-${id.slice(0, 12)}`, `Load ${i}`, new Date()],
      );
      students.push({ id, cookie: sessionCookie(await insertSession(sql, id)) });
    }
    await sql.run("COMMIT");
    return students;
  });
}

/** A teacher with a signed-in session, as the cookie header to send. */
export async function makeTeacher(url: string): Promise<TStudent> {
  return withSql(url, async (sql) => {
    const id = randomUUID();
    await sql.run(
      `INSERT INTO "User" ("id", "role", "email", "displayName", "passwordHash", "updatedAt") VALUES (?, 'TEACHER', ?, 'Load teacher', 'x', ?)`,
      [id, `load-${id.slice(0, 12)}@example.org`, new Date()],
    );
    return { id, cookie: sessionCookie(await insertSession(sql, id)) };
  });
}

/**
 * The id a production build gave a server action (in .next-test), to call it over HTTP as the
 * page's JavaScript does.
 */
export async function serverActionId(file: string, exportedName: string): Promise<string> {
  const manifest = JSON.parse(
    await readFile(".next-test/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${file}`);
  return found[0];
}

export type TReply = { status: number; body: Record<string, unknown>; ms: number };

/** POSTs JSON as the quiz page does (same-origin Origin header, the student's cookie). */
export async function post(
  origin: string,
  pathname: string,
  body: unknown,
  options: { cookie?: string; origin?: string | null; raw?: string } = {},
): Promise<TReply> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin !== null) headers.origin = options.origin ?? origin;
  const start = performance.now();
  const response = await fetch(`${origin}${pathname}`, {
    method: "POST",
    headers,
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed, ms: performance.now() - start };
}

export function readDatabase<T>(file: string, run: (database: Database.Database) => T): T {
  const database = new Database(file, { readonly: true });
  database.pragma("busy_timeout = 5000");
  try {
    return run(database);
  } finally {
    database.close();
  }
}

/** A session cookie for an existing user, written straight to the database. */
export function sessionFor(url: string, userId: string): Promise<string> {
  return withSql(url, async (sql) => sessionCookie(await insertSession(sql, userId)));
}

/** A teacher with a class that the given students are enrolled in. */
export async function teacherWithClass(
  url: string,
  students: TStudent[],
): Promise<{ id: string; classId: string; cookie: string }> {
  const id = randomUUID();
  const classId = randomUUID();
  return withSql(url, async (sql) => {
    await sql.run(
      `INSERT INTO "User" ("id", "role", "email", "displayName", "passwordHash", "updatedAt") VALUES (?, 'TEACHER', ?, 'Bench teacher', 'x', ?)`,
      [id, `bench-${id.slice(0, 8)}@example.org`, new Date()],
    );
    await sql.run(
      `INSERT INTO "Class" ("id", "teacherId", "name", "joinCode", "createdAt") VALUES (?, ?, 'Bench class', ?, ?)`,
      [classId, id, id.slice(0, 6).toUpperCase(), new Date()],
    );
    for (const student of students) {
      await sql.run(
        `INSERT INTO "Enrolment" ("classId", "studentId", "joinedAt") VALUES (?, ?, ?)`,
        [classId, student.id, new Date()],
      );
    }
    return { id, classId, cookie: sessionCookie(await insertSession(sql, id)) };
  });
}

/** An attempt's stored order, with the tokens that stand for its choices in the browser. */
export async function attemptOrder(url: string, attemptId: string): Promise<TAttemptOrder> {
  const [row] = await withSql(url, (sql) =>
    sql.all<{ questionOrder: string }>(`SELECT "questionOrder" FROM "Attempt" WHERE "id" = ?`, [
      attemptId,
    ]),
  );
  if (!row) throw new Error(`no attempt ${attemptId}`);
  return JSON.parse(row.questionOrder) as TAttemptOrder;
}

/**
 * An authored answer as the quiz page sends it for one attempt: in that attempt's tokens. Tests
 * read the tokens from the database, which a student cannot.
 */
export function asSent(
  pack: TArticlePack,
  order: TAttemptOrder,
  questionId: string,
  answer: TAnswer,
): TAnswer {
  const question = pack.questions.get(questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  return encodeAnswer(question, answer, order);
}

/** Students with the given password hash, written straight to the database. */
export async function studentsWithPassword(url: string, count: number, passwordHash: string) {
  return withSql(url, async (sql) => {
    const usernames: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const username = `pw-${randomUUID().slice(0, 12)}`;
      await sql.run(
        `INSERT INTO "User" ("id", "role", "username", "displayName", "passwordHash", "updatedAt") VALUES (?, 'STUDENT', ?, ?, ?, ?)`,
        [randomUUID(), username, `Lesson ${i}`, passwordHash, new Date()],
      );
      usernames.push(username);
    }
    return usernames;
  });
}
