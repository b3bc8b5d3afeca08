// Numbers as Debrief shows them: one way to make a percentage and to round points.

/** `part` as a percentage of `whole`; null when either is unknown or the whole is nothing. */
export function percentOf(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : (100 * part) / whole;
}

/** Rounded to `places` decimals (points to 2, percentages to 0 or 1). */
export function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}
