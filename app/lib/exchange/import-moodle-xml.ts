import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeReferences } from "@/app/lib/char-references";
import {
  IMPORT_TOO_LARGE,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_QUESTIONS,
  type TImportResult,
  type TImportedQuestion,
  type TImportLine,
  categoryLine,
  plainText,
} from "./import-common";
import { type TForeignBody, type TForeignQuestion, importQuestion } from "./import-mapping";

// Reads a Moodle XML question file (as Moodle's question/format/xml writes it) into question
// drafts. Hostile files are refused before parsing: a DOCTYPE or entity declaration (entity
// expansion is how XML files exhaust memory), more than 2 MB, or XML that is not well formed.

type TNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Off: references are decoded by hand (decodeReferences), so nothing is ever expanded.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // CDATA apart from text: text is decoded as XML, CDATA is taken as it is.
  cdataPropName: "#cdata",
  isArray: (name) => ["question", "answer", "subquestion", "tag"].includes(name),
});

const node = (value: unknown): TNode =>
  value && typeof value === "object" ? (value as TNode) : {};
const list = (value: unknown): TNode[] => (Array.isArray(value) ? value.map(node) : []);
/** An element's text: its XML references decoded, its CDATA as written. */
function str(value: unknown): string {
  if (typeof value === "string") return decodeReferences(value);
  if (typeof value === "number") return String(value);
  if (!value || typeof value !== "object") return "";
  const parts = node(value);
  return `${str(parts["#text"])}${typeof parts["#cdata"] === "string" ? parts["#cdata"] : ""}`;
}

/** Text in a format as plain text, noting what it lost. */
function clean(raw: string, format: string, dropped: Set<string>): string {
  const { text, dropped: lost } = plainText(raw, format || "html");
  for (const what of lost) dropped.add(what);
  return text;
}

/** The text inside <field format="…"><text>…</text></field>, as plain text. */
const field = (parent: TNode, name: string, dropped: Set<string>) => {
  const element = node(parent[name]);
  return clean(str(element.text), str(element["@format"]), dropped);
};

const fraction = (answer: TNode) => Number(str(answer["@fraction"])) / 100;

function body(question: TNode, type: string, dropped: Set<string>): TForeignBody {
  const answers = list(question.answer).map((answer) => ({
    text: clean(str(answer.text), str(answer["@format"]), dropped),
    fraction: fraction(answer),
    feedback: field(answer, "feedback", dropped),
  }));
  switch (type) {
    case "multichoice":
      return {
        kind: "choice",
        single: str(question.single).trim() !== "false" && str(question.single).trim() !== "0",
        shuffle: !["0", "false"].includes(str(question.shuffleanswers).trim()),
        answers,
      };
    case "truefalse": {
      const right = answers.find((a) => a.fraction >= 1);
      const wrong = answers.find((a) => a.fraction < 1);
      return {
        kind: "truefalse",
        correct: right?.text.toLowerCase() === "true",
        wrongFeedback: wrong?.feedback ?? "",
      };
    }
    case "shortanswer":
      return { kind: "short", answers };
    case "numerical":
      return {
        kind: "numerical",
        answers: list(question.answer).map((answer) => ({
          value: plainText(str(node(answer).text), "plain_text").text,
          tolerance: Number(str(answer.tolerance) || "0"),
          fraction: fraction(answer),
        })),
      };
    case "matching":
      return {
        kind: "matching",
        pairs: list(question.subquestion).map((sub) => ({
          text: clean(str(sub.text), str(sub["@format"]), dropped),
          answer: plainText(str(list(sub.answer)[0]?.text), "plain_text").text,
        })),
      };
    case "ordering":
      return {
        kind: "ordering",
        items: [...answers].sort((a, b) => a.fraction - b.fraction).map((a) => a.text),
      };
    case "essay":
      return { kind: "essay", graderInfo: field(question, "graderinfo", dropped) };
    case "description":
      return { kind: "description" };
    default:
      return { kind: "unsupported", type };
  }
}

/** Why a file cannot be read at all, before anything in it is looked at; null if it can. */
function refusal(text: string): string | null {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return IMPORT_TOO_LARGE;
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return "That file declares a DOCTYPE or entities, which Debrief does not read (a Moodle XML export has none).";
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return `That file is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`;
  return null;
}

export function importMoodleXml(text: string): TImportResult {
  const refused = refusal(text);
  if (refused) return { ok: false, message: refused };
  const root = node(parser.parse(text));
  if (!("quiz" in root))
    return {
      ok: false,
      message: "That is not a Moodle XML question file: it has no <quiz> element.",
    };
  const questions = list(node(root.quiz).question);
  const real = questions.filter((q) => str(q["@type"]) !== "category");
  if (real.length > MAX_IMPORT_QUESTIONS)
    return {
      ok: false,
      message: `That file has ${real.length} questions; import at most ${MAX_IMPORT_QUESTIONS} at a time.`,
    };
  const imported: TImportedQuestion[] = [];
  const report: TImportLine[] = [];
  let number = 0;
  questions.forEach((question) => {
    const type = str(question["@type"]);
    if (type === "category") {
      const path = plainText(str(node(question.category).text), "plain_text").text;
      report.push(categoryLine(path, `before question ${number + 1}`));
      return;
    }
    number += 1;
    const index = number - 1;
    const dropped = new Set<string>();
    const foreign: TForeignQuestion = {
      name: plainText(str(node(question.name).text), "plain_text").text,
      where: `question ${index + 1}`,
      prompt: field(question, "questiontext", dropped),
      explanation: field(question, "generalfeedback", dropped),
      points: Number(str(question.defaultgrade) || "1"),
      tags: list(node(question.tags).tag).map((tag) => str(tag.text).trim()),
      dropped: [],
      body: body(question, type, dropped),
    };
    foreign.dropped = [...dropped];
    const { imported: one, line } = importQuestion(foreign);
    if (one) imported.push(one);
    report.push(line);
  });
  return { ok: true, questions: imported, report };
}
