// Nothing in the code belongs to the first article's debate: the fixture pack (a school-week story
// with three sides and sort categories of its own) is read, explained and taken like the first.
import { createClass, createStudent, createTeacher } from "./factories";
import { expect, expectAccessible, FIXTURE_ARTICLE, signInAs, test } from "./fixtures";
import { choose, fill, order, question, saved, select, startQuiz } from "./quiz-page";

test("another article's debate: its own teaser, three sides, three colours", async ({ page }) => {
  await page.goto(`/articles/${FIXTURE_ARTICLE}`);
  await expect(page.getByRole("main")).not.toContainText(/transactional|strategic/i);
  await page
    .getByRole("link", { name: "Read the explainer: Is a four-day week good or bad for students?" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/articles/${FIXTURE_ARTICLE}/explainer$`));
  const sides = [
    "The case that it would help",
    "The case that it would hurt",
    "The case that it depends on the fifth day",
  ];
  const colours = new Set<string>();
  for (const name of sides) {
    const side = page.getByRole("region", { name });
    await expect(side).toBeVisible();
    colours.add(await side.evaluate((element) => getComputedStyle(element).borderTopColor));
  }
  expect(colours.size).toBe(3);
  await expect(page.getByRole("region", { name: "The case that it would hurt" })).toContainText(
    "scored slightly lower in maths",
  );
  await expect(page.getByRole("main")).not.toContainText(/transactional|strategic/i);
  await expectAccessible(page);
});

test("another article's quiz: every question type, a sort with its own categories", async ({
  page,
}) => {
  const teacher = await createTeacher();
  const student = await createStudent((await createClass(teacher.id)).id);
  await signInAs(page.context(), student.id);
  await startQuiz(page, "Four-day week check", FIXTURE_ARTICLE);

  await choose(page, /What will the Riverton school board vote on/, /four-day week/);
  const multiple = question(page, /save money on\? Select all/);
  for (const label of ["Buses", "Heating", "Substitute teachers"]) {
    await multiple.getByLabel(label).check();
  }
  await saved(multiple);
  await choose(page, /has decided what students would do/, "False");
  await fill(page, /could save about \$____ a year/, "400,000");
  await order(page, /Put these in the order they happen/, [
    "Parents meet in public",
    "The board votes",
    "A four-day week would start",
  ]);
  await select(page, /Match each person to what they say/, {
    "Dana Ortiz": "The district could save money",
    "Sam Patel": "The plan could help the district hire staff",
  });
  const sort = question(page, /Sort each claim by who makes it/);
  await expect(sort).toContainText("Parents: some of the parents at Tuesday's meeting.");
  await expect(sort.getByRole("combobox").first().getByRole("option")).toHaveText([
    "Choose a category…",
    "The board's chair",
    "Parents",
    "The state report",
    "The union leader",
  ]);
  await select(page, /Sort each claim by who makes it/, {
    "The money would go back into classrooms.": "The board's chair",
    "A long weekend would give families more time together.": "Parents",
    "Four-day students scored slightly lower in maths.": "The state report",
    "The plan could help the district hire staff.": "The union leader",
  });
  await choose(page, /the maths gap can disappear/, /used the fifth day for tutoring/);
  const cer = question(page, /Would a four-day week be good for Riverton's students\?/);
  await cer.getByLabel("It depends on the fifth day", { exact: true }).check();
  await saved(cer);
  await cer.getByLabel(/used the fifth day for tutoring/).check();
  await saved(cer);
  await cer.getByLabel(/Reasoning/).fill("Tutoring on the fifth day closed the gap.");
  await saved(cer);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByText("Written answers are awaiting your teacher")).toBeVisible();
  await expect(
    page.getByRole("article", { name: /Sort each claim by who makes it/ }),
  ).toContainText("Correct — 2 of 2");
  for (const prompt of [
    /What will the Riverton school board vote on/,
    /save money on\? Select all/,
    /has decided what students would do/,
    /could save about \$____ a year/,
    /Put these in the order they happen/,
    /Match each person to what they say/,
    /the maths gap can disappear/,
  ]) {
    await expect(page.getByRole("article", { name: prompt })).toContainText("Correct —");
  }
  await expect(page.getByRole("article", { name: /Would a four-day week be good/ })).toContainText(
    "Awaiting teacher",
  );
});
