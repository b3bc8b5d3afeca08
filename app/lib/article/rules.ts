import { termPattern } from "@/app/lib/article/glossary-marks";
import { levelTexts, simplerLevelProblem } from "@/app/lib/article/readability";
import {
  ARTICLE_PARTS,
  type TArticle,
  type TArticleContent,
  type TArticlePart,
} from "@/app/lib/article/schema";
import { kindOf } from "@/app/lib/quiz/kinds";

// The rules an article and what is written about it must pass, on the article in memory, for
// every place it comes from: `content:check` and the loader (YAML files, content/check-pack.ts)
// print them as `file: field: message`; the studio (authoring/checks.ts) puts each beside its
// field. Each issue names the part (a pack file) and the path into it, and is a problem (it
// stops a pack loading and a draft publishing) or a warning.

export type TPath = readonly (string | number)[];

export type TRuleIssue = {
  part: TArticlePart;
  path: TPath;
  level: "problem" | "warning";
  message: string;
};

/** The article, and whichever other parts there are (a pack file that failed its schema is left out). */
export type TRuleInput = { article: TArticle } & Partial<Omit<TArticleContent, "article">>;

const problem = (part: TArticlePart, path: TPath, message: string): TRuleIssue => ({
  part,
  path,
  level: "problem",
  message,
});

/** A part against its schema: the parsed value, or an issue at each field that fails. */
export function checkShape<K extends TArticlePart>(
  part: K,
  value: unknown,
): { data?: TArticleContent[K]; issues: TRuleIssue[] } {
  const result = ARTICLE_PARTS[part].safeParse(value);
  if (result.success) return { data: result.data as TArticleContent[K], issues: [] };
  return {
    issues: result.error.issues.map((issue) =>
      problem(
        part,
        issue.path.map((key) => (typeof key === "number" ? key : String(key))),
        issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message,
      ),
    ),
  };
}

function duplicates<T>(items: readonly T[], id: (item: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const key = id(item);
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return [...repeated];
}

/** Every `cites` list anywhere in a value, each id with the path of its list. */
export function collectCites(value: unknown, at: TPath = []): { path: TPath; id: string }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => collectCites(item, [...at, index]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "cites" && Array.isArray(child)
      ? child.map((id, index) => ({ path: [...at, key, index], id: String(id) }))
      : collectCites(child, [...at, key]),
  );
}

type TContext = {
  /** Sentence id → the id of its paragraph. */
  paragraphOf: ReadonlyMap<string, string>;
  fullText: string;
  /** The text the article quotes, one paragraph a line, when it has one to match. */
  source?: { file: string; lines: readonly string[] };
};

type TRule = (content: TRuleInput, context: TContext) => TRuleIssue[];

/** The parts that cite sentences and have texts at two reading levels. */
const WRITTEN_PARTS = ["glossary", "people", "timeline", "explainer", "questions"] as const;

const sentenceIdsRule: TRule = ({ article }) => [
  ...article.paragraphs.flatMap((paragraph, p) =>
    paragraph.sentences.flatMap((sentence, s) =>
      sentence.id.startsWith(`${paragraph.id}.`)
        ? []
        : [
            problem(
              "article",
              ["paragraphs", p, "sentences", s, "id"],
              `sentence id ${sentence.id} must start with its paragraph id ${paragraph.id}.`,
            ),
          ],
    ),
  ),
  ...duplicates(article.paragraphs, (p) => p.id).map((id) =>
    problem("article", ["paragraphs"], `duplicate paragraph id ${id}`),
  ),
  ...duplicates(
    article.paragraphs.flatMap((p) => p.sentences),
    (s) => s.id,
  ).map((id) => problem("article", ["paragraphs"], `duplicate sentence id ${id}`)),
];

/** The quote must be the supplied text, word for word, less the page artifacts it names. */
const quoteRule: TRule = ({ article }, { source }) => {
  if (!source) return [];
  const expected = source.lines
    .map((line) => line.trim())
    .filter((line) => line !== "" && !article.source.removedLines.includes(line));
  const actual = article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(" "));
  return Array.from({ length: Math.max(expected.length, actual.length) }, (_, index) => index)
    .filter((index) => expected[index] !== actual[index])
    .map((index) =>
      problem(
        "article",
        ["paragraphs", index],
        `does not match paragraph ${index + 1} of ${source.file} word for word`,
      ),
    );
};

const citesRule: TRule = (content, { paragraphOf }) =>
  WRITTEN_PARTS.flatMap((part) =>
    collectCites(content[part])
      .filter((cite) => !paragraphOf.has(cite.id))
      .map((cite) =>
        problem(part, cite.path, `cites ${cite.id}, which is not a sentence of the article`),
      ),
  );

/** The simpler level must read easier than the standard one, part by part (a pack file each). */
const readingLevelRule: TRule = (content) =>
  WRITTEN_PARTS.flatMap((part) => {
    const texts = levelTexts(content[part]);
    const message =
      texts.standard.length > 0 ? simplerLevelProblem(texts.standard, texts.simpler) : undefined;
    return message ? [problem(part, [], message)] : [];
  });

const glossaryRule: TRule = ({ glossary }, { fullText }) => [
  ...duplicates(glossary?.terms ?? [], (t) => t.id).map((id) =>
    problem("glossary", ["terms"], `duplicate term id ${id}`),
  ),
  ...(glossary?.terms ?? []).flatMap((term, index) =>
    term.term.trim() === "" || termPattern(term.forms).test(fullText)
      ? []
      : [
          problem(
            "glossary",
            ["terms", index, "forms"],
            `“${term.term}” never appears in the article's text: give the form it takes there`,
          ),
        ],
  ),
];

const uniqueIdsRule: TRule = ({ people, timeline, explainer }) => [
  ...duplicates(people?.people ?? [], (p) => p.id).map((id) =>
    problem("people", ["people"], `duplicate id ${id}`),
  ),
  ...duplicates(timeline?.events ?? [], (e) => e.id).map((id) =>
    problem("timeline", ["events"], `duplicate id ${id}`),
  ),
  ...duplicates(explainer?.debate?.cases ?? [], (c) => c.id).map((id) =>
    problem("explainer", ["debate", "cases"], `duplicate id ${id}`),
  ),
];

/** Each question type's own rules, and every paragraph cited by some question. */
const questionsRule: TRule = ({ article, questions }, { paragraphOf }) => {
  if (!questions || questions.questions.length === 0) return [];
  const issues = duplicates(questions.questions, (q) => q.id).map((id) =>
    problem("questions", ["questions"], `duplicate question id ${id}`),
  );
  const sentenceIds = new Set(paragraphOf.keys());
  questions.questions.forEach((question, index) => {
    for (const [field, message] of kindOf(question).check(question, sentenceIds)) {
      const path = field.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      issues.push(problem("questions", ["questions", index, ...path], message));
    }
  });
  const cited = new Set(
    questions.questions.flatMap((q) => q.cites.map((id) => paragraphOf.get(id))),
  );
  article.paragraphs.forEach((paragraph, index) => {
    if (!cited.has(paragraph.id))
      issues.push({
        part: "article",
        path: ["paragraphs", index],
        level: "warning",
        message: `no question cites paragraph ${paragraph.id}`,
      });
  });
  return issues;
};

const quizzesRule: TRule = ({ questions, quizzes }) => {
  if (!questions || !quizzes) return [];
  const known = new Set(questions.questions.map((q) => q.id));
  return [
    ...duplicates(quizzes.quizzes, (q) => q.id).map((id) =>
      problem("quizzes", ["quizzes"], `duplicate quiz id ${id}`),
    ),
    ...quizzes.quizzes.flatMap((quiz, index) => [
      ...quiz.questions.flatMap((id, position) =>
        known.has(id)
          ? []
          : [
              problem(
                "quizzes",
                ["quizzes", index, "questions", position],
                `question ${id} does not exist in the question bank`,
              ),
            ],
      ),
      ...duplicates(quiz.questions, (q) => q).map((id) =>
        problem("quizzes", ["quizzes", index, "questions"], `question ${id} is listed twice`),
      ),
    ]),
  ];
};

const RULES: readonly TRule[] = [
  sentenceIdsRule,
  quoteRule,
  citesRule,
  readingLevelRule,
  glossaryRule,
  uniqueIdsRule,
  questionsRule,
  quizzesRule,
];

/**
 * Every rule across the parts. `source` is the text the article quotes, when there is one to
 * match (a pack's source.txt); a teacher's draft is its own source.
 */
export function checkRules(
  content: TRuleInput,
  source?: { file: string; text: string },
): TRuleIssue[] {
  const { paragraphs } = content.article;
  const context: TContext = {
    paragraphOf: new Map(paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, p.id] as const))),
    fullText: paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join(" "),
    source: source && { file: source.file, lines: source.text.split(/\r?\n/) },
  };
  return RULES.flatMap((rule) => rule(content, context));
}
