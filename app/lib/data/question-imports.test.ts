import { describe, expect, it } from "vitest";
import { makeTeacher } from "@/test-support/factories";
import { createArticle, getArticleForEditing } from "./authored-articles";
import { InvalidInputError, NotFoundError } from "./errors";
import { dismissImported, importQuestions, openImported } from "./question-imports";

const GIFT = `::Capital:: Which city is Russia's capital? {=Moscow ~St Petersburg#It was, until 1918.}

::Days:: How many days did the trip take? {#10:1}

::Leader:: Who leads North Korea? {=Kim Jong Un}
`;

async function article() {
  const teacher = await makeTeacher();
  const { id } = await createArticle(teacher, {
    provenance: {
      title: "An article",
      byline: "",
      publisher: "A paper",
      publishedOn: "2026-11-20",
      url: "",
    },
    paragraphs: ["Kim Jong Un met Putin. Moscow is the capital."],
  });
  return { teacher, id };
}

describe("importing questions into an article", () => {
  it("keeps what it can as questions to finish, reports the rest, and opens one in the editor", async () => {
    const { teacher, id } = await article();
    const { added, report } = await importQuestions(teacher, id, { name: "bank.gift", text: GIFT });
    expect(added).toBe(2);
    expect(report.map((line) => line.outcome)).toEqual(["imported", "skipped", "imported"]);
    const { draft } = await getArticleForEditing(teacher, id);
    expect(draft.imported.map((entry) => entry.name)).toEqual(["Capital", "Leader"]);
    expect(draft.questions).toEqual([]);

    const [capital, leader] = draft.imported;
    await openImported(teacher, id, capital?.key ?? "");
    const opened = (await getArticleForEditing(teacher, id)).draft;
    expect(opened.questionDrafts.new?.question).toMatchObject({
      type: "single",
      prompt: "Which city is Russia's capital?",
      cites: [],
    });
    expect(opened.imported.map((entry) => entry.name)).toEqual(["Leader"]);
    // A second one waits while the first is being written, so nothing typed is replaced.
    await expect(openImported(teacher, id, leader?.key ?? "")).rejects.toThrow(
      /A new question is already being written/,
    );
    await dismissImported(teacher, id, leader?.key ?? "");
    expect((await getArticleForEditing(teacher, id)).draft.imported).toEqual([]);
    await expect(dismissImported(teacher, id, leader?.key ?? "")).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });

  it("refuses a hostile or unreadable file and another teacher's article, changing nothing", async () => {
    const { teacher, id } = await article();
    const before = (await getArticleForEditing(teacher, id)).draft;
    await expect(
      importQuestions(teacher, id, {
        name: "bank.xml",
        text: '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>',
      }),
    ).rejects.toThrow(/declares a DOCTYPE or entities/);
    await expect(
      importQuestions(await makeTeacher(), id, { name: "bank.gift", text: GIFT }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await getArticleForEditing(teacher, id)).draft).toEqual(before);
  });
});
