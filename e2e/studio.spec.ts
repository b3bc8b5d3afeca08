// The studio in steps, as a new teacher works through it: nothing typed is lost, nothing needed is
// hidden, destructive actions ask first, status says what is true, and the article is assigned
// where it is published.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { zipPack } from "../app/lib/authoring/pack-zip";
import { createClass, createStudent } from "./factories";
import { expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";
import {
  EDITOR_URL,
  checklist,
  openStep,
  teacherPage,
  uploadSavedPage,
  writeWhatHappened,
} from "./authoring-steps";

test.use({ viewport: { width: 1366, height: 768 } });

const FIXTURE_PACK = "e2e/fixtures/content/four-day-school-week";
/** The pack is also in the library: the teacher's copy gets a headline of its own. */
const FIXTURE_HEADLINE = "Riverton weighs a four-day week: our class copy";

/** Starts an article from a complete content pack (every check passes) and waits for its studio. */
async function uploadPack(page: Page) {
  const files = new Map<string, string>();
  for (const name of await readdir(FIXTURE_PACK))
    files.set(name, await readFile(path.join(FIXTURE_PACK, name), "utf8"));
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles({
    name: "four-day-school-week.zip",
    mimeType: "application/zip",
    buffer: Buffer.from(zipPack("four-day-school-week", files)),
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
}

/**
 * Whether a button is styled as the page's primary action: its colour differs from an ordinary
 * button's ("Make a copy", on the same step).
 */
async function looksPrimary(page: Page, name: string) {
  const background = (button: string) =>
    page
      .getByRole("button", { name: button, exact: true })
      .evaluate((element) => getComputedStyle(element).backgroundColor);
  return (await background(name)) !== (await background("Make a copy"));
}

/** Whether an element is wholly inside the viewport. */
async function inView(page: Page, selector: Parameters<Page["locator"]>[0]) {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

test("the studio goes step by step, with a checklist beside each that says what blocks publishing and links to it; the draft is previewed as a student", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  // A Chromebook's "Webpage, Single File" is offered by the file picker.
  await page.goto("/teacher/articles/new");
  await expect(page.getByLabel("Saved web page, text file or Debrief pack")).toHaveAttribute(
    "accept",
    /\.mhtml.*multipart\/related/,
  );
  await uploadSavedPage(page);
  // The upload page promised the text to check next: it is the first step, not 4,000 px down.
  await expect(page.getByRole("heading", { level: 2, name: "Step 1 of 5: Text" })).toBeVisible();
  const steps = page.getByRole("navigation", { name: "Steps" });
  await expect(steps.getByRole("link", { name: /^1\. Text/ })).toHaveAttribute(
    "aria-current",
    "step",
  );
  await expect(steps.getByRole("link", { name: /^2\. What happened \d+ to fix$/ })).toBeVisible();
  const checks = checklist(page);
  await expect(checks).toContainText(/\d+ things block publishing:/);
  await expect(checks).toContainText(/worth a look \(they do not block publishing\)/);
  await expectAccessible(page);

  // The checklist stays beside the text while the teacher scrolls to its end.
  await page.getByRole("button", { name: "Remove paragraph p4" }).scrollIntoViewIfNeeded();
  expect(await inView(page, 'aside[aria-label="Checklist"] h2')).toBe(true);

  // A problem's link opens its step, at its field.
  await checks
    .getByRole("link", { name: "What happened: the standard reading level must not be empty." })
    .click();
  await expect(page).toHaveURL(/step=what-happened#what-happened-standard$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Step 2 of 5: What happened" }),
  ).toBeVisible();
  await writeWhatHappened(page);
  await expect(
    page.getByRole("region", { name: "Explainer: what happened" }).getByRole("status"),
  ).toHaveText("Saved.");
  await expect(steps.getByRole("link", { name: /^2\. What happened$/ })).toBeVisible();
  // With a problem left (no question yet), Publish is not offered as the thing to do.
  await openStep(page, "Publish and assign");
  await expect(page.getByText("1 thing blocks publishing: see Before you publish.")).toBeVisible();
  expect(await looksPrimary(page, "Publish")).toBe(false);

  // Preview as a student, before publishing: the article, the explainer at both levels, the quiz.
  await page.getByRole("link", { name: "Preview as a student" }).click();
  await expect(page.getByRole("note")).toContainText("Preview of your draft.");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Town council votes to keep the library open on Sundays",
    }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "The quiz" })).toContainText("No questions yet.");
  await expectAccessible(page);
  await page.getByRole("link", { name: /Read the explainer/ }).click();
  await expect(page).toHaveURL(/\/preview\/explainer/);
  await expect(page.getByText(/voted five to two to keep the public library open/)).toBeVisible();
  await page.getByRole("radio", { name: "Simpler" }).check();
  await expect(page.getByText("The town will keep the library open on Sundays.")).toBeVisible();
  // Its evidence links lead into the previewed text, not to a published page.
  await page
    .getByRole("link", { name: /^In the article/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/preview\?highlight=p1\.s1#p1\.s1$/);
  await expect(page.getByRole("region", { name: "Article text" }).locator("mark")).toHaveCount(1);
  await expectAccessible(page);
});

test("a refused save keeps what was typed and shows why, one plain sentence per field, and leaving with unsaved typing asks first", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  await openStep(page, "Questions");
  await page.getByRole("button", { name: "Write a new question" }).click();
  const editor = page.getByRole("form", { name: "Edit question new" });
  // Required fields are marked before anything is sent.
  for (const field of ["Explanation shown after answering", "Misconception option B reveals"]) {
    await expect(editor.getByLabel(field)).toHaveAttribute("required", "");
    await expect(editor.getByText(field, { exact: true }).locator("..")).toContainText(
      "(required)",
    );
  }

  // Typed and saved at once, inside the autosave's pause: refused by the checks.
  await editor.getByLabel("Question", { exact: true }).fill("What did the council decide?");
  await editor.getByLabel("Text of option A").fill("To keep the library open on Sundays");
  await editor.getByLabel("Text of option B").fill("To shut the library on Sundays");
  await editor.getByRole("button", { name: "Save the new question" }).click();
  await expect(editor.getByRole("alert")).toContainText(/^Not saved: \d+ fields need fixing/);
  // The first field named is focused and in view; no message speaks of an id's format.
  const misconception = editor.getByLabel("Misconception option B reveals");
  await expect(misconception).toBeFocused();
  await expect(misconception).toBeInViewport();
  await expect(misconception).toHaveAccessibleDescription(
    /A wrong option must name the misconception it reveals\.$/,
  );
  await expect(editor).not.toContainText("lower-case");
  await expect(editor.getByText("Cite at least one sentence.")).toBeVisible();

  // What was typed is stored beside the question: a reload brings it back.
  await expect(editor.getByRole("status").filter({ hasText: /^Saved\./ })).toBeVisible();
  await page.reload();
  const restored = page.getByRole("form", { name: "Edit question new" });
  await expect(restored.getByLabel("Text of option B")).toHaveValue(
    "To shut the library on Sundays",
  );

  // Fixed and saved: the message is where the teacher is looking.
  await restored.getByLabel("Misconception option B reveals").fill("Thinks the vote failed");
  await restored.getByLabel("Feedback for a student who picks option B").fill("It was 5-2.");
  await restored.getByLabel("Explanation shown after answering").fill("p1.s1 gives the vote.");
  await restored
    .getByRole("group", { name: "Sentences question new rests on" })
    .getByRole("button", { name: /^p1\.s1 / })
    .click();
  await restored.getByRole("button", { name: "Save the new question" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Saved question q1." });
  await expect(saved).toBeFocused();
  await expect(saved).toBeInViewport();

  // Typing, then leaving before the pause is over: the browser asks first.
  await page.getByText("Edit q1…").click();
  const edit = page.getByRole("form", { name: "Edit question q1" });
  await edit.getByLabel("Question", { exact: true }).fill("What did the council vote for?");
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
});

test("removing a paragraph or a question asks first, naming it; an article never assigned is deleted", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  const text = page.getByRole("region", { name: "Text" });
  const paragraphs = text.getByRole("heading", { name: /^Paragraph p\d+$/ });
  await expect(paragraphs).toHaveCount(4);

  await text.getByRole("button", { name: "Remove paragraph p2" }).click();
  let asking = page.getByRole("dialog", { name: "Remove paragraph p2?" });
  await expect(asking).toContainText("Council member Ana Ortiz");
  await expect(asking.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(asking).toBeHidden();
  await expect(paragraphs).toHaveCount(4);

  await text.getByRole("button", { name: "Remove paragraph p2" }).click();
  await asking.getByRole("button", { name: "Remove p2" }).click();
  await expect(page.getByText("Removed the paragraph.")).toBeVisible();
  await expect(paragraphs).toHaveCount(3);
  // The next paragraph's button, now under the pointer, asks too.
  await text.getByRole("button", { name: "Remove paragraph p2" }).click();
  asking = page.getByRole("dialog", { name: "Remove paragraph p2?" });
  await expect(asking).toBeVisible();
  await asking.getByRole("button", { name: "Keep it" }).click();
  await expect(paragraphs).toHaveCount(3);

  // A question, by its id and its words.
  await openStep(page, "Questions");
  const whoSays = page.getByRole("region", { name: "Who says what" });
  await whoSays.getByRole("button", { name: "Accept Who says what, draft 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^q1 · / })).toBeVisible();
  await page.getByRole("button", { name: "Remove question q1" }).click();
  const removing = page.getByRole("dialog", { name: "Remove question q1?" });
  await expect(removing).toContainText("Priya Nand");
  await removing.getByRole("button", { name: "Remove q1" }).click();
  await expect(page.getByRole("heading", { name: /^q1 · / })).toHaveCount(0);

  // A test draft goes for good, after saying which.
  await openStep(page, "Publish and assign");
  await page.getByRole("button", { name: "Delete this article" }).click();
  const deleting = page.getByRole("dialog", {
    name: "Delete “Town council votes to keep the library open on Sundays”?",
  });
  await deleting.getByRole("button", { name: "Delete the article" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\?deleted=1$/);
  await expect(page.getByText("The article is deleted.")).toBeVisible();
  await expect(page.getByRole("region", { name: "My articles" })).toContainText("None yet");
});

test("status says what is true everywhere; the article is assigned where it is published, named in every list, and archived when it cannot be deleted", async ({
  browser,
}) => {
  const { teacher, page } = await teacherPage(browser);
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await uploadPack(page);
  const studio = page.url();
  const status = page.getByText(/^(Draft|Published) · /);
  await expect(status).toHaveText("Draft · only you can see it");
  // The pack does not say where it was published: the checklist says so, and nothing else.
  await expect(checklist(page)).toContainText("2 things block publishing:");
  await page.getByLabel("Headline").fill(FIXTURE_HEADLINE);
  await page.getByLabel("Publisher").fill("Riverton Courier");
  await page.getByLabel("Date published").fill("2026-11-30");
  await expect(
    page.getByRole("region", { name: "Where it comes from" }).getByRole("status"),
  ).toHaveText("Saved.");
  await page.reload();
  await expect(checklist(page)).toContainText("Ready to publish: nothing blocks publishing.");

  await openStep(page, "Publish and assign");
  expect(await looksPrimary(page, "Publish")).toBe(true);
  await expectAccessible(page);
  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText("Published version 1. Assign it to a class below.")).toBeVisible();
  await expect(status).toHaveText("Published · version 1 · not assigned yet");
  expect(await looksPrimary(page, "Publish version 2")).toBe(false);
  // Nothing to publish again yet: said, rather than offered as the next thing to do.
  await expect(
    publish.getByText("Nothing has changed since version 1 was published."),
  ).toBeVisible();
  await page.goto("/teacher/articles");
  const mine = page.getByRole("region", { name: "My articles" });
  await expect(mine).toContainText("Published · version 1 · not assigned yet");

  // Assigned from where it was published: the article picked, its headline the title.
  await page.goto(`${studio.split("?")[0]}?step=publish`);
  await page.getByRole("link", { name: `Assign to ${klass.name}` }).click();
  const picker = page.getByLabel("Article", { exact: true });
  await expect(picker.locator("option:checked")).toHaveText(FIXTURE_HEADLINE);
  await expect(page.getByLabel("Title")).toHaveValue(FIXTURE_HEADLINE);
  await expectAccessible(page);
  // Another article is a choice away, and brings its own quizzes and title.
  await picker.selectOption({ label: "Kim Jong Un expected in Russia as arms talks advance" });
  await expect(page).toHaveURL(/article=kim-putin-arms-talks/);
  await expect(page.getByLabel("Title")).toHaveValue(
    "Kim Jong Un expected in Russia as arms talks advance: Key facts",
  );
  await page.getByLabel("Article", { exact: true }).selectOption({ label: FIXTURE_HEADLINE });
  await expect(page.getByLabel("Title")).toHaveValue(FIXTURE_HEADLINE);
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: FIXTURE_HEADLINE })).toBeVisible();

  // Every list names the article.
  await page.goto(`/teacher/classes/${klass.id}`);
  await expect(page.getByRole("region", { name: "Assignments" })).toContainText(
    `${FIXTURE_HEADLINE} · due`,
  );
  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), student.id);
  await studentPage.goto("/student");
  await expect(
    studentPage.getByRole("heading", { level: 3, name: FIXTURE_HEADLINE }),
  ).toBeVisible();
  await page.goto("/teacher/articles");
  await expect(mine).toContainText("Published · version 1 · assigned in 1 class");
  await page.goto(studio);
  await expect(status).toHaveText("Published · version 1 · assigned in 1 class");

  // Assigned, so it cannot be deleted: archived instead, and no longer offered.
  await openStep(page, "Publish and assign");
  await page.getByRole("button", { name: "Delete this article" }).click();
  await page.getByRole("button", { name: "Delete the article" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be deleted" })).toContainText(
    "Archive it instead",
  );
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByText(/^Archived: it is out of your list/)).toBeVisible();
  await page.goto("/teacher/articles");
  await expect(mine.getByRole("link", { name: FIXTURE_HEADLINE })).toBeHidden();
  await mine.getByText("Archived (1)").click();
  await expect(mine.getByRole("link", { name: FIXTURE_HEADLINE })).toBeVisible();
  await page.goto(`/teacher/classes/${klass.id}/assignments/new`);
  await expect(
    page.getByLabel("Article", { exact: true }).getByRole("option", { name: FIXTURE_HEADLINE }),
  ).toHaveCount(0);
  // The class keeps it.
  await studentPage.reload();
  await expect(
    studentPage.getByRole("heading", { level: 3, name: FIXTURE_HEADLINE }),
  ).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sentence picker shows the whole article, with no inner scroll box", async ({
    browser,
  }) => {
    const { page } = await teacherPage(browser);
    await uploadSavedPage(page);
    await openStep(page, "Questions");
    await page.getByRole("button", { name: "Write a new question" }).click();
    const picker = page.getByRole("group", { name: "Sentences question new rests on" });
    const sizes = await picker.evaluate((box) => ({
      scroll: box.scrollHeight,
      client: box.clientHeight,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    await expect(picker.getByRole("button", { name: /^p4\.s\d+ / }).first()).toBeVisible();
    await expectAccessible(page);
  });
});
