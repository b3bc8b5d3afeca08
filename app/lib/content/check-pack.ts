// A pack's files read into an article (each file against its part's schema), the article's rules
// run on it (app/lib/article/rules.ts), and the pack built. Shared by the app and
// `npm run content:check`, so both see the same rules and messages.
import { createHash } from "node:crypto";
import path from "node:path";
import { levelTexts, readingGrade } from "@/app/lib/article/readability";
import { checkRules } from "@/app/lib/article/rules";
import {
  issueInFile,
  PACK_FILES,
  parseFile,
  sentenceMap,
  type TArticlePack,
  type TContentIssue,
  type TPackFiles,
  type TReadingGrades,
} from "@/app/lib/content/pack";

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
  const content = {
    article: parseFile(files, where, "article", issues),
    glossary: parseFile(files, where, "glossary", issues),
    people: parseFile(files, where, "people", issues),
    timeline: parseFile(files, where, "timeline", issues),
    explainer: parseFile(files, where, "explainer", issues),
    questions: parseFile(files, where, "questions", issues),
    quizzes: parseFile(files, where, "quizzes", issues),
  };
  const { article, glossary, people, timeline, explainer, questions, quizzes } = content;
  if (!article) return { issues, warnings };

  const sourceText = files.get(article.source.file);
  if (sourceText === undefined)
    issues.push({
      file: path.join(where, PACK_FILES.article),
      field: "source.file",
      message: `${article.source.file} is missing`,
    });
  const source =
    sourceText === undefined ? undefined : { file: article.source.file, text: sourceText };
  for (const issue of checkRules({ ...content, article }, source))
    (issue.level === "problem" ? issues : warnings).push(
      issueInFile(where, issue, content[issue.part]),
    );

  const readingGrades: TReadingGrades[] = (
    ["glossary", "people", "timeline", "explainer", "questions"] as const
  ).flatMap((part) => {
    const texts = levelTexts(content[part]);
    if (texts.standard.length === 0) return [];
    return [
      {
        file: path.join(where, PACK_FILES[part]),
        standard: readingGrade(texts.standard),
        simpler: readingGrade(texts.simpler),
      },
    ];
  });

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
      sentences: sentenceMap(article),
      readingGrades,
    },
    issues,
    warnings,
  };
}
