import { describe, expect, it } from "vitest";
import { checkRules, checkShape, type TRuleInput } from "@/app/lib/article/rules";
import type { TArticle } from "@/app/lib/article/schema";
import type { TQuestion } from "@/app/lib/quiz/kinds";

const levels = (text: string) => ({ standard: text, simpler: text });

const article: TArticle = {
  title: "Library stays open",
  summary: "The library stays open.",
  dateContext: "Published November 20, 2026",
  readingMinutes: 1,
  source: { provenance: "Riverside Ledger", file: "source.txt", removedLines: ["Keep Reading"] },
  paragraphs: [
    { id: "p1", sentences: [{ id: "p1.s1", text: "The council voted to keep the library open." }] },
    { id: "p2", sentences: [{ id: "p2.s1", text: "Visits rose." }] },
  ],
};

const question: TQuestion = {
  id: "q1",
  type: "truefalse",
  prompt: "The council voted to close the library.",
  skill: "recall",
  difficulty: 1,
  points: 1,
  explanation: "It voted to keep it open.",
  cites: ["p1.s1"],
  correct: false,
  wrong: { misconception: "misreads-vote", feedback: "Read p1.s1 again." },
};

const person = (id: string, cites: string[]) => ({
  id,
  name: "Ana Ortiz",
  role: "Council member",
  about: levels("Votes."),
  cites,
});

describe("the article's rules, on the article in memory", () => {
  it("names each issue by part and path, a problem or a warning", () => {
    const content: TRuleInput = {
      article,
      people: { people: [person("ana", ["p9.s1"]), person("ana", ["p1.s1"])] },
      glossary: {
        terms: [{ id: "quorum", term: "quorum", forms: ["quorum"], definition: levels("Enough.") }],
      },
      questions: { questions: [question] },
      quizzes: {
        quizzes: [
          {
            id: "all",
            title: "All",
            description: "All.",
            questions: ["q1", "q2", "q1"],
            shuffleQuestions: false,
          },
        ],
      },
    };
    expect(checkRules(content)).toEqual([
      {
        part: "people",
        path: ["people", 0, "cites", 0],
        level: "problem",
        message: "cites p9.s1, which is not a sentence of the article",
      },
      {
        part: "glossary",
        path: ["terms", 0, "forms"],
        level: "problem",
        message: "“quorum” never appears in the article's text: give the form it takes there",
      },
      { part: "people", path: ["people"], level: "problem", message: "duplicate id ana" },
      {
        part: "article",
        path: ["paragraphs", 1],
        level: "warning",
        message: "no question cites paragraph p2",
      },
      {
        part: "quizzes",
        path: ["quizzes", 0, "questions", 1],
        level: "problem",
        message: "question q2 does not exist in the question bank",
      },
      {
        part: "quizzes",
        path: ["quizzes", 0, "questions"],
        level: "problem",
        message: "question q1 is listed twice",
      },
    ]);
  });

  it("matches the quote to its source, less the lines it names as page artifacts", () => {
    const text = "The council voted to keep the library open.\nKeep Reading\nVisits rose.\n";
    expect(checkRules({ article }, { file: "source.txt", text })).toEqual([]);
    const edited = text.replace("rose", "fell");
    expect(checkRules({ article }, { file: "source.txt", text: edited })).toEqual([
      {
        part: "article",
        path: ["paragraphs", 1],
        level: "problem",
        message: "does not match paragraph 2 of source.txt word for word",
      },
    ]);
  });

  it("sentence ids follow their paragraph's, once each", () => {
    const [first, second] = article.paragraphs;
    const misnumbered = {
      ...article,
      paragraphs: [
        first!,
        { id: "p2", sentences: [{ id: "p1.s1", text: "Visits rose." }] },
        second!,
      ],
    };
    expect(
      checkRules({ article: misnumbered }).map((issue) => [issue.path, issue.message]),
    ).toEqual([
      [
        ["paragraphs", 1, "sentences", 0, "id"],
        "sentence id p1.s1 must start with its paragraph id p2.",
      ],
      [["paragraphs"], "duplicate paragraph id p2"],
      [["paragraphs"], "duplicate sentence id p1.s1"],
    ]);
  });

  it("a part against its schema: the value, or an issue at each field", () => {
    expect(checkShape("people", { people: [] })).toEqual({ data: { people: [] }, issues: [] });
    expect(checkShape("people", { people: [{ ...person("ana", []), role: " " }] }).issues).toEqual([
      {
        part: "people",
        path: ["people", 0, "role"],
        level: "problem",
        message: "role must not be empty",
      },
      {
        part: "people",
        path: ["people", 0, "cites"],
        level: "problem",
        message: "cite at least one sentence",
      },
    ]);
    expect(checkShape("article", { ...article, title: undefined }).issues).toEqual([
      { part: "article", path: ["title"], level: "problem", message: "is required" },
    ]);
  });
});
