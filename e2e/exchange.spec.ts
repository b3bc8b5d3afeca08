// Quizzes for other tools (issue 34): a teacher downloads a quiz as Moodle XML, GIFT and QTI 3.0
// from the article's page; a student neither sees the links nor gets the files (they hold keys).
// Questions from a GIFT file come into a teacher's article to finish, citations picked by hand.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { checklist, openStep, uploadSavedPage } from "./authoring-steps";
import { createClass, createStudent, createTeacher } from "./factories";
import { ARTICLE, expect, expectAccessible, signInAs, test } from "./fixtures";

async function download(page: Page, name: string) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("link", { name }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("a teacher downloads a quiz as Moodle XML, GIFT and QTI 3.0; a student gets none of them", async ({
  page,
}) => {
  const teacher = await createTeacher();
  await signInAs(page.context(), teacher.id);
  await page.goto(`/articles/${ARTICLE}`);
  await expectAccessible(page);

  const moodle = await download(page, "Download Key facts as Moodle XML");
  expect(moodle.name).toBe(`${ARTICLE}-key-facts.xml`);
  const xml = moodle.bytes.toString("utf8");
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
  expect(xml).toContain('<question type="ordering">');
  expect(xml).toContain("<text>cite:p1.s1</text>");

  const gift = await download(page, "Download Key facts as GIFT");
  expect(gift.name).toBe(`${ARTICLE}-key-facts.gift.txt`);
  expect(gift.bytes.toString("utf8")).toContain("$CATEGORY: $course$/top/Debrief/");

  const qti = await download(page, "Download Key facts as QTI 3.0");
  expect(qti.name).toBe(`${ARTICLE}-key-facts.qti.zip`);
  expect(qti.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(qti.bytes.toString("latin1")).toContain("imsmanifest.xml");

  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await signInAs(page.context(), student.id);
  await page.goto(`/articles/${ARTICLE}`);
  await expect(page.getByRole("link", { name: /as Moodle XML/ })).toHaveCount(0);
  const refused = await page.request.get(
    `/teacher/quizzes/${ARTICLE}/key-facts/export?format=moodle`,
  );
  expect(refused.status()).toBe(403);
});

const BANK = `// [tag:skill:recall]
::Vote:: How did the council vote? {
\t=Five to two
\t~Four to three#The vote was 5-2.
\t####The article gives the count.
}

::Gap:: By how much did the budget fall short, in millions? {#1.2:0.1}
`;

test("questions from a GIFT file come in to finish: a report on each, then the editor to pick citations", async ({
  page,
}) => {
  const teacher = await createTeacher();
  await signInAs(page.context(), teacher.id);
  await uploadSavedPage(page);
  await openStep(page, "Questions");
  const form = page.getByRole("form", { name: "Import questions from a file" });
  await form.getByLabel("Moodle XML or GIFT file").setInputFiles({
    name: "bank.gift",
    mimeType: "text/plain",
    buffer: Buffer.from(BANK),
  });
  await form.getByRole("button", { name: "Import questions" }).click();
  await expect(form.getByRole("status")).toHaveText(
    "1 question is waiting below, to open and finish: pick the sentences each cites.",
  );
  const report = page.getByRole("table", { name: "What the file held" });
  const vote = report.getByRole("row", { name: /^Vote/ });
  await expect(vote.getByRole("cell", { name: "Imported", exact: true })).toBeVisible();
  await expect(vote).toContainText("Still to do: Pick the sentences it cites");
  await expect(report.getByRole("row", { name: /^Gap/ })).toContainText(
    "A numeric answer with a tolerance has no Debrief form.",
  );
  const waiting = page.getByRole("region", { name: "Imported, to finish (1)" });
  await expect(waiting).toContainText("Pick the sentences it cites: citations are never imported.");
  await expect(checklist(page)).toContainText("1 imported question waits to be finished");
  await expectAccessible(page);

  await waiting.getByRole("button", { name: "Open Vote in the editor" }).click();
  const editor = page.getByRole("form", { name: "Edit question new" });
  await expect(editor.getByLabel("Question", { exact: true })).toHaveValue(
    "How did the council vote?",
  );
  await expect(editor.getByLabel("Feedback for a student who picks option B")).toHaveValue(
    "The vote was 5-2.",
  );
  await editor.getByLabel("Misconception option B reveals").fill("Misreads the count");
  await editor
    .getByRole("group", { name: "Sentences question new rests on" })
    .getByRole("button", { name: /^p1\.s1 / })
    .click();
  await editor.getByRole("button", { name: "Save the new question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved question q1." })).toBeFocused();
  await expect(page.getByRole("heading", { name: "q1 · Single choice" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Imported, to finish/ })).toHaveCount(0);
});
