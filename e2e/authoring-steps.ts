// Steps the studio tests share: uploading the saved page, writing what happened and a question,
// taking the quiz as a student, publishing a reworded version, a teacher's own page.
import type { Page } from "@playwright/test";
import { createTeacher } from "./factories";
import { expect, freshPage, signInAs } from "./fixtures";

export const SAVED_PAGE = "e2e/fixtures/saved-news-page.html";
/** An article's editor (at any of its steps), not the new-article page that leads to it. */
export const EDITOR_URL = /\/teacher\/articles\/(?!new$)[^/?]+(\?step=[a-z-]+)?(#.*)?$/;

/** Goes to one of the studio's steps by its link in the steps' navigation. */
export async function openStep(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Steps" })
    .getByRole("link", { name: new RegExp(`^\\d\\. ${title}`) })
    .click();
  await expect(
    page.getByRole("heading", { level: 2, name: new RegExp(`^Step \\d of \\d: ${title}$`) }),
  ).toBeVisible();
}

/** The checklist beside every step: what blocks publishing, and what is worth a look. */
export const checklist = (page: Page) => page.getByRole("complementary", { name: "Checklist" });

/** Publishes the first version from the publish step, and waits for it. */
export async function publishFirstVersion(page: Page) {
  await openStep(page, "Publish and assign");
  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();
}

/** Starts an article from the saved news page and waits for its editor. */
export async function uploadSavedPage(page: Page) {
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles(SAVED_PAGE);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
}

/** Writes what happened at both levels, based on p1.s1, on its step. */
export async function writeWhatHappened(page: Page) {
  await openStep(page, "What happened");
  await page
    .getByLabel("What happened (standard level)")
    .fill(
      "The Riverside town council voted five to two to keep the public library open on Sundays, settling a month-long disagreement about a considerable budget shortfall.",
    );
  await page
    .getByLabel("What happened (simpler level)")
    .fill("The town will keep the library open on Sundays.");
  await page
    .getByRole("group", { name: "Sentences what happened is based on" })
    .getByRole("button", { name: /^p1\.s1 / })
    .click();
}

/**
 * Writes q1, a single-choice question citing p1.s1 and p2.s1, on the questions step, and waits
 * for it to be saved.
 */
export async function writeSingleChoiceQuestion(page: Page) {
  await openStep(page, "Questions");
  await page.getByRole("button", { name: "Write a new question" }).click();
  const editor = page.getByRole("form", { name: "Edit question new" });
  await editor.getByLabel("Question", { exact: true }).fill("What did the council decide?");
  await editor.getByLabel("Text of option A").fill("To keep the library open on Sundays");
  await editor.getByLabel("Text of option B").fill("To shut the library on Sundays");
  await editor.getByLabel("Misconception option B reveals").fill("Thinks the vote failed");
  await editor
    .getByLabel("Feedback for a student who picks option B")
    .fill("The vote was 5-2 to keep it open.");
  await editor.getByLabel("Explanation shown after answering").fill("p1.s1 gives the vote.");
  for (const id of ["p1.s1", "p2.s1"]) {
    await editor
      .getByRole("group", { name: "Sentences question new rests on" })
      .getByRole("button", { name: new RegExp(`^${id.replace(".", "\\.")} `) })
      .click();
  }
  await editor.getByRole("button", { name: "Save the new question" }).click();
  await expect(page.getByRole("heading", { name: "q1 · Single choice" })).toBeVisible();
}

/**
 * A student starts the assignment titled `title` (by default an article's headline), picks one
 * option of one question, hands it in, and is on the review: returns it, and the review's
 * question as a locator.
 */
export async function takeAsStudent(
  browser: Parameters<typeof freshPage>[0],
  studentId: string,
  title: string,
  prompt: RegExp,
  option: string,
) {
  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), studentId);
  await studentPage.goto("/student");
  await studentPage.getByRole("button", { name: `Start ${title}` }).click();
  const region = studentPage.getByRole("region", { name: prompt });
  await region.getByLabel(option, { exact: true }).check();
  await expect(region.getByRole("status")).toHaveText(/Saved/);
  await studentPage.getByRole("button", { name: "Submit answers" }).click();
  // One attempt allowed: handing in asks first.
  await studentPage.getByRole("button", { name: "Hand it in" }).click();
  const reviewed = studentPage.getByRole("article", { name: prompt });
  await expect(reviewed).toBeVisible();
  return { studentPage, reviewed, reviewUrl: studentPage.url() };
}

/** Rewords q1 as "What did the council vote for?" and publishes version 2. */
export async function publishRewordedVersion2(page: Page, editorUrl: string) {
  const publish = page.getByRole("region", { name: "Publish" });
  await page.goto(editorUrl);
  await openStep(page, "Questions");
  await page.getByText("Edit q1…").click();
  const edit = page.getByRole("form", { name: "Edit question q1" });
  await edit.getByLabel("Question", { exact: true }).fill("What did the council vote for?");
  await edit.getByRole("button", { name: "Save question q1" }).click();
  await expect(edit.getByText("Saved question q1.")).toBeVisible();
  await openStep(page, "Publish and assign");
  await publish.getByRole("button", { name: "Publish version 2" }).click();
  await expect(publish.getByText(/Published version 2\./)).toBeVisible();
}

export async function teacherPage(browser: Parameters<typeof freshPage>[0]) {
  const teacher = await createTeacher();
  const page = await freshPage(browser);
  await signInAs(page.context(), teacher.id);
  return { teacher, page };
}
