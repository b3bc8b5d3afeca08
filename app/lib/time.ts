// Dates are stored in UTC and shown in the viewer's time zone (the browser reports it in the
// `tz` cookie; UTC until it has). Forms send local date-times plus that zone.

export const TZ_COOKIE = "tz";

export function isTimeZone(value: string | undefined): value is string {
  if (!value) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const asUtc = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "2026-12-01T09:00" in the given zone → the UTC instant. Null for anything unparseable. */
export function zonedLocalToUtc(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const guess = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi);
  if (Number.isNaN(guess)) return null;
  // Twice, so an instant near a daylight-saving change lands on the right offset.
  const first = guess - offsetMs(new Date(guess), timeZone);
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

/** The UTC instant as "2026-12-01T09:00" in the zone, for a datetime-local input. */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetMs(instant, timeZone)).toISOString().slice(0, 16);
}

/**
 * A due date's default for a datetime-local input: 23:59 in the zone, `days` from today there
 * (not at whatever minute it is now).
 */
export function endOfDayLocal(days: number, timeZone: string, now = new Date()): string {
  return `${utcToZonedLocal(new Date(now.getTime() + days * 24 * 3600 * 1000), timeZone).slice(0, 10)}T23:59`;
}

export function formatInZone(instant: Date, timeZone: string): string {
  return instant.toLocaleString("en", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  });
}
