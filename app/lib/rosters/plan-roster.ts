import { createHash } from "node:crypto";
import type { TParsedRoster, TRosterStudent } from "@/app/lib/rosters/parse-roster";

// What an upload would do to one class: who is created and who is not, and why. Pure: the data
// layer passes what the class and the server already hold.

export type TRosterSkip = "in-class" | "on-server" | "twice";
export type TPlannedStudent = TRosterStudent & { skip: TRosterSkip | null; reason: string };

export type TRosterPlan = {
  rows: TPlannedStudent[];
  toCreate: TRosterStudent[];
  /** Names what would be created, so a confirmation creates exactly what the preview showed. */
  fingerprint: string;
};

export type TRosterContext = {
  /** Display names of the students already in the class. */
  classNames: string[];
  /** Roster ids already on the server, and whether that account is in this class. */
  takenIds: Map<string, { inClass: boolean }>;
};

/** Names compared as a teacher would: accents, case and spacing ignored. */
export function sameNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function planRoster(parsed: TParsedRoster, context: TRosterContext): TRosterPlan {
  const inClass = new Set(context.classNames.map(sameNameKey));
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const rows = parsed.students.map((student): TPlannedStudent => {
    const nameKey = sameNameKey(student.displayName);
    const taken = student.rosterId ? context.takenIds.get(student.rosterId) : undefined;
    const earlier = student.rosterId ? seenIds.get(student.rosterId) : seenNames.get(nameKey);
    if (student.rosterId)
      seenIds.set(student.rosterId, seenIds.get(student.rosterId) ?? student.line);
    seenNames.set(nameKey, seenNames.get(nameKey) ?? student.line);
    if (earlier !== undefined)
      return { ...student, skip: "twice", reason: `The same student as line ${earlier}.` };
    if (taken?.inClass) return { ...student, skip: "in-class", reason: "Already in this class." };
    if (taken)
      return {
        ...student,
        skip: "on-server",
        reason:
          "Already has a Debrief account (in another class): they can join this one with the class code.",
      };
    if (inClass.has(nameKey))
      return { ...student, skip: "in-class", reason: "A student of this class has this name." };
    return { ...student, skip: null, reason: "" };
  });
  const toCreate = rows
    .filter((row) => row.skip === null)
    .map(({ line, displayName, rosterId }) => ({ line, displayName, rosterId }));
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(toCreate.map((row) => [row.displayName, row.rosterId])))
    .digest("base64url")
    .slice(0, 22);
  return { rows, toCreate, fingerprint };
}
