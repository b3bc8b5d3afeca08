import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse, stringify } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "@/app/lib/quiz/kinds/kind";
import { CONTENT_ROOT, loadAllPacks, loadPack } from "./load";
import { formatIssue } from "./pack";

const SLUG = "kim-putin-arms-talks";
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "debrief-content-test-"));
  await cp(path.join(CONTENT_ROOT, SLUG), path.join(root, SLUG), { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Edits one YAML file of the copied pack in place. */
async function edit(file: string, change: (data: TNode) => void, slug = SLUG) {
  const target = path.join(root, slug, file);
  const data = parse(await readFile(target, "utf8")) as TNode;
  change(data);
  await writeFile(target, stringify(data));
}

async function messages(): Promise<string[]> {
  const { issues } = await loadAllPacks([root]);
  return issues.map(formatIssue);
}

type TNode = Record<string, unknown>;

const packFile = (file: string) => path.relative(process.cwd(), path.join(root, SLUG, file));
const questionsFile = () => packFile("questions.yaml");
const quizzesFile = () => packFile("quizzes.yaml");

async function readYaml(file: string): Promise<TNode> {
  return parse(await readFile(path.join(root, SLUG, file), "utf8")) as TNode;
}

/** Reads a dotted path ("people.0.cites") in parsed YAML. */
function getAt(data: unknown, dotted: string): unknown {
  if (!dotted) return data;
  return dotted.split(".").reduce<unknown>((node, key) => (node as TNode)[key], data);
}

function setAt(data: unknown, dotted: string, value: unknown): void {
  const keys = dotted.split(".");
  const last = keys.pop() ?? "";
  (getAt(data, keys.join(".")) as TNode)[last] = value;
}

describe("the shipped pack", () => {
  it("loads without problems, with every sentence of the source", async () => {
    const { pack, issues } = await loadPack(path.join(CONTENT_ROOT, SLUG));
    expect(issues).toEqual([]);
    expect(pack?.sentences.size).toBe(17);
    expect(pack?.sentences.get("p7.s2")?.text).toBe(
      "But experts believe the deal between Russia and North Korea is more transactional than strategic.",
    );
    const text = [...(pack?.sentences.values() ?? [])].map((s) => s.text).join(" ");
    expect(text).not.toContain("Keep Reading");
    expect(pack?.version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("a broken pack is rejected with file: field: message", () => {
  it("a citation to a sentence that does not exist", async () => {
    await edit("people.yaml", (data) => {
      setAt(data, "people.0.cites", ["p9.s9"]);
    });
    expect(await messages()).toContain(
      `${path.relative(process.cwd(), path.join(root, SLUG, "people.yaml"))}: people[kim-jong-un].cites[#1]: cites p9.s9, which is not a sentence of the article`,
    );
  });

  it("duplicate ids", async () => {
    await edit("glossary.yaml", (data) => {
      setAt(data, "terms.1.id", getAt(data, "terms.0.id"));
    });
    expect((await messages()).join("\n")).toMatch(/glossary\.yaml: terms: duplicate term id dprk/);
  });

  it("duplicate sentence ids", async () => {
    await edit("article.yaml", (data) => {
      setAt(data, "paragraphs.0.sentences.1.id", "p1.s1");
    });
    expect((await messages()).join("\n")).toMatch(
      /article\.yaml: paragraphs: duplicate sentence id p1\.s1/,
    );
  });

  it("a missing required field", async () => {
    await edit("article.yaml", (data) => {
      delete data.title;
    });
    expect((await messages()).join("\n")).toMatch(/article\.yaml: title: is required/);
  });

  it("a glossary term that never appears in the text", async () => {
    await edit("glossary.yaml", (data) => {
      (getAt(data, "terms") as unknown[]).push({
        id: "embargo",
        term: "embargo",
        forms: ["embargo"],
        definition: { standard: "A ban on trade.", simpler: "No trading allowed." },
      });
    });
    expect((await messages()).join("\n")).toMatch(
      /glossary\.yaml: terms\[embargo\]\.forms: “embargo” never appears in the article's text: give the form it takes there/,
    );
  });

  it("an empty reading level", async () => {
    await edit("explainer.yaml", (data) => {
      setAt(data, "whatHappened.simpler", []);
      setAt(data, "debate.question.standard", "  ");
    });
    const all = (await messages()).join("\n");
    expect(all).toMatch(
      /explainer\.yaml: whatHappened\.simpler: the simpler reading level must not be empty/,
    );
    expect(all).toMatch(
      /explainer\.yaml: debate\.question\.standard: the standard reading level must not be empty/,
    );
  });

  it("a quote that no longer matches the source word for word", async () => {
    await edit("article.yaml", (data) => {
      setAt(data, "paragraphs.6.sentences.1.text", "Experts agree the deal is strategic.");
    });
    expect((await messages()).join("\n")).toMatch(
      /article\.yaml: paragraphs\[p7\]: does not match paragraph 7 of source\.txt word for word/,
    );
  });

  it("npm run content:check exits non-zero and prints the problems", async () => {
    await edit("people.yaml", (data) => {
      setAt(data, "people.0.cites", ["p9.s9"]);
    });
    const run = promisify(execFile);
    const failure = await run("npx", ["tsx", "scripts/content-check.ts", root]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(
      /people\.yaml: people\[kim-jong-un\]\.cites\[#1\]: cites p9\.s9, which is not a sentence of the article/,
    );
    expect(failure?.stderr).toMatch(/1 problem\(s\) found/);
  });
});

describe("question bank rules", () => {
  it("the shipped bank has 30+ questions, every type at least twice, and 3+ quizzes", async () => {
    const { pack } = await loadPack(path.join(CONTENT_ROOT, SLUG));
    const questions = [...(pack?.questions.values() ?? [])];
    expect(questions.length).toBeGreaterThanOrEqual(30);
    const perType = new Map<string, number>();
    for (const q of questions) perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
    for (const type of QUESTION_TYPES) {
      expect(perType.get(type) ?? 0, type).toBeGreaterThanOrEqual(2);
    }
    expect(pack?.quizzes.length).toBeGreaterThanOrEqual(3);
  });

  it("a single-choice question with two correct options", async () => {
    await edit("questions.yaml", (data) =>
      setAt(data, "questions.0.options.1", { id: "b", text: "Also right", correct: true }),
    );
    expect(await messages()).toContain(
      `${questionsFile()}: questions[q01].options: a single-choice question needs exactly one correct option (has 2)`,
    );
  });

  it("a wrong option without its misconception", async () => {
    await edit("questions.yaml", (data) =>
      setAt(data, "questions.0.options.2", { id: "c", text: "Wrong, unexplained" }),
    );
    expect((await messages()).join("\n")).toMatch(
      /questions\.yaml: questions\[q01\]\.options\[c\]\.misconception: a wrong option must name the misconception it reveals/,
    );
  });

  it("a matching pair pointing at a choice that does not exist, and duplicate ordering items", async () => {
    await edit("questions.yaml", (data) => {
      const bank = getAt(data, "questions") as TNode[];
      const matching = bank.findIndex((q) => q.type === "matching");
      const ordering = bank.findIndex((q) => q.type === "ordering");
      setAt(data, `questions.${matching}.pairs.0.match`, "nobody");
      setAt(
        data,
        `questions.${ordering}.items.1.text`,
        getAt(data, `questions.${ordering}.items.0.text`),
      );
    });
    const all = (await messages()).join("\n");
    expect(all).toMatch(
      /questions\[q19\]\.pairs\[shells\]\.match: matches nobody, which is not a choice/,
    );
    expect(all).toMatch(/questions\[q17\]\.items: duplicate item text Shoigu visits North Korea/);
  });

  it("a find-the-sentence answer or a citation that does not exist", async () => {
    await edit("questions.yaml", (data) => {
      const bank = getAt(data, "questions") as TNode[];
      const find = bank.findIndex((q) => q.type === "find");
      setAt(data, `questions.${find}.accepted`, ["p8.s1"]);
      setAt(data, "questions.0.cites", ["p1.s9"]);
    });
    const all = (await messages()).join("\n");
    expect(all).toMatch(
      /questions\[q24\]\.accepted\[#1\]: accepts p8\.s1, which is not a sentence of the article/,
    );
    expect(all).toMatch(
      /questions\[q01\]\.cites\[#1\]: cites p1\.s9, which is not a sentence of the article/,
    );
  });

  it("a quiz naming a missing question", async () => {
    await edit("quizzes.yaml", (data) => setAt(data, "quizzes.0.questions.0", "q99"));
    expect(await messages()).toContain(
      `${quizzesFile()}: quizzes[key-facts].questions[#1]: question q99 does not exist in the question bank`,
    );
  });
});

describe("what a writer should fix but may publish", () => {
  it("a paragraph no question cites is a warning: the pack still loads", async () => {
    const bank = (await readYaml("questions.yaml")).questions as TNode[];
    const keep = bank.filter((q) => !(q.cites as string[]).some((id) => id.startsWith("p6.")));
    await edit("questions.yaml", (data) => setAt(data, "questions", keep));
    await edit("quizzes.yaml", (data) => {
      const ids = new Set(keep.map((q) => q.id));
      for (const quiz of getAt(data, "quizzes") as TNode[])
        quiz.questions = (quiz.questions as string[]).filter((id) => ids.has(id));
    });
    const { packs, issues, warnings } = await loadAllPacks([root]);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(packs.map((p) => p.slug)).toEqual([SLUG]);
    expect(warnings.map(formatIssue)).toEqual([
      `${packFile("article.yaml")}: paragraphs[p6]: no question cites paragraph p6`,
    ]);
  });

  it("who's who, timeline and glossary are optional files", async () => {
    for (const file of ["people.yaml", "timeline.yaml", "glossary.yaml"])
      await rm(path.join(root, SLUG, file));
    const { pack, issues } = await loadPack(path.join(root, SLUG));
    expect(issues.map(formatIssue)).toEqual([]);
    expect(pack?.people.people).toEqual([]);
    expect(pack?.timeline.events).toEqual([]);
    expect(pack?.glossary.terms).toEqual([]);
  });
});

describe("adding an article is adding a folder", () => {
  const FIXTURES = path.join(process.cwd(), "e2e", "fixtures", "content");

  it("loads the test pack from a second content folder, with a debate of its own", async () => {
    const { packs, issues } = await loadAllPacks([root, FIXTURES]);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(packs.map((p) => p.slug)).toEqual([SLUG, "four-day-school-week"]);
    const fixture = packs[1]!;
    expect(fixture.explainer.debate?.cases.map((c) => c.id)).toEqual(["help", "hurt", "depends"]);
    const types = new Set([...fixture.questions.values()].map((q) => q.type));
    expect(types.size).toBe(9);
    const sort = [...fixture.questions.values()].find((q) => q.type === "sort");
    expect(sort?.type === "sort" && sort.categories.map((c) => c.id)).toEqual([
      "board",
      "parents",
      "report",
      "union",
    ]);
    expect(fixture.version).not.toBe(packs[0]?.version);
  });

  it("refuses a second article with the same folder name in another content folder", async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), "debrief-content-other-"));
    try {
      await cp(path.join(root, SLUG), path.join(other, SLUG), { recursive: true });
      const { packs, issues } = await loadAllPacks([root, other]);
      expect(packs).toHaveLength(1);
      expect(issues.map(formatIssue).join("\n")).toMatch(
        /\(folder\): another content folder already has an article called kim-putin-arms-talks/,
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("rejects a folder whose name cannot be a URL slug", async () => {
    await cp(path.join(root, SLUG), path.join(root, "Bad Name"), { recursive: true });
    expect((await messages()).join("\n")).toMatch(
      /Bad Name: \(folder\): the folder name is the article's URL slug/,
    );
  });
});

describe("sort questions declare their own categories", () => {
  const sortIndex = (data: TNode) =>
    (getAt(data, "questions") as TNode[]).findIndex((q) => q.id === "q22");

  it("a statement in a category the question does not declare is named by ids", async () => {
    await edit("questions.yaml", (data) =>
      setAt(data, `questions.${sortIndex(data)}.statements.1.category`, "maybe"),
    );
    expect((await messages()).join("\n")).toMatch(
      /questions\.yaml: questions\[q22\]\.statements\[tech\]\.category: is maybe, which is not one of this question's categories/,
    );
  });

  it("two to five categories", async () => {
    await edit("questions.yaml", (data) => {
      const index = sortIndex(data);
      const categories = getAt(data, `questions.${index}.categories`) as TNode[];
      setAt(data, `questions.${index}.categories`, categories.slice(0, 1));
    });
    expect((await messages()).join("\n")).toMatch(
      /questions\[q22\]\.categories: a sort question needs at least two categories/,
    );
    await edit("questions.yaml", (data) => {
      const index = sortIndex(data);
      const extra = ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, label: `Bin ${id}` }));
      setAt(data, `questions.${index}.categories`, extra);
    });
    expect((await messages()).join("\n")).toMatch(
      /questions\[q22\]\.categories: a sort question has at most five categories/,
    );
  });
});

describe("reading levels", () => {
  it("a simpler level that is not two grades easier fails, naming both grades", async () => {
    await edit("timeline.yaml", (data) => {
      for (const event of getAt(data, "events") as TNode[]) {
        const about = event.about as TNode;
        about.simpler = about.standard;
      }
    });
    expect((await messages()).join("\n")).toMatch(
      /timeline\.yaml: \(file\): the simpler level reads at grade ([\d.]+) and the standard level at grade \1: make the simpler level at least 2 grades easier/,
    );
  });

  it("npm run content:check prints each file's grade at both levels", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/content-check.ts", root]);
    expect(stdout).toMatch(
      /explainer\.yaml: reading grade [\d.]+ standard, [\d.]+ simpler \(Flesch–Kincaid\)/,
    );
  });
});
