import { XMLParser } from "fast-xml-parser";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { getPack } from "@/app/lib/content";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import { QUESTION_TYPES } from "@/app/lib/quiz/kinds/kind";
import { escapeGift, toGift } from "./gift";
import { toMoodleXml } from "./moodle-xml";
import { qtiFiles, toQtiPackage } from "./qti";
import { type TQuizSource, quizSource } from "./quiz-source";
import { escapeXml } from "./xml";

// Every question type of both library articles in one quiz, so each writer runs on real content.
async function everyType(): Promise<TQuizSource> {
  const packs = await Promise.all(["kim-putin-arms-talks"].map((slug) => getPack(slug)));
  const pack = packs[0];
  if (!pack) throw new Error("no library article");
  const byType = new Map<string, TQuestion>();
  for (const question of pack.questions.values())
    if (!byType.has(question.type)) byType.set(question.type, question);
  const source = quizSource(pack, pack.quizzes[0]?.id ?? "");
  if (!source) throw new Error("no quiz");
  return { ...source, questions: [...byType.values()] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  processEntities: true,
  isArray: (name) =>
    [
      "question",
      "answer",
      "subquestion",
      "tag",
      "qti-simple-choice",
      "qti-map-entry",
      "qti-value",
      "resource",
      "qti-hottext",
    ].includes(name),
});

/** A value in parsed XML, by its path of element (or "@attribute") names. */
function at(xml: string, ...path: (string | number)[]): unknown {
  let value: unknown = parser.parse(xml);
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

describe("the quiz used here", () => {
  it("has every question type, so every writer below is exercised", async () => {
    const source = await everyType();
    expect(new Set(source.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });
});

describe("Moodle XML", () => {
  it("writes a category, the article as a description, and each question in its closest Moodle type", async () => {
    const source = await everyType();
    const xml = toMoodleXml(source);
    const questions = at(xml, "quiz", "question") as {
      "@type": string;
      idnumber?: string;
      defaultgrade?: number;
      tags?: { tag: { text: string }[] };
    }[];
    expect(questions[0]?.["@type"]).toBe("category");
    expect(questions[1]?.["@type"]).toBe("description");
    const types = new Map(questions.slice(2).map((q) => [q.idnumber ?? "", q["@type"]]));
    const expected = {
      single: "multichoice",
      multiple: "multichoice",
      truefalse: "truefalse",
      fill: "shortanswer",
      ordering: "ordering",
      matching: "matching",
      sort: "matching",
      find: "multichoice",
      cer: "essay",
    };
    for (const question of source.questions)
      expect(types.get(question.id), question.type).toBe(expected[question.type]);
  });

  it("keeps points, skill, difficulty and citations, and gives each wrong option its feedback", async () => {
    const source = await everyType();
    const single = source.questions.find((q) => q.type === "single");
    if (single?.type !== "single") throw new Error("no single");
    const parsed = at(toMoodleXml({ ...source, questions: [single] }), "quiz", "question", 2) as {
      defaultgrade: number;
      tags: { tag: { text: string }[] };
      answer: { "@fraction": string; feedback?: { text: string } }[];
      generalfeedback: { text: string };
    };
    expect(parsed.defaultgrade).toBe(single.points);
    expect(parsed.tags.tag.map((t) => t.text)).toEqual([
      `skill:${single.skill}`,
      `difficulty:${single.difficulty}`,
      ...single.cites.map((id) => `cite:${id}`),
    ]);
    const wrong = single.options.filter((o) => !o.correct);
    expect(
      parsed.answer.filter((a) => a["@fraction"] === "0").map((a) => a.feedback?.text),
    ).toEqual(wrong.map((o) => `<p>${escapeXml(o.feedback ?? "")}</p>`));
    expect(parsed.generalfeedback.text).toContain(escapeXml(single.explanation));
    expect(parsed.generalfeedback.text).toContain(`sentence ${single.cites[0] ?? ""}`);
  });

  it("scores a multiple choice as Debrief does: each right option a share, each wrong one a share back", async () => {
    const source = await everyType();
    const multiple = source.questions.find((q) => q.type === "multiple");
    if (multiple?.type !== "multiple") throw new Error("no multiple");
    const right = multiple.options.filter((o) => o.correct).length;
    const parsed = at(toMoodleXml({ ...source, questions: [multiple] }), "quiz", "question", 2) as {
      answer: { "@fraction": string }[];
    };
    expect(parsed.answer.map((a) => Number(a["@fraction"]))).toEqual(
      multiple.options.map((o) => Number(((o.correct ? 100 : -100) / right).toFixed(5))),
    );
  });

  it("is the same bytes on a second export, and text with markup stays text", async () => {
    const source = await everyType();
    expect(toMoodleXml(source)).toBe(toMoodleXml(source));
    const hostile = { ...source, title: 'A <script>alert("x")</script> & co' };
    const xml = toMoodleXml(hostile);
    expect(xml).not.toContain("<script>");
    expect(at(xml, "quiz", "question", 0, "category", "text")).toContain(
      '<script>alert("x")</script>',
    );
  });
});

describe("GIFT", () => {
  it("escapes GIFT's reserved characters as Moodle does", () => {
    expect(escapeGift("a = b ~ c # d {e} f: g \\ h\nnext")).toBe(
      "a \\= b \\~ c \\# d \\{e\\} f\\: g \\\\ h\\nnext",
    );
  });

  it("writes each question with its id, tags, points and closest GIFT form", async () => {
    const source = await everyType();
    const gift = toGift(source);
    expect(gift).toContain("$CATEGORY: $course$/top/Debrief/");
    for (const question of source.questions) {
      expect(gift).toContain(`// [id:${question.id}]`);
      expect(gift).toContain(`// points: ${question.points}`);
      expect(gift).toContain(`::${question.id}::[html]`);
    }
    const block = (type: string) => {
      const question = source.questions.find((q) => q.type === type);
      const start = gift.indexOf(`::${question?.id ?? ""}::`);
      return gift.slice(start, gift.indexOf("\n}", start) + 2);
    };
    expect(block("truefalse")).toMatch(/\{\n(TRUE|FALSE)#/);
    expect(block("matching")).toContain(" -> ");
    expect(block("sort")).toContain(" -> ");
    expect(block("ordering")).toMatch(/\{>\d+ ALL VERTICAL ABSOLUTE_POSITION SHOW\n/);
    expect(block("multiple")).toMatch(/~%-?\d+(\.\d+)?%/);
    expect(block("cer")).toMatch(/\{\n\t####/);
    expect(gift).toContain("// rubric: ");
    expect(toGift(source)).toBe(gift);
  });
});

describe("QTI 3.0", () => {
  it("packages a manifest, a test, the article as a stimulus and one item per question", async () => {
    const source = await everyType();
    const files = unzipSync(toQtiPackage(source));
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      [
        "article.xml",
        "imsmanifest.xml",
        "test.xml",
        ...source.questions.map((q) => `items/${q.id}.xml`),
      ].sort(),
    );
    const manifest = strFromU8(files["imsmanifest.xml"] ?? new Uint8Array());
    expect(at(manifest, "manifest", "metadata", "schemaversion")).toBe("3.0.0");
    const resources = at(manifest, "manifest", "resources", "resource") as { "@href": string }[];
    const hrefs = resources.map((r) => r["@href"]);
    for (const name of names.filter((n) => n !== "imsmanifest.xml")) expect(hrefs).toContain(name);
    const test = strFromU8(files["test.xml"] ?? new Uint8Array());
    const path = ["qti-assessment-test", "qti-test-part", "qti-assessment-section"];
    expect(at(test, ...path, "qti-assessment-item-ref")).toHaveLength(source.questions.length);
    expect(toQtiPackage(source)).toEqual(toQtiPackage(source));
  });

  it("maps each type to its interaction, with its correct response and maximum score", async () => {
    const source = await everyType();
    const files = qtiFiles(source);
    const interaction = {
      single: "qti-choice-interaction",
      multiple: "qti-choice-interaction",
      truefalse: "qti-choice-interaction",
      fill: "qti-text-entry-interaction",
      ordering: "qti-order-interaction",
      matching: "qti-match-interaction",
      sort: "qti-match-interaction",
      find: "qti-hottext-interaction",
      cer: "qti-extended-text-interaction",
    };
    for (const question of source.questions) {
      const xml = files[`items/${question.id}.xml`] ?? "";
      expect(xml, question.type).toContain(`<${interaction[question.type]}`);
      expect(at(xml, "qti-assessment-item", "@identifier")).toBe(question.id);
      const outcomes = at(xml, "qti-assessment-item", "qti-outcome-declaration") as {
        "@identifier": string;
        "qti-default-value"?: { "qti-value": number[] };
      }[];
      expect(
        outcomes.find((o) => o["@identifier"] === "MAXSCORE")?.["qti-default-value"]?.["qti-value"],
      ).toEqual([question.points]);
      if (question.type !== "cer")
        expect(
          at(xml, "qti-assessment-item", "qti-response-declaration", "qti-correct-response"),
        ).toBeDefined();
      expect(xml).toContain('<qti-assessment-stimulus-ref identifier="article"');
    }
    const find = source.questions.find((q) => q.type === "find");
    const body = ["qti-assessment-item", "qti-item-body", "qti-hottext-interaction", "p"];
    const hottexts = at(files[`items/${find?.id ?? ""}.xml`] ?? "", ...body, "qti-hottext");
    expect(hottexts).toHaveLength(source.paragraphs.flatMap((p) => p.sentences).length);
  });
});
