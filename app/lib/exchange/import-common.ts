import type { TUnsavedQuestion } from "@/app/lib/authoring/draft";
import { SKILLS, type TSkill } from "@/app/lib/quiz/kinds/kind";
import { decodeReferences } from "@/app/lib/char-references";

// What importing a Moodle XML or GIFT file gives (issue 34): each question as an editor would
// hold it (not yet passing its type's checks: citations are for the teacher to pick), and a
// report line per question of what was imported, mapped or skipped, and why.

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_QUESTIONS = 200;
export const IMPORT_TOO_LARGE = `That file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; export fewer questions at a time.`;

export type TImportOutcome = "imported" | "mapped" | "skipped";

export type TImportLine = {
  /** The question's name in the file, or its first words. */
  name: string;
  /** Where it is: "question 3" (Moodle XML) or "line 12" (GIFT). */
  where: string;
  outcome: TImportOutcome;
  /** Why, in a sentence or two: what was changed, or what Debrief cannot take. */
  reason: string;
};

export type TImportedQuestion = {
  name: string;
  question: TUnsavedQuestion;
  /** What the teacher must still do before it can be saved, citations always included. */
  todo: string[];
};

export type TImportResult =
  | { ok: true; questions: TImportedQuestion[]; report: TImportLine[] }
  | { ok: false; message: string };

export const DESCRIPTION_SKIPPED =
  "A description, not a question (Debrief shows the article itself).";

/** A category in the file: noted, since an article keeps one list of questions. */
export const categoryLine = (path: string, where: string): TImportLine => ({
  name: `Category ${path}`,
  where,
  outcome: "skipped",
  reason: "Categories are not kept: an article has one list of questions.",
});

export const CITE_TODO = "Pick the sentences it cites: citations are never imported.";

/**
 * A text field as plain text: HTML loses its tags (paragraphs and line breaks become line
 * breaks), references are decoded, spaces tidied. Says whether anything beyond paragraphs was
 * dropped (formatting, images, links), for the report.
 */
export function plainText(text: string, format: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  let value = text;
  // Moodle's default format may hold HTML too; plain text and Markdown are kept as written.
  if (!["plain_text", "markdown"].includes(format)) {
    if (/<img\b|@@PLUGINFILE@@/i.test(value)) dropped.push("images");
    if (/<(b|strong|i|em|u|sub|sup|a|table|ul|ol|span style)\b/i.test(value))
      dropped.push("formatting");
    value = value.replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, "\n").replace(/<[^>]*>/g, "");
  }
  value = decodeReferences(value)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
  return { text: value, dropped };
}

/** Skill and difficulty from tags Debrief's own export writes ("skill:evidence", "difficulty:2"). */
export function fromTags(tags: readonly string[]): { skill: TSkill; difficulty: number } {
  const value = (prefix: string) =>
    tags.find((tag) => tag.startsWith(`${prefix}:`))?.slice(prefix.length + 1);
  const skill = SKILLS.find((s) => s === value("skill")) ?? "recall";
  const difficulty = Number(value("difficulty"));
  return { skill, difficulty: [1, 2, 3].includes(difficulty) ? difficulty : 1 };
}

/** Debrief's export adds the cited sentences to the explanation; they are not the explanation. */
export const withoutEvidence = (explanation: string) =>
  explanation
    .split("\n")
    .filter((line) => !line.startsWith("Evidence: sentence "))
    .join("\n");

export const letterId = (index: number) =>
  index < 26 ? String.fromCharCode(97 + index) : `option-${index + 1}`;

/** A short name for the report from a question's text. */
export const firstWords = (text: string) =>
  text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text || "(no text)";
