import { parse } from "csv-parse/sync";

// Reads a roster file a school system exported (issue 33) into the students it names. Three
// shapes are known by their header: OneRoster 1.1 (`users.csv`, optionally with
// `enrollments.csv` to pick one class's students), a Clever-style students file, and a plain list
// of names (one per line, or "first name,last name" columns). Pure: no database, unit-tested.

export const ROSTER_FORMATS = {
  oneroster: "OneRoster 1.1 users.csv",
  clever: "Clever-style students file",
  names: "List of names",
} as const;
export type TRosterFormat = keyof typeof ROSTER_FORMATS;

/** A student the file names: its line (1-based, as a spreadsheet shows it) and who they are. */
export type TRosterStudent = {
  line: number;
  displayName: string;
  /** "oneroster:<sourcedId>" or "clever:<id>"; none for a plain list. */
  rosterId: string | null;
};
/** `file`: which upload the line is in (the students file or the enrollments file). */
export type TRosterProblem = { file: "users" | "enrollments"; line: number; reason: string };
export type TRosterClass = { id: string; students: number };

export type TParsedRoster = {
  format: TRosterFormat;
  students: TRosterStudent[];
  /** Rows that cannot be read: nothing is created while there is one. */
  problems: TRosterProblem[];
  /** Rows read but not for this class: teachers, other classes, accounts marked deleted. */
  leftOut: number;
  /** With an enrollments file: the classes it names, for the teacher to pick one. */
  classes: TRosterClass[];
};

const MAX_NAME = 80;

type TRecord = { line: number; cells: Record<string, string> };

/** The file's rows keyed by lower-cased header; a malformed file is one problem, named by line. */
function readCsv(
  file: TRosterProblem["file"],
  text: string,
): { headers: string[]; records: TRecord[] } | TRosterProblem {
  try {
    const rows = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const [head, ...body] = rows;
    const headers = (head?.record ?? []).map(headerName);
    return {
      headers,
      records: body.map(({ record, info }) => ({
        line: info.lines,
        cells: Object.fromEntries(headers.map((name, index) => [name, record[index] ?? ""])),
      })),
    };
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { file, line, reason: `This is not a CSV file Debrief can read (${message(error)}).` };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^Invalid Record Length: /, "") : "unknown";
}

function joinName(...parts: (string | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .join(" ")
    .replace(/\s+/g, " ");
}

/** A display name as the account keeps it, or why it cannot be one. */
function nameProblem(name: string): string | null {
  if (name === "") return "It has no name.";
  if (name.length > MAX_NAME) return `The name is longer than ${MAX_NAME} characters.`;
  return null;
}

function isOneRoster(headers: string[]): boolean {
  return ["sourcedid", "role", "givenname", "familyname"].every((name) => headers.includes(name));
}

function isClever(headers: string[]): boolean {
  return headers.includes("student_id") && headers.includes("first_name");
}

type TInput = { users: string; enrollments?: string; classSourcedId?: string };

/** The first line's cells as header names: lower case, spaces and dashes as underscores. */
function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return first.split(",").map(headerName);
}

function headerName(cell: string): string {
  return cell
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function parseRoster(input: TInput): TParsedRoster {
  const headers = headerOf(input.users);
  const format: TRosterFormat = isOneRoster(headers)
    ? "oneroster"
    : isClever(headers)
      ? "clever"
      : "names";
  if (input.enrollments && format !== "oneroster")
    return empty(format, [
      {
        file: "users",
        line: 1,
        reason:
          "An enrollments file goes with a OneRoster users.csv (columns sourcedId, role, givenName, familyName…).",
      },
    ]);
  if (format === "names") return names(input.users);
  const users = readCsv("users", input.users);
  if ("reason" in users) return empty(format, [users]);
  return format === "oneroster" ? oneRoster(users.records, input) : clever(users.records);
}

function empty(format: TRosterFormat, problems: TRosterProblem[]): TParsedRoster {
  return { format, students: [], problems, leftOut: 0, classes: [] };
}

function oneRoster(records: TRecord[], input: TInput): TParsedRoster {
  const problems: TRosterProblem[] = [];
  let leftOut = 0;
  let inClass: Set<string> | null = null;
  const classes: TRosterClass[] = [];
  if (input.enrollments) {
    const enrollments = readCsv("enrollments", input.enrollments);
    if ("reason" in enrollments) return empty("oneroster", [enrollments]);
    for (const column of ["classsourcedid", "usersourcedid", "role"]) {
      if (!enrollments.headers.includes(column))
        return empty("oneroster", [
          { file: "enrollments", line: 1, reason: `The header has no ${column} column.` },
        ]);
    }
    const byClass = new Map<string, Set<string>>();
    for (const { cells } of enrollments.records) {
      if (cells.role?.toLowerCase() !== "student" || cells.status === "tobedeleted") continue;
      const id = cells.classsourcedid ?? "";
      const members = byClass.get(id) ?? new Set<string>();
      members.add(cells.usersourcedid ?? "");
      byClass.set(id, members);
    }
    for (const [id, members] of byClass) classes.push({ id, students: members.size });
    const chosen =
      input.classSourcedId ?? (classes.length === 1 ? classes[0]?.id : undefined) ?? null;
    if (chosen === null) return { ...empty("oneroster", []), classes, leftOut: records.length };
    inClass = byClass.get(chosen) ?? new Set();
  }
  const students: TRosterStudent[] = [];
  for (const { line, cells } of records) {
    const role = cells.role?.toLowerCase() ?? "";
    if (role !== "student" || cells.status === "tobedeleted" || cells.enableduser === "false") {
      leftOut += 1;
      continue;
    }
    const sourcedId = cells.sourcedid ?? "";
    if (inClass && !inClass.has(sourcedId)) {
      leftOut += 1;
      continue;
    }
    if (sourcedId === "") {
      problems.push({ file: "users", line, reason: "It has no sourcedId." });
      continue;
    }
    const displayName = joinName(cells.givenname, cells.familyname);
    const problem = nameProblem(displayName);
    if (problem) problems.push({ file: "users", line, reason: problem });
    else students.push({ line, displayName, rosterId: `oneroster:${sourcedId}` });
  }
  return { format: "oneroster", students, problems, leftOut, classes };
}

function clever(records: TRecord[]): TParsedRoster {
  const problems: TRosterProblem[] = [];
  const students: TRosterStudent[] = [];
  for (const { line, cells } of records) {
    const id = cells.student_id ?? "";
    if (id === "") {
      problems.push({ file: "users", line, reason: "It has no Student_id." });
      continue;
    }
    const displayName = joinName(cells.first_name, cells.last_name);
    const problem = nameProblem(displayName);
    if (problem) problems.push({ file: "users", line, reason: problem });
    else students.push({ line, displayName, rosterId: `clever:${id}` });
  }
  return { format: "clever", students, problems, leftOut: 0, classes: [] };
}

/**
 * A spreadsheet export headed first/last name, or one name per line ("Last, First" read as
 * "First Last": school systems list surnames first).
 */
function names(text: string): TParsedRoster {
  const headers = headerOf(text);
  const firstKey = headers.find((name) => /^(first|given)(_name)?$/.test(name));
  const lastKey = headers.find((name) => /^((last|family)(_name)?|surname)$/.test(name));
  const parsed = firstKey ? readCsv("users", text) : { records: [] };
  if ("reason" in parsed) return empty("names", [parsed]);
  const rows: { line: number; displayName: string }[] = firstKey
    ? parsed.records.map(({ line, cells }) => ({
        line,
        displayName: joinName(cells[firstKey], lastKey ? cells[lastKey] : undefined),
      }))
    : text
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)
        .map((raw, index) => ({ line: index + 1, raw: raw.trim().replace(/^"(.*)"$/, "$1") }))
        .filter(({ raw }) => raw !== "")
        .map(({ line, raw }) => {
          const parts = raw.split(",");
          return {
            line,
            displayName: parts.length === 2 ? joinName(parts[1], parts[0]) : joinName(raw),
          };
        });
  const problems: TRosterProblem[] = [];
  const students: TRosterStudent[] = [];
  for (const { line, displayName } of rows) {
    const problem = nameProblem(displayName);
    if (problem) problems.push({ file: "users", line, reason: problem });
    else students.push({ line, displayName, rosterId: null });
  }
  return { format: "names", students, problems, leftOut: 0, classes: [] };
}
