import { describe, expect, it } from "vitest";
import { db } from "@/app/lib/db/client";
import { deleteExpiredSessions, createSession, SESSION_ABSOLUTE_MS } from "./sessions";
import { makeClass, makeStudent, makeTeacher } from "@/test-support/factories";
import { issueDeviceToken, knownDevice } from "./known-devices";
import { resetStudentPassword, unlockStudentSignIn } from "./users";
import { ThrottledError } from "./errors";
import {
  ADDRESS_FAILURE_LIMIT,
  guarded,
  joinCodeKeys,
  releaseAttempt,
  reserveAttempt,
  signInKeys,
  sweepThrottles,
  THROTTLE_WINDOW_MS,
} from "./throttle";

const start = new Date("2026-03-01T09:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const unique = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;
const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("sign-in throttling", () => {
  it("refuses the 6th attempt from one address within 10 minutes with the minutes left", async () => {
    const keys = signInKeys(unique("pupil"), address());
    for (let attempt = 0; attempt < 5; attempt += 1) await reserveAttempt(keys, at(attempt * 0.01));
    const refused = await reserveAttempt(keys, at(5)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ThrottledError);
    expect((refused as ThrottledError).message).toBe(
      "Too many failed sign-in attempts. Try again in 5 minutes.",
    );
    // The window ends 10 minutes after the first attempt.
    await expect(
      reserveAttempt(keys, new Date(start.getTime() + THROTTLE_WINDOW_MS)),
    ).resolves.toBeUndefined();
  });

  it("counts parallel guesses before checking them: of twelve at once, five get through", async () => {
    const keys = signInKeys(unique("burst"), address());
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => reserveAttempt(keys, at(0))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(r.reason).toBeInstanceOf(ThrottledError);
  });

  it("a stranger's failures from other addresses only delay the owner briefly, never lock them out", async () => {
    const name = unique("target");
    // Five failures, each from a different address: the account-wide count is used up.
    for (let i = 0; i < 5; i += 1) await reserveAttempt(signInKeys(name, address()), at(0));
    // The sixth attempt, from yet another address, is let through but sets a 2-second delay…
    const owner = address();
    await reserveAttempt(signInKeys(name, address()), at(0));
    await expect(reserveAttempt(signInKeys(name, owner), at(0))).rejects.toThrow(
      "Try again in 2 seconds.",
    );
    // …which grows with each further attempt, but never past a minute.
    let now = at(0);
    for (let i = 0; i < 6; i += 1) {
      now = new Date(now.getTime() + 61_000);
      await reserveAttempt(signInKeys(name, address()), now);
    }
    const refused = (await reserveAttempt(signInKeys(name, owner), now).catch(
      (error: unknown) => error,
    )) as ThrottledError;
    expect(refused).toBeInstanceOf(ThrottledError);
    expect(refused.waitMs).toBe(60_000);
    // The owner, from their own address, gets in a minute later, and a success clears it all.
    const later = new Date(now.getTime() + 60_001);
    await reserveAttempt(signInKeys(name, owner), later);
    await releaseAttempt(signInKeys(name, owner));
    await expect(reserveAttempt(signInKeys(name, owner), later)).resolves.toBeUndefined();
  });

  it("a classmate's five wrong passwords from the owner's own school address do not lock the owner out on a browser they signed in on before", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const owner = await makeStudent(klass.id);
    const school = address();
    const token = await issueDeviceToken(owner.id);
    // The review's attack: five anonymous wrong passwords, same address as the owner.
    for (let i = 0; i < 5; i += 1) await reserveAttempt(signInKeys(owner.username, school), at(0));
    await expect(reserveAttempt(signInKeys(owner.username, school), at(1))).rejects.toThrow(
      ThrottledError,
    );
    // The owner's browser carries the device token: its attempts count on their own.
    const device = await knownDevice(owner.username, ["junk", token]);
    expect(device).not.toBeNull();
    await expect(
      reserveAttempt(signInKeys(owner.username, school, device), at(1)),
    ).resolves.toBeUndefined();
    // A token is good for its own account only, and only until the password changes.
    expect(await knownDevice((await makeStudent()).username, [token])).toBeNull();
    const forged = `${owner.id}.${token.split(".")[1]}.${"A".repeat(43)}`;
    expect(await knownDevice(owner.username, [forged])).toBeNull();
    await resetStudentPassword(teacher, owner.id);
    expect(await knownDevice(owner.username, [token])).toBeNull();
  });

  it("a teacher unlocks a student at once; another teacher cannot", async () => {
    const teacher = await makeTeacher();
    const student = await makeStudent((await makeClass(teacher)).id);
    const keys = signInKeys(student.username, address());
    for (let i = 0; i < 5; i += 1) await reserveAttempt(keys, new Date());
    await expect(reserveAttempt(keys)).rejects.toThrow(ThrottledError);
    await expect(unlockStudentSignIn(await makeTeacher(), student.id)).rejects.toThrow();
    await expect(reserveAttempt(keys)).rejects.toThrow(ThrottledError);
    expect(await unlockStudentSignIn(teacher, student.id)).toEqual({
      displayName: student.displayName,
    });
    await expect(reserveAttempt(keys)).resolves.toBeUndefined();
  });

  it("an address gets room for a class, and successful sign-ins behind it do not add up", async () => {
    const shared = address();
    for (let i = 0; i < 100; i += 1) {
      const keys = signInKeys(unique("classmate"), shared);
      await reserveAttempt(keys, at(0));
      await releaseAttempt(keys);
    }
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i += 1)
      await reserveAttempt(signInKeys(unique("guess"), shared), at(0));
    await expect(reserveAttempt(signInKeys(unique("fresh"), shared), at(1))).rejects.toThrow(
      ThrottledError,
    );
  });

  it("account names ignore case", async () => {
    const name = unique("Case");
    const from = address();
    for (let i = 0; i < 5; i += 1) await reserveAttempt(signInKeys(name, from), at(0));
    await expect(reserveAttempt(signInKeys(name.toUpperCase(), from), at(0))).rejects.toThrow(
      ThrottledError,
    );
  });
});

describe("guessing join codes", () => {
  it("wrong codes are counted, other failures and successes are given back", async () => {
    const keys = joinCodeKeys(address());
    const wrong = new Error("wrong code");
    const guess = (error: Error | null) =>
      guarded(
        keys,
        () => (error ? Promise.reject(error) : Promise.resolve("joined")),
        (e) => e === wrong,
      );
    for (let i = 0; i < 20; i += 1) {
      await expect(guess(null)).resolves.toBe("joined");
      await expect(guess(new Error("username taken"))).rejects.toThrow("username taken");
    }
    for (let i = 0; i < 10; i += 1) await expect(guess(wrong)).rejects.toBe(wrong);
    await expect(guess(null)).rejects.toThrow("Too many wrong join codes.");
  });
});

describe("housekeeping", () => {
  it("sweeps throttle rows past their window and expired sessions", async () => {
    const keys = signInKeys(unique("old"), address());
    await reserveAttempt(keys, at(0));
    const prisma = await db();
    const count = () =>
      prisma.loginThrottle.count({ where: { key: { in: keys.map((k) => k.key) } } });
    expect(await count()).toBe(3);
    await sweepThrottles(at(30));
    expect(await count()).toBe(0);

    const student = await makeStudent();
    await createSession(student.id);
    const sessions = () => prisma.session.count({ where: { userId: student.id } });
    expect(await sessions()).toBe(1);
    await deleteExpiredSessions(new Date());
    expect(await sessions()).toBe(1);
    await deleteExpiredSessions(new Date(Date.now() + SESSION_ABSOLUTE_MS + 1));
    expect(await sessions()).toBe(0);
  });
});
