// Quizzes for other tools (issue 34): a teacher downloads a quiz as Moodle XML, GIFT and QTI 3.0
// from the article's page; a student neither sees the links nor gets the files (they hold keys).
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
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
