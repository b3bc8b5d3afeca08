// Checks a pack's files together — citations that exist, glossary terms that appear, the quote
// matching its source, reading levels, quizzes naming real questions — and builds the pack.
// Shared by the app and `npm run content:check`, so both see the same rules and messages.
import { createHash } from "node:crypto";
import path from "node:path";
import { termPattern } from "@/app/lib/content/glossary-marks";
import { levelTexts, readingGrade, simplerLevelProblem } from "@/app/lib/content/readability";
import { kindOf } from "@/app/lib/quiz/kinds";
import {
  collectCites,
  fieldName,
  PACK_FILES,
  parseFile,
  type TPackKey,
  type TArticlePack,
  type TContentIssue,
  type TPackFiles,
  type TSentence,
  type TReadingGrades,
} from "@/app/lib/content/pack";

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
