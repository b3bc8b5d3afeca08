import type { TReadingLevel } from "@/app/lib/article/schema";

// What a student's reading opens with (issue 32): the level, and whether read-aloud is offered.
// Pure, so every screen that says it (the explainer's note, the roster, the report) shares it.

export type TLevelSource = "own" | "assignment" | "class" | "default";

export type TReadingSupport = {
  level: TReadingLevel;
  /** Who chose the level: the student, an assignment's accommodation, the class roster, nobody. */
  source: TLevelSource;
  readAloud: boolean;
};

export const LEVEL_NAMES: Record<TReadingLevel, string> = {
  standard: "Standard",
  simpler: "Simpler",
};

export const isReadingLevel = (value: unknown): value is TReadingLevel =>
  value === "standard" || value === "simpler";

/** A stored level, or standard for anything else. */
export const levelOr = (value: unknown): TReadingLevel =>
  isReadingLevel(value) ? value : "standard";

/**
 * The level a student reads an article at: their own last choice for it, else the level an
 * assignment of it sets for them, else their level in a class (the simpler one when two classes
 * differ: it is the accommodation), else standard.
 */
export function readingLevelFor(input: {
  own?: string | null;
  assignment?: string | null;
  classes: readonly string[];
}): { level: TReadingLevel; source: TLevelSource } {
  if (isReadingLevel(input.own)) return { level: input.own, source: "own" };
  if (isReadingLevel(input.assignment)) return { level: input.assignment, source: "assignment" };
  const levels = input.classes.filter(isReadingLevel);
  if (levels.includes("simpler")) return { level: "simpler", source: "class" };
  if (levels.length > 0) return { level: "standard", source: "class" };
  return { level: "standard", source: "default" };
}

/** Read-aloud is offered when any of the student's classes turns it on, for all or for them. */
export function readAloudFor(
  classes: readonly { forClass: boolean; forStudent: boolean }[],
): boolean {
  return classes.some((entry) => entry.forClass || entry.forStudent);
}

/** The note over a student's explainer that says why it opened at this level. */
export function levelNote(support: Pick<TReadingSupport, "level" | "source">): string | null {
  if (support.source === "assignment" || support.source === "class")
    return `Opened at the ${LEVEL_NAMES[support.level].toLowerCase()} level your teacher chose. You can switch.`;
  return null;
}

/** Where a teacher reads a student's level: "Simpler (this assignment)", "Standard (class)". */
export function levelSetText(reading: { level: TReadingLevel; source: TLevelSource }): string {
  const where = {
    own: "their choice",
    assignment: "this assignment",
    class: "class",
    default: "class",
  };
  return `${LEVEL_NAMES[reading.level]} (${where[reading.source]})`;
}

/** The level an attempt was read at, as the teacher reads it. */
export function readAtText(level: TReadingLevel): string {
  return `Read at the ${LEVEL_NAMES[level].toLowerCase()} level.`;
}
