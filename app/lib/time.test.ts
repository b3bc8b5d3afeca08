import { expect, it } from "vitest";
import { formatInZone, isTimeZone, utcToZonedLocal, zonedLocalToUtc } from "./time";

it("converts local date-times in a zone to UTC and back, across daylight saving", () => {
  expect(zonedLocalToUtc("2026-12-01T09:00", "America/New_York")?.toISOString()).toBe(
    "2026-12-01T14:00:00.000Z",
  );
  expect(zonedLocalToUtc("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe(
    "2026-07-01T13:00:00.000Z",
  );
  expect(zonedLocalToUtc("2026-07-01T09:00", "Asia/Seoul")?.toISOString()).toBe(
    "2026-07-01T00:00:00.000Z",
  );
  expect(zonedLocalToUtc("2026-07-01T09:00", "UTC")?.toISOString()).toBe(
    "2026-07-01T09:00:00.000Z",
  );
  expect(utcToZonedLocal(new Date("2026-12-01T14:00:00Z"), "America/New_York")).toBe(
    "2026-12-01T09:00",
  );
  expect(zonedLocalToUtc("yesterday", "UTC")).toBeNull();
  expect(formatInZone(new Date("2026-12-01T14:00:00Z"), "Asia/Seoul")).toMatch(
    /Dec 1, 2026.*11:00.*PM.*GMT\+9/,
  );
  expect(isTimeZone("Europe/Paris")).toBe(true);
  expect(isTimeZone("Mars/Olympus")).toBe(false);
});
