import { afterEach, expect, it, vi } from "vitest";
import { logEvent } from "./log";

afterEach(() => vi.restoreAllMocks());

it("writes one JSON line with a UTC timestamp and never secret fields", () => {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  logEvent("auth.sign_in_failed", {
    identifier: "ada",
    password: "hunter2hunter2",
    newPassword: "x",
    token: "abc",
    sessionToken: "def",
    answer: "p5.s1",
    passwordHash: "scrypt$...",
  });
  expect(lines).toHaveLength(1);
  const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
  expect(Object.keys(entry).sort()).toEqual(["event", "identifier", "ts"]);
  expect(entry.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(entry).toMatchObject({ event: "auth.sign_in_failed", identifier: "ada" });
  expect(lines[0]).not.toMatch(/hunter2|abc|def|p5\.s1|scrypt/);
});
