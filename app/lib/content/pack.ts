// A content pack in memory, its files, and reading one file into its part of the article with
// `file: field: message` problems. The rules across files are app/lib/article/rules.ts, run by
// check-pack.ts.
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { checkShape, type TPath, type TRuleIssue } from "@/app/lib/article/rules";
import type {
  TArticle,
  TArticleContent,
  TArticlePart,
  TExplainer,
  TGlossary,
  TPeople,
  TQuiz,
  TTimeline,
} from "@/app/lib/article/schema";
import type { TQuestion } from "@/app/lib/quiz/kinds";

/** The file each part of an article is kept in. */
export const PACK_FILES = {
  article: "article.yaml",
  glossary: "glossary.yaml",
  people: "people.yaml",
  timeline: "timeline.yaml",
  explainer: "explainer.yaml",
  questions: "questions.yaml",
  quizzes: "quizzes.yaml",
} as const satisfies Record<TArticlePart, string>;

// Every part of the explainer but what happened is optional: a pack may leave these files out.
const OPTIONAL_FILES: Partial<TArticleContent> = {
  glossary: { terms: [] },
  people: { people: [] },
  timeline: { events: [] },
};

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
  /** Where the reader shows it, when not /articles/<slug>: a draft's preview in the studio. */
  home?: string;
};

/** Each sentence of an article by its id, with its paragraph's. */
export function sentenceMap(article: TArticle): Map<string, TSentence> {
  return new Map(
    article.paragraphs.flatMap((p) =>
      p.sentences.map((s) => [s.id, { id: s.id, paragraphId: p.id, text: s.text }] as const),
    ),
  );
}

export function formatIssue(issue: TContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: TContentIssue[]) {
    super(`Content pack is invalid:\n${issues.map(formatIssue).join("\n")}`);
  }
}

/**
 * A field's path as a writer finds it: list items by their id where they have one
 * (`questions[q22].statements[tech].category`), by their position counted from 1 where they do not
 * (`debate.cases[strategic].evidence[#3].point`). `parts` is the path with 0-based indexes that
 * the rules produce.
 */
export function fieldName(data: unknown, parts: TPath): string {
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

/** A rule's issue as `content:check` prints it: the pack file, and the field named by ids. */
export function issueInFile(where: string, issue: TRuleIssue, data: unknown): TContentIssue {
  return {
    file: path.join(where, PACK_FILES[issue.part]),
    field: fieldName(data, issue.path),
    message: issue.message,
  };
}

/** One file of a pack read into its part: YAML, then the part's schema. */
export function parseFile<K extends TArticlePart>(
  files: TPackFiles,
  where: string,
  part: K,
  issues: TContentIssue[],
): TArticleContent[K] | undefined {
  const display = path.join(where, PACK_FILES[part]);
  const raw = files.get(PACK_FILES[part]);
  if (raw === undefined) {
    const empty = OPTIONAL_FILES[part];
    if (empty) return empty;
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
  const shape = checkShape(part, data);
  issues.push(...shape.issues.map((issue) => issueInFile(where, issue, data)));
  return shape.data;
}
