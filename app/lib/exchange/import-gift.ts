import {
  DESCRIPTION_SKIPPED,
  IMPORT_TOO_LARGE,
  MAX_IMPORT_BYTES,
  categoryLine,
  MAX_IMPORT_QUESTIONS,
  type TImportResult,
  type TImportedQuestion,
  type TImportLine,
  plainText,
} from "./import-common";
import { type TForeignBody, type TForeignQuestion, importQuestion } from "./import-mapping";

// Reads GIFT, Moodle's plain-text question format (question/format/gift in Moodle's source), with
// a small grammar of our own: questions are separated by blank lines; "//" lines are comments
// (Moodle keeps "// [tag:…]" and "// [id:…]"); "::name::", "[format]", the text and an answer
// block in braces. Reserved characters (~ = # { } :) are escaped with a backslash.

/** Indexes of a character in a text, skipping escaped ones (a backslash before it). */
function unescapedIndexes(text: string, wanted: (char: string, at: number) => boolean): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    if (text[at] === "\\") {
      at++;
      continue;
    }
    if (wanted(text[at] ?? "", at)) found.push(at);
  }
  return found;
}

/** Splits at each unescaped occurrence of a separator. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of unescapedIndexes(text, (_, i) => text.startsWith(separator, i))) {
    if (at < from) continue;
    parts.push(text.slice(from, at));
    from = at + separator.length;
  }
  parts.push(text.slice(from));
  return parts;
}

export function unescapeGift(text: string): string {
  return text.replace(/\\(.)/g, (_, char: string) => (char === "n" ? "\n" : char));
}

type TEntry = { prefix: "=" | "~"; weight: number | null; text: string; feedback: string };

/** "=right#fb ~%50%half#fb ~wrong" as entries, each with its weight and feedback. */
function entries(block: string): TEntry[] {
  const starts = unescapedIndexes(block, (char) => char === "=" || char === "~");
  return starts.map((start, index) => {
    const raw = block.slice(start + 1, starts[index + 1] ?? block.length);
    const weighted = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
    const rest = weighted ? raw.slice(weighted[0].length) : raw;
    const [text = "", ...feedback] = splitUnescaped(rest, "#");
    return {
      prefix: block[start] === "=" ? "=" : "~",
      weight: weighted ? Number(weighted[1]) / 100 : null,
      text: text.trim(),
      feedback: feedback.join("#").trim(),
    };
  });
}

function answerBody(block: string, format: string): TForeignBody {
  const text = (raw: string) => plainText(unescapeGift(raw), format).text;
  const trimmed = block.trim();
  if (trimmed === "") return { kind: "essay", graderInfo: "" };
  // Moodle's ordering type: ">count select layout grading show", then an item a line.
  if (trimmed.startsWith(">"))
    return {
      kind: "ordering",
      items: trimmed
        .split("\n")
        .slice(1)
        .map((line) => text(line))
        .filter(Boolean),
    };
  const truth = /^(TRUE|FALSE|T|F)\b/i.exec(trimmed);
  if (truth) {
    const [, wrongFeedback = ""] = splitUnescaped(trimmed.slice(truth[0].length), "#");
    return {
      kind: "truefalse",
      correct: (truth[1] ?? "").toUpperCase().startsWith("T"),
      wrongFeedback: text(wrongFeedback),
    };
  }
  if (trimmed.startsWith("#")) {
    const numbers = trimmed.slice(1);
    const list = /[=~]/.test(numbers)
      ? entries(numbers)
      : [{ prefix: "=", weight: null, text: numbers, feedback: "" }];
    return {
      kind: "numerical",
      answers: list.map((entry) => {
        const [value = "", tolerance = "0"] = entry.text.split(":");
        const range = value.includes("..");
        return {
          value: value.trim(),
          tolerance: range ? 1 : Number(tolerance) || 0,
          fraction: entry.weight ?? (entry.prefix === "=" ? 1 : 0),
        };
      }),
    };
  }
  const all = entries(trimmed);
  if (all.some((entry) => entry.prefix === "=" && entry.text.includes("->")))
    return {
      kind: "matching",
      pairs: all.map((entry) => {
        const [left = "", right = ""] = entry.text.split("->");
        return { text: text(left), answer: text(right) };
      }),
    };
  const answers = all.map((entry) => ({
    text: text(entry.text),
    fraction: entry.weight ?? (entry.prefix === "=" ? 1 : 0),
    feedback: text(entry.feedback),
  }));
  if (all.every((entry) => entry.prefix === "=")) return { kind: "short", answers };
  return {
    kind: "choice",
    single: !all.some((entry) => entry.prefix === "~" && (entry.weight ?? 0) > 0),
    shuffle: true,
    answers,
  };
}

const FORMATS: Record<string, string> = {
  html: "html",
  moodle: "moodle_auto_format",
  plain: "plain_text",
  markdown: "markdown",
};

type TBlock = { line: number; lines: string[] };

/** Questions are separated by blank lines; each keeps the number of its first line. */
function blocks(text: string): TBlock[] {
  const found: TBlock[] = [];
  let current: TBlock | null = null;
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") {
      current = null;
      return;
    }
    if (!current) {
      current = { line: index + 1, lines: [] };
      found.push(current);
    }
    current.lines.push(line);
  });
  return found;
}

function readQuestion(block: TBlock): TForeignQuestion | TImportLine | null {
  const tags: string[] = [];
  const body: string[] = [];
  let firstLine = block.line;
  let points = 1;
  block.lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed.startsWith("//")) {
      const tag = /^\/\/\s*\[tag:(.*)\]\s*$/.exec(trimmed);
      if (tag?.[1]) tags.push(tag[1].trim());
      // Debrief's export writes the points GIFT has no place for as a comment.
      const pointed = /^\/\/\s*points:\s*(\d+(?:\.\d+)?)\s*$/.exec(trimmed);
      if (pointed) points = Number(pointed[1]);
      if (body.length === 0) firstLine = block.line + index + 1;
      return;
    }
    body.push(line);
  });
  let text = body.join("\n").trim();
  if (text === "") return null;
  if (text.startsWith("$CATEGORY:"))
    return categoryLine(text.slice("$CATEGORY:".length).trim(), `line ${firstLine}`);
  const where = `line ${firstLine}`;
  let name = "";
  const named = /^::((?:\\.|[^\\:]|:(?!:))*)::/.exec(text);
  if (named) {
    name = unescapeGift(named[1] ?? "").trim();
    text = text.slice(named[0].length).trimStart();
  }
  let format = "moodle_auto_format";
  const formatted = /^\[(html|moodle|plain|markdown)\]/i.exec(text);
  if (formatted) {
    format = FORMATS[(formatted[1] ?? "").toLowerCase()] ?? format;
    text = text.slice(formatted[0].length);
  }
  const open = unescapedIndexes(text, (char) => char === "{")[0];
  const close = unescapedIndexes(text, (char) => char === "}").at(-1);
  if (open === undefined)
    return {
      name: name || plainText(unescapeGift(text), format).text.slice(0, 60),
      where,
      outcome: "skipped",
      reason: DESCRIPTION_SKIPPED,
    };
  if (close === undefined || close < open)
    return {
      name: name || where,
      where,
      outcome: "skipped",
      reason: "Its answers are not closed with “}”.",
    };
  const before = text.slice(0, open);
  const after = text.slice(close + 1).trim();
  const [answers = "", ...general] = splitUnescaped(text.slice(open + 1, close), "####");
  const dropped = new Set<string>();
  const clean = (raw: string) => {
    const result = plainText(unescapeGift(raw), format);
    for (const what of result.dropped) dropped.add(what);
    return result.text;
  };
  // A "missing word" question has text after its answers: the blank goes where they were.
  const prompt = clean(after ? `${before} _____ ${after}` : before);
  return {
    name,
    where,
    prompt,
    explanation: clean(general.join("####")),
    points,
    tags,
    dropped: [...dropped],
    body: answerBody(answers, format),
  };
}

export function importGift(input: string): TImportResult {
  if (new TextEncoder().encode(input).length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: IMPORT_TOO_LARGE,
    };
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const read = blocks(text)
    .map(readQuestion)
    .filter((q) => q !== null);
  if (read.length > MAX_IMPORT_QUESTIONS)
    return {
      ok: false,
      message: `That file has ${read.length} questions; import at most ${MAX_IMPORT_QUESTIONS} at a time.`,
    };
  const isQuestion = (one: (typeof read)[number]) =>
    !("outcome" in one) ||
    (one.reason !== DESCRIPTION_SKIPPED && !one.name.startsWith("Category "));
  if (!read.some(isQuestion))
    return {
      ok: false,
      message: "That file has no GIFT questions (each is text followed by its answers in braces).",
    };
  const questions: TImportedQuestion[] = [];
  const report: TImportLine[] = [];
  for (const one of read) {
    if ("outcome" in one) {
      report.push(one);
      continue;
    }
    const { imported, line } = importQuestion(one);
    if (imported) questions.push(imported);
    report.push(line);
  }
  return { ok: true, questions, report };
}
