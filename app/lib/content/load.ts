// Reads and validates content packs. Shared by the app (through content/index.ts) and by
// `npm run content:check`, so both see exactly the same rules and messages.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { termPattern } from "@/app/lib/content/glossary-marks";
import { levelTexts, readingGrade, simplerLevelProblem } from "@/app/lib/content/readability";
import { ZQuestionBankSchema, ZQuizzesSchema, type TQuiz } from "@/app/lib/content/question-schema";
import { kindOf, type TQuestion } from "@/app/lib/quiz/kinds";
import {
  ZArticleSchema,
  ZExplainerSchema,
  ZGlossarySchema,
  ZPeopleSchema,
  ZTimelineSchema,
  type TArticle,
  type TExplainer,
  type TGlossary,
  type TPeople,
  type TTimeline,
} from "@/app/lib/content/schema";

/** The files of a pack, each with the schema it must satisfy. */
export const PACK_FILES = {
  article: { file: "article.yaml", schema: ZArticleSchema },
  // Every part of the explainer but what happened is optional: a pack may leave these files out.
  glossary: { file: "glossary.yaml", schema: ZGlossarySchema, empty: { terms: [] } },
  people: { file: "people.yaml", schema: ZPeopleSchema, empty: { people: [] } },
  timeline: { file: "timeline.yaml", schema: ZTimelineSchema, empty: { events: [] } },
  explainer: { file: "explainer.yaml", schema: ZExplainerSchema },
  questions: { file: "questions.yaml", schema: ZQuestionBankSchema },
  quizzes: { file: "quizzes.yaml", schema: ZQuizzesSchema },
} as const;

// Packs are read at run time from the checkout (`next start` runs in it), not bundled: the
// turbopackIgnore hints below stop the build from tracing the whole project because of that.
export const CONTENT_ROOT = path.join(process.cwd(), "content", "articles");

export type TContentIssue = { file: string; field: string; message: string };

export type TSentence = { id: string; paragraphId: string; text: string };

/** The reading grade of each level of one file's two-level texts. */
export type TReadingGrades = { file: string; standard: number | null; simpler: number | null };

export type TArticlePack = {
  slug: string;
  /** Who wrote the explainer and questions: the Debrief team, or the teacher who published it. */
  writtenBy: string;
  /** Hash of every file in the pack: attempts record it so later edits never rewrite the past. */
  version: string;
  article: TArticle;
  glossary: TGlossary;
  people: TPeople;
  timeline: TTimeline;
  explainer: TExplainer;
  questions: Map<string, TQuestion>;
  quizzes: TQuiz[];
  sentences: Map<string, TSentence>;
  readingGrades: TReadingGrades[];
};

export function formatIssue(issue: TContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: TContentIssue[]) {
    super(`Content pack is invalid:\n${issues.map(formatIssue).join("\n")}`);
  }
}

type TPackKey = keyof typeof PACK_FILES;
type TParsed = { [K in TPackKey]: z.infer<(typeof PACK_FILES)[K]["schema"]> };

/**
 * A field's path as a writer finds it: list items by their id where they have one
 * (`questions[q22].statements[tech].category`), by their position counted from 1 where they do not
 * (`debate.cases[strategic].evidence[#3].point`). `at` is the dotted path with 0-based indexes
 * that the checks produce.
 */
function fieldName(data: unknown, at: readonly PropertyKey[] | string): string {
  const parts = typeof at === "string" ? (at === "" ? [] : at.split(".")) : at;
  if (parts.length === 0) return "(file)";
  let node = data;
  let name = "";
  for (const part of parts) {
    const key = String(part);
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      const item: unknown = node[Number(key)];
      const id = item !== null && typeof item === "object" && "id" in item ? item.id : undefined;
      name += typeof id === "string" && id !== "" ? `[${id}]` : `[#${Number(key) + 1}]`;
      node = item;
    } else {
      name += name === "" ? key : `.${key}`;
      node =
        node !== null && typeof node === "object"
          ? (node as Record<string, unknown>)[key]
          : undefined;
    }
  }
  return name;
}

/** A pack's files by name (`article.yaml`, `source.txt`, …), as text. */
export type TPackFiles = ReadonlyMap<string, string>;

function parseFile<K extends TPackKey>(
  files: TPackFiles,
  where: string,
  key: K,
  issues: TContentIssue[],
): TParsed[K] | undefined {
  const spec = PACK_FILES[key];
  const display = path.join(where, spec.file);
  const raw = files.get(spec.file);
  if (raw === undefined) {
    if ("empty" in spec) return spec.empty as TParsed[K];
    issues.push({ file: display, field: "(file)", message: "file is missing" });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    issues.push({
      file: display,
      field: "(file)",
      message: `not valid YAML: ${(error as Error).message}`,
    });
    return undefined;
  }
  const result = spec.schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const message =
        issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
      issues.push({ file: display, field: fieldName(data, issue.path), message });
    }
    return undefined;
  }
  return result.data as TParsed[K];
}

/** Every `cites` list anywhere in a parsed file, with the field path it sits at. */
export function collectCites(value: unknown, at: string[] = []): { field: string; id: string }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => collectCites(item, [...at, String(index)]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "cites" && Array.isArray(child)
      ? child.map((id, index) => ({ field: [...at, key, String(index)].join("."), id: String(id) }))
      : collectCites(child, [...at, key]),
  );
}

function duplicates<T>(items: T[], id: (item: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const key = id(item);
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return [...repeated];
}

/** Hash of every file in the pack: attempts record it so later edits never rewrite the past. */
function packVersion(files: TPackFiles): string {
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) {
    hash
      .update(name)
      .update("\0")
      .update(files.get(name) ?? "")
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Every file of a pack folder, as text. */
export async function readPackFolder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    files.set(
      entry.name,
      await readFile(path.join(/*turbopackIgnore: true*/ dir, entry.name), "utf8"),
    );
  }
  return files;
}

/** Loads one pack folder; returns every problem found rather than stopping at the first. */
export async function loadPack(dir: string): Promise<TPackResult> {
  return checkPack(
    await readPackFolder(dir),
    path.relative(process.cwd(), dir),
    path.basename(dir),
  );
}

export type TPackResult = {
  pack?: TArticlePack;
  /** Problems: the pack is refused while there is one. */
  issues: TContentIssue[];
  /** What a careful writer would fix, but which does not stop the pack loading. */
  warnings: TContentIssue[];
};

/**
 * Checks a pack's files, wherever they come from (a folder under content/, an imported zip) and
 * builds the pack. `where` names the folder in messages.
 */
export function checkPack(files: TPackFiles, where: string, slug: string): TPackResult {
  const issues: TContentIssue[] = [];
  const warnings: TContentIssue[] = [];
  const rel = (file: string) => path.join(where, file);
  const parsed = {
    article: parseFile(files, where, "article", issues),
    glossary: parseFile(files, where, "glossary", issues),
    people: parseFile(files, where, "people", issues),
    timeline: parseFile(files, where, "timeline", issues),
    explainer: parseFile(files, where, "explainer", issues),
    questions: parseFile(files, where, "questions", issues),
    quizzes: parseFile(files, where, "quizzes", issues),
  };
  const { article, glossary, people, timeline, explainer, questions, quizzes } = parsed;
  if (!article) return { issues, warnings };

  const articleFile = rel(PACK_FILES.article.file);
  const sentences = new Map<string, TSentence>();
  article.paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((sentence, s) => {
      if (!sentence.id.startsWith(`${paragraph.id}.`)) {
        issues.push({
          file: articleFile,
          field: fieldName(article, `paragraphs.${p}.sentences.${s}.id`),
          message: `sentence id ${sentence.id} must start with its paragraph id ${paragraph.id}.`,
        });
      }
      sentences.set(sentence.id, {
        id: sentence.id,
        paragraphId: paragraph.id,
        text: sentence.text,
      });
    });
  });
  for (const id of duplicates(article.paragraphs, (p) => p.id)) {
    issues.push({
      file: articleFile,
      field: "paragraphs",
      message: `duplicate paragraph id ${id}`,
    });
  }
  const allSentences = article.paragraphs.flatMap((p) => p.sentences);
  for (const id of duplicates(allSentences, (s) => s.id)) {
    issues.push({ file: articleFile, field: "paragraphs", message: `duplicate sentence id ${id}` });
  }

  // The quote must be the supplied text, word for word, less the page artifacts it names.
  const sourceText = files.get(article.source.file);
  if (sourceText === undefined) {
    issues.push({
      file: articleFile,
      field: "source.file",
      message: `${article.source.file} is missing`,
    });
  } else {
    const expected = sourceText
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !article.source.removedLines.includes(line));
    const actual = article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(" "));
    const count = Math.max(expected.length, actual.length);
    for (let index = 0; index < count; index += 1) {
      if (expected[index] !== actual[index]) {
        issues.push({
          file: articleFile,
          field: fieldName(article, `paragraphs.${index}`),
          message: `does not match paragraph ${index + 1} of ${article.source.file} word for word`,
        });
      }
    }
  }

  const parts: [TPackKey, unknown][] = [
    ["glossary", glossary],
    ["people", people],
    ["timeline", timeline],
    ["explainer", explainer],
    ["questions", questions],
  ];
  for (const [key, data] of parts) {
    for (const cite of collectCites(data)) {
      if (!sentences.has(cite.id)) {
        issues.push({
          file: rel(PACK_FILES[key].file),
          field: fieldName(data, cite.field),
          message: `cites sentence ${cite.id}, which does not exist in article.yaml`,
        });
      }
    }
  }

  // The simpler level must read at least SIMPLER_BY_GRADES grades easier, file by file.
  const readingGrades: TReadingGrades[] = [];
  for (const [key, data] of parts) {
    const texts = levelTexts(data);
    if (texts.standard.length === 0) continue;
    const grades = {
      file: rel(PACK_FILES[key].file),
      standard: readingGrade(texts.standard),
      simpler: readingGrade(texts.simpler),
    };
    readingGrades.push(grades);
    const problem = simplerLevelProblem(texts.standard, texts.simpler);
    if (problem) issues.push({ file: grades.file, field: "simpler", message: problem });
  }

  const fullText = allSentences.map((s) => s.text).join(" ");
  if (glossary) {
    const glossaryFile = rel(PACK_FILES.glossary.file);
    for (const id of duplicates(glossary.terms, (t) => t.id)) {
      issues.push({ file: glossaryFile, field: "terms", message: `duplicate term id ${id}` });
    }
    glossary.terms.forEach((term, index) => {
      if (!termPattern(term.forms).test(fullText)) {
        issues.push({
          file: glossaryFile,
          field: fieldName(glossary, `terms.${index}.forms`),
          message: `the term "${term.term}" never appears in the article text`,
        });
      }
    });
  }
  if (people) {
    for (const id of duplicates(people.people, (p) => p.id)) {
      issues.push({
        file: rel(PACK_FILES.people.file),
        field: "people",
        message: `duplicate id ${id}`,
      });
    }
  }
  if (timeline) {
    for (const id of duplicates(timeline.events, (e) => e.id)) {
      issues.push({
        file: rel(PACK_FILES.timeline.file),
        field: "events",
        message: `duplicate id ${id}`,
      });
    }
  }
  if (explainer) {
    for (const id of duplicates(explainer.debate?.cases ?? [], (c) => c.id)) {
      issues.push({
        file: rel(PACK_FILES.explainer.file),
        field: "debate.cases",
        message: `duplicate id ${id}`,
      });
    }
  }

  if (questions) {
    const questionsFile = rel(PACK_FILES.questions.file);
    for (const id of duplicates(questions.questions, (q) => q.id)) {
      issues.push({
        file: questionsFile,
        field: "questions",
        message: `duplicate question id ${id}`,
      });
    }
    const sentenceIds = new Set(sentences.keys());
    questions.questions.forEach((question, index) => {
      for (const [field, message] of kindOf(question).check(question, sentenceIds)) {
        issues.push({
          file: questionsFile,
          field: fieldName(questions, `questions.${index}.${field}`),
          message,
        });
      }
    });
    const cited = new Set(
      questions.questions.flatMap((q) => q.cites.map((id) => sentences.get(id)?.paragraphId)),
    );
    for (const paragraph of article.paragraphs) {
      if (!cited.has(paragraph.id)) {
        warnings.push({
          file: questionsFile,
          field: "questions",
          message: `no question cites paragraph ${paragraph.id}`,
        });
      }
    }
    if (quizzes) {
      const quizzesFile = rel(PACK_FILES.quizzes.file);
      const known = new Set(questions.questions.map((q) => q.id));
      for (const id of duplicates(quizzes.quizzes, (q) => q.id)) {
        issues.push({ file: quizzesFile, field: "quizzes", message: `duplicate quiz id ${id}` });
      }
      quizzes.quizzes.forEach((quiz, index) => {
        quiz.questions.forEach((id, position) => {
          if (!known.has(id)) {
            issues.push({
              file: quizzesFile,
              field: fieldName(quizzes, `quizzes.${index}.questions.${position}`),
              message: `question ${id} does not exist in questions.yaml`,
            });
          }
        });
        for (const id of duplicates(quiz.questions, (q) => q)) {
          issues.push({
            file: quizzesFile,
            field: fieldName(quizzes, `quizzes.${index}.questions`),
            message: `question ${id} is listed twice`,
          });
        }
      });
    }
  }

  if (
    issues.length > 0 ||
    !glossary ||
    !people ||
    !timeline ||
    !explainer ||
    !questions ||
    !quizzes
  ) {
    return { issues, warnings };
  }
  return {
    pack: {
      slug,
      writtenBy: article.writtenBy ?? "the Debrief team",
      version: packVersion(files),
      article,
      glossary,
      people,
      timeline,
      explainer,
      questions: new Map(questions.questions.map((q) => [q.id, q])),
      quizzes: quizzes.quizzes,
      sentences,
      readingGrades,
    },
    issues,
    warnings,
  };
}

/**
 * Loads every folder under the content roots; a new article is a new folder, nothing else. A slug
 * names one article, so the same folder name under two roots is refused.
 */
export async function loadAllPacks(
  roots: readonly string[] = [CONTENT_ROOT],
): Promise<{ packs: TArticlePack[]; issues: TContentIssue[]; warnings: TContentIssue[] }> {
  const packs: TArticlePack[] = [];
  const issues: TContentIssue[] = [];
  const warnings: TContentIssue[] = [];
  for (const root of roots) {
    const found = await loadRoot(root);
    for (const pack of found.packs) {
      if (packs.some((other) => other.slug === pack.slug)) {
        issues.push({
          file: path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ root, pack.slug)),
          field: "(folder)",
          message: `another content folder already has an article called ${pack.slug}`,
        });
      } else {
        packs.push(pack);
      }
    }
    issues.push(...found.issues);
    warnings.push(...found.warnings);
  }
  return { packs, issues, warnings };
}

async function loadRoot(
  root: string,
): Promise<{ packs: TArticlePack[]; issues: TContentIssue[]; warnings: TContentIssue[] }> {
  const entries = await readdir(/*turbopackIgnore: true*/ root, { withFileTypes: true }).catch(
    () => [],
  );
  const packs: TArticlePack[] = [];
  const issues: TContentIssue[] = [];
  const warnings: TContentIssue[] = [];
  for (const entry of entries
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(/*turbopackIgnore: true*/ root, entry.name);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.name)) {
      issues.push({
        file: path.relative(process.cwd(), dir),
        field: "(folder)",
        message: "the folder name is the article's URL slug: use lower-case words joined by dashes",
      });
      continue;
    }
    const result = await loadPack(dir);
    issues.push(...result.issues);
    warnings.push(...result.warnings);
    if (result.pack) packs.push(result.pack);
  }
  if (packs.length === 0 && issues.length === 0) {
    issues.push({
      file: path.relative(process.cwd(), root),
      field: "(folder)",
      message: "no article packs found",
    });
  }
  return { packs, issues, warnings };
}
