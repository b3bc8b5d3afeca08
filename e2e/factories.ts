// Per-test data, written straight to the test database the servers use (DATABASE_URL is set by
// scripts/e2e.ts; SQLite or PostgreSQL), so each test starts from rows nobody else touches.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { hashPassword } from "../app/lib/passwords/hashing";
import { CONTENT_ROOT, loadPack } from "../app/lib/content/load";
import { insertSession } from "../test-support/sessions";
import { withSql, type TSql } from "../test-support/sql";

export const PASSWORD = "a sturdy test passphrase";
let hash: Promise<string> | undefined;

const sql = <T>(run: (db: TSql) => Promise<T>) => withSql(process.env.DATABASE_URL ?? "", run);

const unique = () => randomUUID().replaceAll("-", "").slice(0, 10);

export async function createTeacher() {
  hash ??= hashPassword(PASSWORD);
  const user = {
    id: `t${unique()}`,
    email: `t-${unique()}@example.org`,
    displayName: `Teacher ${unique().slice(0, 4)}`,
  };
  const passwordHash = await hash;
  await sql((db) =>
    db.run(
      `INSERT INTO "User" ("id", "role", "email", "displayName", "passwordHash", "updatedAt") VALUES (?, 'TEACHER', ?, ?, ?, ?)`,
      [user.id, user.email, user.displayName, passwordHash, new Date()],
    ),
  );
  return { ...user, password: PASSWORD };
}

export async function createClass(teacherId: string) {
  const row = {
    id: `c${unique()}`,
    name: `Class ${unique().slice(0, 5)}`,
    joinCode: unique().slice(0, 6).toUpperCase(),
  };
  await sql((db) =>
    db.run(
      `INSERT INTO "Class" ("id", "teacherId", "name", "joinCode", "createdAt") VALUES (?, ?, ?, ?, ?)`,
      [row.id, teacherId, row.name, row.joinCode, new Date()],
    ),
  );
  return row;
}

export async function createStudent(classId: string) {
  hash ??= hashPassword(PASSWORD);
  const user = {
    id: `s${unique()}`,
    username: `s-${unique()}`,
    displayName: `Student ${unique().slice(0, 4)}`,
  };
  const passwordHash = await hash;
  await sql(async (db) => {
    await db.run(
      `INSERT INTO "User" ("id", "role", "username", "displayName", "passwordHash", "updatedAt") VALUES (?, 'STUDENT', ?, ?, ?, ?)`,
      [user.id, user.username, user.displayName, passwordHash, new Date()],
    );
    await db.run(`INSERT INTO "Enrolment" ("classId", "studentId", "joinedAt") VALUES (?, ?, ?)`, [
      classId,
      user.id,
      new Date(),
    ]);
  });
  return { ...user, password: PASSWORD };
}

/**
 * A signed-in session for a user, stored as the app stores it (SHA-256 of the token); returns the
 * cookie value. For tests that need many signed-in students without signing each one in.
 */
export function createSession(userId: string): Promise<string> {
  return sql((db) => insertSession(db, userId));
}

export type TAssignmentOptions = {
  title?: string;
  /** A composed assignment's questions, in order (quizId null). */
  questionIds?: string[];
  attemptsAllowed?: number | null;
  timeLimitSec?: number | null;
  allowLate?: boolean;
  feedbackPolicy?: "IMMEDIATE" | "AFTER_DUE" | "NEVER";
  dueAt?: Date;
};

/** An assignment of a whole pack quiz (or of questionIds when quizId is null), open now, due in a week. */
export async function createAssignment(
  classId: string,
  articleSlug: string,
  quizId: string | null,
  options: TAssignmentOptions = {},
) {
  const { pack } = await loadPack(path.join(CONTENT_ROOT, articleSlug));
  const questions = quizId
    ? pack?.quizzes.find((q) => q.id === quizId)?.questions
    : options.questionIds;
  if (!questions) throw new Error(`no quiz ${quizId ?? "(composed)"} in ${articleSlug}`);
  const row = { id: `a${unique()}`, title: options.title ?? `Assignment ${unique().slice(0, 5)}` };
  const now = Date.now();
  await sql((db) =>
    db.run(
      `INSERT INTO "Assignment" ("id", "classId", "articleSlug", "quizId", "title", "questionIds", "availableFrom", "dueAt", "attemptsAllowed", "timeLimitSec", "allowLate", "feedbackPolicy", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        classId,
        articleSlug,
        quizId,
        row.title,
        JSON.stringify(questions),
        new Date(now - 60_000),
        options.dueAt ?? new Date(now + 7 * 86_400_000),
        options.attemptsAllowed ?? null,
        options.timeLimitSec ?? null,
        options.allowLate ?? false,
        options.feedbackPolicy ?? "IMMEDIATE",
        new Date(now),
      ],
    ),
  );
  return row;
}

export async function userExists(id: string): Promise<boolean> {
  const [row] = await sql((db) =>
    db.all<{ n: number | string }>(`SELECT count(*) AS n FROM "User" WHERE "id" = ?`, [id]),
  );
  return Number(row?.n) > 0;
}

/** Makes every review card of a student due now (FSRS first brings a lapse back after a minute). */
export async function makeReviewsDue(studentId: string): Promise<void> {
  await sql((db) =>
    db.run(`UPDATE "ReviewCard" SET "due" = ? WHERE "studentId" = ?`, [
      new Date(Date.now() - 60_000),
      studentId,
    ]),
  );
}

/** Moves an assignment's due date (to make work late without waiting). */
export async function setAssignmentDue(assignmentId: string, dueAt: Date): Promise<void> {
  await sql((db) =>
    db.run(`UPDATE "Assignment" SET "dueAt" = ? WHERE "id" = ?`, [dueAt, assignmentId]),
  );
}

/** Corrupts an attempt's stored question order, as a failed disk or a bad restore might. */
export async function corruptAttemptOrder(attemptId: string): Promise<void> {
  await sql((db) =>
    db.run(`UPDATE "Attempt" SET "questionOrder" = ? WHERE "id" = ?`, ["{not json", attemptId]),
  );
}

/** A highlight a student made on an earlier version of an article (its words as that one had them). */
export async function createEarlierHighlight(
  studentId: string,
  articleSlug: string,
  quote: string,
  note: string,
): Promise<void> {
  await sql((db) =>
    db.run(
      `INSERT INTO "Annotation" ("id", "studentId", "articleSlug", "contentVersion", "sentenceId", "quote", "kind", "note", "seq", "updatedAt") VALUES (?, ?, ?, 'an-earlier-version', 'p1.s1', ?, 'question', ?, 1, ?)`,
      [randomUUID(), studentId, articleSlug, quote, note, new Date()],
    ),
  );
}

/** An admin (the LMS connections page), signed in by password. */
export async function createAdminUser() {
  hash ??= hashPassword(PASSWORD);
  const user = { id: `a${unique()}`, email: `a-${unique()}@example.org`, displayName: "Ada Admin" };
  const passwordHash = await hash;
  await sql((db) =>
    db.run(
      `INSERT INTO "User" ("id", "role", "email", "displayName", "passwordHash", "updatedAt") VALUES (?, 'ADMIN', ?, ?, ?, ?)`,
      [user.id, user.email, user.displayName, passwordHash, new Date()],
    ),
  );
  return { ...user, password: PASSWORD };
}

/** An LMS registered as an admin would register it (test-support/lti-platform.ts). */
export async function registerPlatform(registration: {
  name: string;
  issuer: string;
  clientId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  deploymentIds: string[];
}) {
  const id = `p${unique()}`;
  await sql((db) =>
    db.run(
      `INSERT INTO "LtiPlatform" ("id", "name", "issuer", "clientId", "authUrl", "tokenUrl", "jwksUrl", "deploymentIds", "frameOrigins", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        registration.name,
        registration.issuer,
        registration.clientId,
        registration.authUrl,
        registration.tokenUrl,
        registration.jwksUrl,
        JSON.stringify(registration.deploymentIds),
        JSON.stringify([new URL(registration.issuer).origin]),
        new Date(),
      ],
    ),
  );
  return id;
}
