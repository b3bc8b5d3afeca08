// Reads and validates content packs. Shared by the app (through content/index.ts) and by
// `npm run content:check`, so both see exactly the same rules and messages.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { termPattern } from "@/app/lib/content/glossary-marks";
import {
  checkQuestion,
  ZQuestionBankSchema,
  ZQuizzesSchema,
  type TQuestion,
  type TQuiz,
} from "@/app/lib/content/question-schema";
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
  glossary: { file: "glossary.yaml", schema: ZGlossarySchema },
  people: { file: "people.yaml", schema: ZPeopleSchema },
  timeline: { file: "timeline.yaml", schema: ZTimelineSchema },
  explainer: { file: "explainer.yaml", schema: ZExplainerSchema },
  questions: { file: "questions.yaml", schema: ZQuestionBankSchema },
  quizzes: { file: "quizzes.yaml", schema: ZQuizzesSchema },
} as const;

// Packs are read at run time from the checkout (`next start` runs in it), not bundled: the
// turbopackIgnore hints below stop the build from tracing the whole project because of that.
export const CONTENT_ROOT = path.join(process.cwd(), "content", "articles");

export type TContentIssue = { file: string; field: string; message: string };

export type TSentence = { id: string; paragraphId: string; text: string };

export type TArticlePack = {
  slug: string;
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

function fieldPath(parts: readonly PropertyKey[]): string {
  return parts.length === 0 ? "(file)" : parts.map(String).join(".");
}

async function parseFile<K extends TPackKey>(
  dir: string,
  key: K,
  issues: TContentIssue[],
): Promise<TParsed[K] | undefined> {
  const { file, schema } = PACK_FILES[key];
  const display = path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ dir, file));
  let raw: string;
  try {
    raw = await readFile(path.join(/*turbopackIgnore: true*/ dir, file), "utf8");
  } catch {
    issues.push({ file: display, field: "(file)", message: "file is missing" });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    issues.push({ file: display, field: "(file)", message: `not valid YAML: ${(error as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
      issues.push({ file: display, field: fieldPath(issue.path), message });
    }
    return undefined;
  }
  return result.data as TParsed[K];
}

/** Every `cites` list anywhere in a parsed file, with the field path it sits at. */
function collectCites(value: unknown, at: string[] = []): { field: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectCites(item, [...at, String(index)]));
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

async function packVersion(dir: string): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(/*turbopackIgnore: true*/ dir)).sort();
  for (const name of names) {
    hash.update(name).update("\0").update(await readFile(path.join(/*turbopackIgnore: true*/ dir, name))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Loads one pack; returns every problem found rather than stopping at the first. */
export async function loadPack(dir: string): Promise<{ pack?: TArticlePack; issues: TContentIssue[] }> {
  const issues: TContentIssue[] = [];
  const rel = (file: string) => path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ dir, file));
  const parsed = {
    article: await parseFile(dir, "article", issues),
    glossary: await parseFile(dir, "glossary", issues),
    people: await parseFile(dir, "people", issues),
    timeline: await parseFile(dir, "timeline", issues),
    explainer: await parseFile(dir, "explainer", issues),
    questions: await parseFile(dir, "questions", issues),
    quizzes: await parseFile(dir, "quizzes", issues),
  };
  const { article, glossary, people, timeline, explainer, questions, quizzes } = parsed;
  if (!article) return { issues };

  const articleFile = rel(PACK_FILES.article.file);
  const sentences = new Map<string, TSentence>();
  article.paragraphs.forEach((paragraph, p) => {
    paragraph.sentences.forEach((sentence, s) => {
      if (!sentence.id.startsWith(`${paragraph.id}.`)) {
        issues.push({
          file: articleFile,
          field: `paragraphs.${p}.sentences.${s}.id`,
          message: `sentence id ${sentence.id} must start with its paragraph id ${paragraph.id}.`,
        });
      }
      sentences.set(sentence.id, { id: sentence.id, paragraphId: paragraph.id, text: sentence.text });
    });
  });
  for (const id of duplicates(article.paragraphs, (p) => p.id)) {
    issues.push({ file: articleFile, field: "paragraphs", message: `duplicate paragraph id ${id}` });
  }
  const allSentences = article.paragraphs.flatMap((p) => p.sentences);
  for (const id of duplicates(allSentences, (s) => s.id)) {
    issues.push({ file: articleFile, field: "paragraphs", message: `duplicate sentence id ${id}` });
  }

  // The quote must be the supplied text, word for word, less the page artifacts it names.
  const sourceText = await readFile(path.join(/*turbopackIgnore: true*/ dir, article.source.file), "utf8").catch(() => undefined);
  if (sourceText === undefined) {
    issues.push({ file: articleFile, field: "source.file", message: `${article.source.file} is missing` });
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
          field: `paragraphs.${index}`,
          message: `does not match paragraph ${index + 1} of ${article.source.file} word for word`,
        });
      }
    }
  }

  const files: [TPackKey, unknown][] = [
    ["glossary", glossary],
    ["people", people],
    ["timeline", timeline],
    ["explainer", explainer],
    ["questions", questions],
  ];
  for (const [key, data] of files) {
    for (const cite of collectCites(data)) {
      if (!sentences.has(cite.id)) {
        issues.push({
          file: rel(PACK_FILES[key].file),
          field: cite.field,
          message: `cites sentence ${cite.id}, which does not exist in article.yaml`,
        });
      }
    }
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
          field: `terms.${index}.forms`,
          message: `the term "${term.term}" never appears in the article text`,
        });
      }
    });
  }
  if (people) {
    for (const id of duplicates(people.people, (p) => p.id)) {
      issues.push({ file: rel(PACK_FILES.people.file), field: "people", message: `duplicate id ${id}` });
    }
  }
  if (timeline) {
    for (const id of duplicates(timeline.events, (e) => e.id)) {
      issues.push({ file: rel(PACK_FILES.timeline.file), field: "events", message: `duplicate id ${id}` });
    }
  }
  if (explainer) {
    for (const id of duplicates(explainer.debate.cases, (c) => c.id)) {
      issues.push({ file: rel(PACK_FILES.explainer.file), field: "debate.cases", message: `duplicate id ${id}` });
    }
  }

  if (questions) {
    const questionsFile = rel(PACK_FILES.questions.file);
    for (const id of duplicates(questions.questions, (q) => q.id)) {
      issues.push({ file: questionsFile, field: "questions", message: `duplicate question id ${id}` });
    }
    questions.questions.forEach((question, index) => {
      for (const [field, message] of checkQuestion(question, new Set(sentences.keys()))) {
        issues.push({ file: questionsFile, field: `questions.${index}.${field}`, message });
      }
    });
    const cited = new Set(questions.questions.flatMap((q) => q.cites.map((id) => sentences.get(id)?.paragraphId)));
    for (const paragraph of article.paragraphs) {
      if (!cited.has(paragraph.id)) {
        issues.push({ file: questionsFile, field: "questions", message: `no question cites paragraph ${paragraph.id}` });
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
              field: `quizzes.${index}.questions.${position}`,
              message: `question ${id} does not exist in questions.yaml`,
            });
          }
        });
        for (const id of duplicates(quiz.questions, (q) => q)) {
          issues.push({ file: quizzesFile, field: `quizzes.${index}.questions`, message: `question ${id} is listed twice` });
        }
      });
    }
  }

  if (issues.length > 0 || !glossary || !people || !timeline || !explainer || !questions || !quizzes) {
    return { issues };
  }
  const slug = path.basename(dir);
  return {
    pack: {
      slug,
      version: await packVersion(dir),
      article,
      glossary,
      people,
      timeline,
      explainer,
      questions: new Map(questions.questions.map((q) => [q.id, q])),
      quizzes: quizzes.quizzes,
      sentences,
    },
    issues,
  };
}

/** Loads every folder under the content root; a new article is a new folder, nothing else. */
export async function loadAllPacks(
  root = CONTENT_ROOT,
): Promise<{ packs: TArticlePack[]; issues: TContentIssue[] }> {
  const entries = await readdir(/*turbopackIgnore: true*/ root, { withFileTypes: true }).catch(() => []);
  const packs: TArticlePack[] = [];
  const issues: TContentIssue[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
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
    if (result.pack) packs.push(result.pack);
  }
  if (packs.length === 0 && issues.length === 0) {
    issues.push({ file: path.relative(process.cwd(), root), field: "(folder)", message: "no article packs found" });
  }
  return { packs, issues };
}
