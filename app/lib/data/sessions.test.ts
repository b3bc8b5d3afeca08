import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { makeStudent } from "@/test-support/factories";
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  hashToken,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  validateSessionToken,
} from "./sessions";

describe("sessions", () => {
  it("issue a 256-bit random token and store only its SHA-256", async () => {
    const student = await makeStudent();
    const { token } = await createSession(student.id);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const prisma = await db();
    const rows = await prisma.session.findMany({
      where: { userId: student.id },
      select: { id: true },
    });
    expect(rows).toEqual([{ id: hashToken(token) }]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await validateSessionToken(token))?.id).toBe(student.id);
  });

  it("give every sign-in a new token", async () => {
    const student = await makeStudent();
    const first = await createSession(student.id);
    const second = await createSession(student.id);
    expect(first.token).not.toBe(second.token);
  });

  it("refuse unknown, malformed and tampered tokens", async () => {
    const student = await makeStudent();
    const { token } = await createSession(student.id);
    expect(await validateSessionToken("nope")).toBeNull();
    expect(
      await validateSessionToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`),
    ).toBeNull();
    expect(await validateSessionToken(hashToken(token))).toBeNull();
  });

  it("end after the idle timeout, and the row is deleted", async () => {
    const student = await makeStudent();
    const start = new Date("2026-01-01T08:00:00Z");
    const { token } = await createSession(student.id, start);
    expect(
      await validateSessionToken(token, new Date(start.getTime() + SESSION_IDLE_MS - 1000)),
    ).not.toBeNull();
    // Activity moved lastSeenAt forward, so idleness counts from that check.
    const later = new Date(start.getTime() + 2 * SESSION_IDLE_MS - 2000);
    expect(await validateSessionToken(token, later)).not.toBeNull();
    expect(
      await validateSessionToken(token, new Date(later.getTime() + SESSION_IDLE_MS)),
    ).toBeNull();
    const prisma = await db();
    expect(await prisma.session.count({ where: { id: hashToken(token) } })).toBe(0);
  });

  it("end at the absolute lifetime even when in constant use", async () => {
    const student = await makeStudent();
    const start = new Date("2026-02-01T08:00:00Z");
    const { token } = await createSession(student.id, start);
    let now = start.getTime();
    while (now + SESSION_IDLE_MS / 2 < start.getTime() + SESSION_ABSOLUTE_MS) {
      now += SESSION_IDLE_MS / 2;
      expect(await validateSessionToken(token, new Date(now))).not.toBeNull();
    }
    expect(
      await validateSessionToken(token, new Date(start.getTime() + SESSION_ABSOLUTE_MS)),
    ).toBeNull();
  });

  it("end on the server at sign-out, and all of a user's at once", async () => {
    const student = await makeStudent();
    const one = await createSession(student.id);
    const two = await createSession(student.id);
    await deleteSession(one.token);
    expect(await validateSessionToken(one.token)).toBeNull();
    expect(await validateSessionToken(two.token)).not.toBeNull();
    await deleteUserSessions(student.id);
    expect(await validateSessionToken(two.token)).toBeNull();
  });
});
