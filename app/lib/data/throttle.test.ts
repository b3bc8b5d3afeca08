import { describe, expect, it } from "vitest";
import { ThrottledError } from "./errors";
import {
  ADDRESS_FAILURE_LIMIT,
  assertNotThrottled,
  clearFailures,
  recordFailure,
  THROTTLE_WINDOW_MS,
  throttleKeys,
} from "./throttle";

const start = new Date("2026-03-01T09:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("login throttling", () => {
  it("refuses the 6th attempt within 10 minutes with the minutes left", async () => {
    const keys = throttleKeys(
      `pupil-${Math.random()}`,
      `10.0.0.${Math.floor(Math.random() * 250)}`,
    );
    for (let failure = 0; failure < 5; failure += 1) {
      await assertNotThrottled(keys, at(failure));
      await recordFailure(keys, at(failure));
    }
    const refused = await assertNotThrottled(keys, at(5)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ThrottledError);
    expect((refused as ThrottledError).message).toBe(
      "Too many failed sign-in attempts. Try again in 5 minutes.",
    );
    await expect(assertNotThrottled(keys, at(9.5))).rejects.toThrow("Try again in 1 minute.");
    // The window ends 10 minutes after the first failure.
    await expect(
      assertNotThrottled(keys, new Date(start.getTime() + THROTTLE_WINDOW_MS)),
    ).resolves.toBeUndefined();
  });

  it("counts per account whatever the address, and the account name ignores case", async () => {
    const name = `Case-${Math.random()}`;
    for (let failure = 0; failure < 5; failure += 1) {
      await recordFailure(throttleKeys(name, `192.0.2.${failure}`), at(failure));
    }
    await expect(
      assertNotThrottled(throttleKeys(name.toLowerCase(), "198.51.100.1"), at(6)),
    ).rejects.toThrow(ThrottledError);
  });

  it("counts per address across accounts, with room for a class behind one school address", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let failure = 0; failure < ADDRESS_FAILURE_LIMIT; failure += 1) {
      await recordFailure(throttleKeys(`someone-${failure}-${Math.random()}`, address), at(0));
    }
    await expect(assertNotThrottled(throttleKeys("fresh-account", address), at(1))).rejects.toThrow(
      ThrottledError,
    );
  });

  it("a success clears the account's count", async () => {
    const keys = throttleKeys(`pupil-${Math.random()}`, "192.0.2.200");
    for (let failure = 0; failure < 5; failure += 1) await recordFailure(keys, at(failure));
    await clearFailures(keys[0]!.key);
    await expect(assertNotThrottled([keys[0]!], at(5))).resolves.toBeUndefined();
  });

  it("concurrent failures are all counted", async () => {
    const keys = throttleKeys(`burst-${Math.random()}`, "192.0.2.201");
    await Promise.all(Array.from({ length: 5 }, () => recordFailure([keys[0]!], at(0))));
    await expect(assertNotThrottled([keys[0]!], at(1))).rejects.toThrow(ThrottledError);
  });
});
