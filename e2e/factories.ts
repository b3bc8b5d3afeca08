// Per-test data, written straight to the test database the server uses (DATABASE_URL is set by
// app/lib/cli/e2e.ts), so each test starts from rows nobody else touches.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { hashPassword } from "../app/lib/auth/password";
import { sqliteFilePath } from "../app/lib/db/provider";

export const PASSWORD = "a sturdy test passphrase";
let hash: Promise<string> | undefined;

function open() {
  const database = new Database(sqliteFilePath(process.env.DATABASE_URL ?? ""));
  database.pragma("busy_timeout = 5000");
  return database;
}

const unique = () => randomUUID().replaceAll("-", "").slice(0, 10);

export async function createTeacher() {
  hash ??= hashPassword(PASSWORD);
  const user = {
    id: `t${unique()}`,
    email: `t-${unique()}@example.org`,
    displayName: `Teacher ${unique().slice(0, 4)}`,
  };
  const database = open();
  database
    .prepare(
      "INSERT INTO User (id, role, email, displayName, passwordHash, updatedAt) VALUES (?, 'TEACHER', ?, ?, ?, ?)",
    )
    .run(user.id, user.email, user.displayName, await hash, new Date().toISOString());
  database.close();
  return { ...user, password: PASSWORD };
}

export function createClass(teacherId: string) {
  const row = {
    id: `c${unique()}`,
    name: `Class ${unique().slice(0, 5)}`,
    joinCode: unique().slice(0, 6).toUpperCase(),
  };
  const database = open();
  database
    .prepare("INSERT INTO Class (id, teacherId, name, joinCode, createdAt) VALUES (?, ?, ?, ?, ?)")
    .run(row.id, teacherId, row.name, row.joinCode, new Date().toISOString());
  database.close();
  return row;
}

export async function createStudent(classId: string) {
  hash ??= hashPassword(PASSWORD);
  const user = {
    id: `s${unique()}`,
    username: `s-${unique()}`,
    displayName: `Student ${unique().slice(0, 4)}`,
  };
  const database = open();
  database
    .prepare(
      "INSERT INTO User (id, role, username, displayName, passwordHash, updatedAt) VALUES (?, 'STUDENT', ?, ?, ?, ?)",
    )
    .run(user.id, user.username, user.displayName, await hash, new Date().toISOString());
  database
    .prepare("INSERT INTO Enrolment (classId, studentId, joinedAt) VALUES (?, ?, ?)")
    .run(classId, user.id, new Date().toISOString());
  database.close();
  return { ...user, password: PASSWORD };
}

export function userExists(id: string): boolean {
  const database = open();
  const row = database.prepare("SELECT count(*) AS n FROM User WHERE id = ?").get(id) as {
    n: number;
  };
  database.close();
  return row.n > 0;
}

/** Makes every review card of a student due now (FSRS first brings a lapse back after a minute). */
export function makeReviewsDue(studentId: string): void {
  const database = open();
  database
    .prepare("UPDATE ReviewCard SET due = ? WHERE studentId = ?")
    .run(new Date(Date.now() - 60_000).toISOString(), studentId);
  database.close();
}

/** Moves an assignment's due date (to make work late without waiting). */
export function setAssignmentDue(assignmentId: string, dueAt: Date): void {
  const database = open();
  database
    .prepare("UPDATE Assignment SET dueAt = ? WHERE id = ?")
    .run(dueAt.toISOString(), assignmentId);
  database.close();
}
