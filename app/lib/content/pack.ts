// The shape of a content pack in memory, its files and their schemas, and reading one file into
// its schema with `file: field: message` problems. The cross-file rules are in check-pack.ts.
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { ZQuestionBankSchema, ZQuizzesSchema, type TQuiz } from "@/app/lib/content/question-schema";
import type { TQuestion } from "@/app/lib/quiz/kinds";
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

export type TPackKey = keyof typeof PACK_FILES;
type TParsed = { [K in TPackKey]: z.infer<(typeof PACK_FILES)[K]["schema"]> };

/**
 * A field's path as a writer finds it: list items by their id where they have one
 * (`questions[q22].statements[tech].category`), by their position counted from 1 where they do not
 * (`debate.cases[strategic].evidence[#3].point`). `at` is the dotted path with 0-based indexes
 * that the checks produce.
 */
export function fieldName(data: unknown, at: readonly PropertyKey[] | string): string {
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

export function parseFile<K extends TPackKey>(
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
