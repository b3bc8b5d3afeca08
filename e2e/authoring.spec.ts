import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { createClass, createStudent, createTeacher } from "./factories";
import { expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";

const SAVED_PAGE = "e2e/fixtures/saved-news-page.html";
/** An article's editor, not the new-article page that leads to it. */
const EDITOR_URL = /\/teacher\/articles\/(?!new$)[^/]+$/;

/** Starts an article from the saved news page and waits for its editor. */
async function uploadSavedPage(page: Page) {
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles(SAVED_PAGE);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
}

/** Writes what happened at both levels, based on p1.s1. */
async function writeWhatHappened(page: Page) {
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

/** Writes q1, a single-choice question citing p1.s1 and p2.s1, and waits for it to be saved. */
async function writeSingleChoiceQuestion(page: Page) {
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
 * A student starts the assigned "All questions", picks one option of one question, hands it in,
 * and is on the review: returns it, and the review's question as a locator.
 */
async function takeAsStudent(
  browser: Parameters<typeof freshPage>[0],
  studentId: string,
  prompt: RegExp,
  option: string,
) {
  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), studentId);
  await studentPage.goto("/student");
  await studentPage.getByRole("button", { name: "Start All questions" }).click();
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
async function publishRewordedVersion2(page: Page, editorUrl: string) {
  const publish = page.getByRole("region", { name: "Publish" });
  await page.goto(editorUrl);
  await page.getByText("Edit q1…").click();
  const edit = page.getByRole("form", { name: "Edit question q1" });
  await edit.getByLabel("Question", { exact: true }).fill("What did the council vote for?");
  await edit.getByRole("button", { name: "Save question q1" }).click();
  await expect(edit.getByText("Saved question q1.")).toBeVisible();
  await publish.getByRole("button", { name: "Publish version 2" }).click();
  await expect(publish.getByText(/Published version 2\./)).toBeVisible();
}

async function teacherPage(browser: Parameters<typeof freshPage>[0]) {
  const teacher = await createTeacher();
  const page = await freshPage(browser);
  await signInAs(page.context(), teacher.id);
  return { teacher, page };
}

test("a teacher turns a saved news page into a checked draft, from the keyboard", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await page.goto("/teacher/articles");
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New article" }).click();
  await expectAccessible(page);
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles(SAVED_PAGE);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(EDITOR_URL);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Town council votes to keep the library open on Sundays",
    }),
  ).toBeVisible();
  // Provenance read from the page, and nothing of the page around the story.
  await expect(page.getByLabel("Publisher")).toHaveValue("Riverside Ledger");
  await expect(page.getByLabel("Byline")).toHaveValue("Dana Whitfield");
  await expect(page.getByLabel("Date published")).toHaveValue("2026-11-20");
  await expect(page.getByLabel("Web address")).toHaveValue(
    "https://ledger.example/news/2026/11/library-sundays",
  );
  const text = page.getByRole("region", { name: "Text" });
  await expect(text.getByRole("heading", { name: /^Paragraph p\d+$/ })).toHaveCount(4);
  for (const outside of ["ADVERTISEMENT", "Related stories", "Pool closes", "Subscribe", "©"]) {
    await expect(text).not.toContainText(outside);
  }
  await expectAccessible(page);

  // The splitter's guess after "U.S." is flagged; the link leads to the sentence.
  const checks = page.getByRole("region", { name: "Checks" });
  const warning = checks.getByRole("link", { name: /p3\.s2 ends with an abbreviation/ });
  await expect(warning).toBeVisible();
  await warning.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#sentence-p3\.s2$/);

  // Join the two halves from the keyboard.
  const join = text.getByRole("button", { name: "Join p3.s2 with p3.s3" });
  await join.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#sentence-p3\\.s2 > p")).toContainText(
    "The U.S. Army reserve center next door has offered its parking lot on weekends.",
  );
  await expect(warning).toHaveCount(0);

  // Split a sentence in two, choosing the word from the keyboard.
  const summary = text.getByText("Split p4.s2…");
  await summary.focus();
  await page.keyboard.press("Enter");
  const wordChoice = text.getByRole("combobox", { name: "The new sentence starts at" }).last();
  await wordChoice.focus();
  await wordChoice.selectOption({ label: "word 5: would" });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#sentence-p4\\.s3 > p")).toContainText(
    "p4.s3 would report its numbers to the council again in the spring.",
  );
  await expect(page.locator("#sentence-p4\\.s2 > p")).toHaveText("p4.s2 She said the library");
  await expectAccessible(page);
});

test("pasted text needs its provenance before it is complete", async ({ browser }) => {
  const { page } = await teacherPage(browser);
  await page.goto("/teacher/articles/new");
  await page
    .getByLabel("…or paste the article's text")
    .fill("Mr. Lee said <b>no</b>. Dr. Park agreed.\n\nKeep Reading\nThe vote is on Sept. 5.");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
  const text = page.getByRole("region", { name: "Text" });
  // Typed markup stays text; the web-page artifact line is gone.
  await expect(page.locator("#sentence-p1\\.s1")).toContainText("Mr. Lee said <b>no</b>.");
  await expect(text.getByRole("heading", { name: /^Paragraph p\d+$/ })).toHaveCount(2);
  await expect(text).not.toContainText("Keep Reading");

  const checks = page.getByRole("region", { name: "Checks" });
  await expect(checks.getByRole("link", { name: "Give the article's headline." })).toBeVisible();
  await page.getByLabel("Headline").fill("Vote set for September");
  await page.getByLabel("Publisher").fill("Riverside Ledger");
  await page.getByLabel("Date published").fill("2026-11-21");
  // Saved as typed, like answers.
  await expect(
    page.getByRole("region", { name: "Where it comes from" }).getByRole("status"),
  ).toHaveText("Saved.");
  await expect(checks.getByRole("link", { name: /headline|publisher|date/ })).toHaveCount(0);
  await expect(
    page.getByRole("heading", { level: 1, name: "Vote set for September" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Publisher")).toHaveValue("Riverside Ledger");
});

test("uploads of the wrong type or over the limit are refused with a message", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await page.goto("/teacher/articles/new");
  const file = page.getByLabel("Saved web page, text file or Debrief pack");
  await file.setInputFiles({
    name: "story.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF"),
  });
  await expect(
    page.getByText(
      "Upload a saved web page (.html or .htm), a text file (.txt) or an article exported from Debrief (.zip).",
    ),
  ).toBeVisible();
  await file.setInputFiles({
    name: "whole-site.html",
    mimeType: "text/html",
    buffer: Buffer.alloc(2 * 1024 * 1024 + 1, "a"),
  });
  await expect(page.getByText("That file is larger than 2 MB.", { exact: false })).toBeVisible();
  // Nothing was sent: with no file and no text the server says what it needs.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("We found no article text there.")).toBeVisible();
  await page.goto("/teacher/articles");
  await expect(page.getByRole("region", { name: "My articles" })).toContainText("None yet");
});

test("an article is its author's: another teacher gets not found until it is shared, then a read-only copy", async ({
  browser,
}) => {
  const { teacher, page } = await teacherPage(browser);
  await uploadSavedPage(page);
  const url = page.url();

  const other = await teacherPage(browser);
  expect((await other.page.goto(url))?.status()).toBe(404);
  await expect(other.page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(other.page.getByText("Town council votes")).toHaveCount(0);
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), student.id);
  await studentPage.goto(url);
  await expect(studentPage).toHaveURL(/\/student$/);

  await page.getByRole("button", { name: "Share with all teachers" }).click();
  await expect(page.getByText("Shared: every teacher on this server")).toBeVisible();
  await other.page.goto("/teacher/articles");
  await other.page
    .getByRole("region", { name: "Shared by other teachers" })
    .getByRole("link", { name: "Town council votes to keep the library open on Sundays" })
    .click();
  await expect(other.page.getByText(/shared by Teacher/)).toBeVisible();
  await expect(other.page.getByRole("button", { name: /^Join / })).toHaveCount(0);
  await expect(other.page.getByLabel("Publisher")).toHaveCount(0);
  await expectAccessible(other.page);
  await other.page.getByRole("button", { name: "Make a copy" }).click();
  await expect(other.page).not.toHaveURL(url);
  await expect(other.page.getByLabel("Publisher")).toHaveValue("Riverside Ledger");
  await expect(other.page.getByText("only you can see it")).toBeVisible();
});

test("what happened is written at two levels with live reading grades, its sources picked from the keyboard, and saved as typed", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  const checks = page.getByRole("region", { name: "Checks" });
  await expect(
    checks.getByRole("link", { name: "Write what happened at the standard reading level." }),
  ).toBeVisible();

  const standard = page.getByLabel("What happened (standard level)");
  const dense =
    "The Riverside town council voted five to two to keep the public library open on Sundays, settling a month-long disagreement about a considerable budget shortfall.";
  await standard.fill(dense);
  await expect(standard).toHaveAccessibleDescription(/Reading grade: \d+\.\d/);
  const simpler = page.getByLabel("What happened (simpler level)");
  // A few dozen words are too few to compare; a hundred at each level are enough.
  await simpler.fill(dense);
  await expect(simpler).toHaveAccessibleDescription(/too short to compare yet/);
  const hundredWords = (text: string) =>
    Array<string>(Math.ceil(100 / text.split(" ").length))
      .fill(text)
      .join(" ");
  await standard.fill(hundredWords(dense));
  await simpler.fill(hundredWords(dense));
  await expect(simpler).toHaveAccessibleDescription(
    /make the simpler level at least 2 grades easier/,
  );
  await simpler.fill(
    "The town will keep the library open on Sundays. Most of the council said yes.",
  );
  await expect(simpler).toHaveAccessibleDescription(/too short to compare yet/);

  const sources = page.getByRole("group", { name: "Sentences what happened is based on" });
  const first = sources.getByRole("button", { name: /^p1\.s1 / });
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(
    page.getByRole("region", { name: "Explainer: what happened" }).getByRole("status"),
  ).toHaveText("Saved.");
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByLabel("What happened (simpler level)")).toHaveValue(
    "The town will keep the library open on Sundays. Most of the council said yes.",
  );
  await expect(
    page
      .getByRole("group", { name: "Sentences what happened is based on" })
      .getByRole("button", { name: /^p1\.s1 / }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(checks.getByRole("link", { name: /what happened/i })).toHaveCount(0);
});

test("done means: a saved news page becomes an assigned quiz of all nine types, and its old attempts keep their version", async ({
  browser,
}) => {
  const { teacher, page } = await teacherPage(browser);
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await uploadSavedPage(page);
  const editorUrl = page.url();
  const checks = page.getByRole("region", { name: "Checks" });

  // Fix the splitter's guess after "U.S.", and write the explainer's first part.
  await page
    .getByRole("region", { name: "Text" })
    .getByRole("button", { name: "Join p3.s2 with p3.s3" })
    .click();
  await expect(checks.getByRole("link", { name: /p3\.s2 ends with an abbreviation/ })).toHaveCount(
    0,
  );
  await writeWhatHappened(page);
  await expect(checks.getByRole("link", { name: "Write at least one question." })).toBeVisible();

  // A single-choice question, worded negatively at first.
  const writing = page.getByRole("region", { name: "Write a question" });
  await writing.getByRole("button", { name: "Write a new question" }).click();
  const editor = page.getByRole("form", { name: "Edit question new" });
  await editor
    .getByLabel("Question", { exact: true })
    .fill("Which of these did the council NOT decide?");
  await editor.getByLabel("Text of option A").fill("To keep the public library open on Sundays");
  await editor.getByLabel("Text of option B").fill("To close the public library on Sundays");
  await editor.getByLabel("Misconception option B reveals").fill("Thinks the vote failed");
  await editor
    .getByLabel("Feedback for a student who picks option B")
    .fill("The vote was 5-2 to keep it open.");
  await editor.getByLabel("Explanation shown after answering").fill("p1.s1 gives the vote.");
  await editor
    .getByRole("group", { name: "Sentences question new rests on" })
    .getByRole("button", { name: /^p1\.s1 / })
    .click();
  await editor.getByRole("button", { name: "Save the new question" }).click();
  const list = page.getByRole("region", { name: "Questions" });
  await expect(writing.getByRole("status").filter({ hasText: "Saved question q1." })).toBeVisible();
  await expect(list.getByRole("heading", { name: "q1 · Single choice" })).toBeVisible();
  const negative = checks.getByRole("link", { name: /q1 is worded negatively/ });
  await expect(negative).toBeVisible();

  // Fix the warning in the question's own editor.
  await list.getByText("Edit q1…").click();
  const edit = page.getByRole("form", { name: "Edit question q1" });
  await edit
    .getByLabel("Question", { exact: true })
    .fill("What did the council decide on Tuesday?");
  await edit.getByRole("button", { name: "Save question q1" }).click();
  await expect(edit.getByText("Saved question q1.")).toBeVisible();
  await expect(negative).toHaveCount(0);

  // A find-the-sentence question; the answer picked from the keyboard.
  await writing.getByLabel("Type of question").selectOption({ label: "Find the sentence" });
  await writing.getByRole("button", { name: "Write a new question" }).click();
  await editor
    .getByLabel("Question", { exact: true })
    .fill("Which sentence says how much Sunday visits grew?");
  const answer = editor
    .getByRole("group", { name: "Sentences that answer it" })
    .getByRole("button", { name: /^p4\.s1 / });
  await answer.focus();
  await page.keyboard.press("Enter");
  await expect(answer).toHaveAttribute("aria-pressed", "true");
  await editor
    .getByRole("group", { name: "Sentences question new rests on" })
    .getByRole("button", { name: /^p4\.s1 / })
    .click();
  // Left out: the explanation. The type's schema names the field.
  await editor.getByRole("button", { name: "Save the new question" }).click();
  await expect(editor.getByLabel("Explanation shown after answering")).toHaveAccessibleDescription(
    "explanation must not be empty",
  );
  await editor.getByLabel("Explanation shown after answering").fill("p4.s1 gives the 40 percent.");
  await editor.getByRole("button", { name: "Save the new question" }).click();
  await expect(list.getByRole("heading", { name: "q2 · Find the sentence" })).toBeVisible();

  // The other seven types, each through its own editor and its own schema.
  const more: [string, (form: Locator) => Promise<void>][] = [
    [
      "Multiple select",
      async (form) => {
        await form.getByLabel("Text of option A").fill("The hours stay");
        await form.getByLabel("Text of option B").fill("The hours go");
        await form.getByLabel("Misconception option B reveals").fill("Misreads the vote");
        await form.getByLabel("Feedback for a student who picks option B").fill("Read p1.s1.");
      },
    ],
    [
      "True or false",
      async (form) => {
        await form.getByLabel("Misconception a wrong answer reveals").fill("Thinks it closed");
        await form.getByLabel("Feedback for a wrong answer").fill("It stays open on Sundays.");
      },
    ],
    [
      "Fill in the blank",
      async (form) => {
        await form.getByLabel("Accepted answers, one per line").fill("5-2\nfive to two");
      },
    ],
    [
      "Put in order",
      async (form) => {
        await form.getByLabel("Text of item A (position 1)").fill("The council debates");
        await form.getByLabel("Text of item B (position 2)").fill("The council votes");
      },
    ],
    [
      "Matching",
      async (form) => {
        await form.getByLabel("Text of choice A").fill("Ana Ortiz");
        await form.getByLabel("Text of choice B").fill("Grant Hollis");
        await form.getByLabel("Text of PA").fill("Spoke for the Sunday hours");
        await form.getByLabel("Text of PB").fill("Voted against the plan");
      },
    ],
    [
      "Sort into categories",
      async (form) => {
        await form.getByLabel("Label of category A").fill("For Sunday hours");
        await form.getByLabel("Label of category B").fill("Against Sunday hours");
        await form.getByLabel("Text of SA").fill("Students need a quiet place");
        await form.getByLabel("Text of SB").fill("Bus routes would be cut");
      },
    ],
    [
      "Written answer (claim, evidence, reasoning)",
      async (form) => {
        await form.getByLabel("Text of claim A").fill("Keep the library open on Sundays");
        await form.getByLabel("Text of claim B").fill("Close it on Sundays");
        await form.getByLabel("Name of criterion A").fill("Evidence");
        await form.getByLabel("Points for criterion A").fill("1");
        await form.getByLabel("What earns criterion A its points").fill("Quotes a sentence.");
      },
    ],
  ];
  for (const [index, [type, fill]] of more.entries()) {
    await writing.getByLabel("Type of question").selectOption({ label: type });
    await writing.getByRole("button", { name: "Write a new question" }).click();
    await editor.getByLabel("Question", { exact: true }).fill(`A ${type} question?`);
    await editor.getByLabel("Explanation shown after answering").fill("Paragraph one says so.");
    await editor
      .getByRole("group", { name: "Sentences question new rests on" })
      .getByRole("button", { name: /^p1\.s1 / })
      .click();
    await fill(editor);
    await editor.getByRole("button", { name: "Save the new question" }).click();
    await expect(
      writing.getByRole("status").filter({ hasText: `Saved question q${index + 3}.` }),
    ).toBeVisible();
  }
  await expect(list.getByRole("heading", { name: /^q\d+ · / })).toHaveCount(9);

  // Tried through the students' own inputs.
  const trying = page.getByRole("region", { name: "Try them as a student" });
  await expect(
    trying.getByRole("heading", { name: /What did the council decide on Tuesday\?/ }),
  ).toBeVisible();
  await trying
    .getByRole("radio", { name: "To keep the public library open on Sundays", exact: true })
    .check();
  await expect(
    trying.getByRole("heading", { name: /Which sentence says how much Sunday visits grew\?/ }),
  ).toBeVisible();
  // Marked as a student's review marks it: the right choice, and the rest not answered.
  await trying.getByRole("button", { name: "Mark my answers" }).click();
  await expect(trying.getByRole("status").filter({ hasText: /^You scored/ })).toHaveText(
    /^You scored 1 of \d+\. Nothing was saved\.$/,
  );
  const marked = trying.getByRole("article", { name: /What did the council decide on Tuesday\?/ });
  await expect(marked).toContainText("✓ Correct — 1 of 1");
  await expect(marked.getByRole("link", { name: /Show in the article/ })).toHaveAttribute(
    "href",
    "#sentence-p1.s1",
  );
  await expectAccessible(page);

  // Published and assigned from the article as students see it.
  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();
  await publish.getByRole("link", { name: "the article as they see it" }).click();
  await expect(page).toHaveURL(/\/articles\/town-council-votes-[a-z0-9-]+$/);
  await page.getByRole("link", { name: `Assign All questions to ${klass.name}` }).click();
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All questions" })).toBeVisible();

  // The student's wrong choice gets its feedback, and the link to the sentences.
  const prompt = /What did the council decide on Tuesday\?/;
  const { studentPage, reviewed, reviewUrl } = await takeAsStudent(
    browser,
    student.id,
    prompt,
    "To close the public library on Sundays",
  );
  await expect(reviewed).toContainText("The vote was 5-2 to keep it open.");
  await reviewed.getByRole("link", { name: /Show in the article/ }).click();
  await expect(studentPage).toHaveURL(/highlight=p1\.s1/);

  // Version 2 rewords q1; the old attempt still reviews against version 1.
  await publishRewordedVersion2(page, editorUrl);
  await studentPage.goto(reviewUrl);
  await expect(studentPage.getByRole("article", { name: prompt })).toBeVisible();
  await expect(studentPage.getByText("What did the council vote for?")).toHaveCount(0);
  // The teacher, opening the attempt, sees the version it was taken on.
  await page.goto(reviewUrl);
  await expect(page.getByText(/taken on version 1 of the article/)).toBeVisible();
  await expect(page.getByRole("article", { name: prompt })).toBeVisible();
});

test("a published article is assigned, taken with evidence links, and its old attempts keep their version", async ({
  browser,
}) => {
  const { teacher, page } = await teacherPage(browser);
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);

  // A short article, complete enough to publish.
  await page.goto("/teacher/articles/new");
  await page
    .getByLabel("…or paste the article's text")
    .fill(
      "The Riverside town council voted 5-2 on Tuesday to keep the public library open on Sundays.\nLibrary director Priya Nand said visits on Sundays rose by 40 percent in two years.",
    );
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
  const editorUrl = page.url();
  await page.getByLabel("Headline").fill("Library keeps its Sunday hours");
  await page.getByLabel("Publisher").fill("Riverside Ledger");
  await page.getByLabel("Date published").fill("2026-11-20");
  // Saved as typed, like answers.
  await expect(
    page.getByRole("region", { name: "Where it comes from" }).getByRole("status"),
  ).toHaveText("Saved.");
  await writeWhatHappened(page);
  await expect(
    page.getByRole("region", { name: "Explainer: what happened" }).getByRole("status"),
  ).toHaveText("Saved.");

  await writeSingleChoiceQuestion(page);

  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();
  await expectAccessible(page);

  // Assigned from the article as students will see it.
  await publish.getByRole("link", { name: "the article as they see it" }).click();
  await expect(page).toHaveURL(/\/articles\/library-keeps-its-sunday-hours-[0-9a-f]+$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Library keeps its Sunday hours" }),
  ).toBeVisible();
  const articleUrl = page.url();
  await page.getByRole("link", { name: `Assign All questions to ${klass.name}` }).click();
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "All questions" })).toBeVisible();
  const assignmentUrl = page.url();

  // The student takes it, gets the wrong option's feedback and the evidence link.
  const { studentPage, reviewed, reviewUrl } = await takeAsStudent(
    browser,
    student.id,
    /What did the council decide\?/,
    "To shut the library on Sundays",
  );
  await expect(reviewed).toContainText("The vote was 5-2 to keep it open.");
  await reviewed.getByRole("link", { name: /Show in the article/ }).click();
  await expect(studentPage).toHaveURL(/highlight=p1\.s1,p2\.s1/);
  await expect(
    studentPage.getByRole("region", { name: "Article text" }).locator("mark"),
  ).toHaveCount(2);
  await studentPage.getByRole("link", { name: /Read the explainer/ }).click();
  await expect(
    studentPage.getByText(`Written in plain language by ${teacher.displayName}.`, { exact: false }),
  ).toBeVisible();
  await expectAccessible(studentPage);

  // Version 2: the question is reworded; the old attempt still reviews as it was taken.
  await publishRewordedVersion2(page, editorUrl);
  await studentPage.goto(reviewUrl);
  await expect(
    studentPage.getByRole("article", { name: /What did the council decide\?/ }),
  ).toBeVisible();
  // The assignment stays on version 1 until its teacher moves it there.
  await page.goto(assignmentUrl);
  await expect(page.getByText("Library keeps its Sunday hours (version 1)")).toBeVisible();
  await page.getByRole("button", { name: "Move to version 2" }).click();
  await expect(
    page.getByText(/Moved to version 2: attempts started from now on get it/),
  ).toBeVisible();
  await expect(page.getByText("Library keeps its Sunday hours (version 2)")).toBeVisible();
  await expectAccessible(page);

  // Nobody else reads it by its address: another teacher, or a student of another class.
  const stranger = await teacherPage(browser);
  const outsider = await freshPage(browser);
  await signInAs(
    outsider.context(),
    (await createStudent((await createClass(stranger.teacher.id)).id)).id,
  );
  for (const visitor of [stranger.page, outsider]) {
    expect((await visitor.goto(articleUrl))?.status()).toBe(404);
    await expect(visitor.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(visitor.getByText("Library keeps its Sunday hours")).toHaveCount(0);
  }
});

test("the explainer's other parts are written in the studio, shown to students, and the article moves out and back in as a content pack", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  await writeWhatHappened(page);

  // Who's who: a person, their sources picked from the keyboard.
  const people = page.getByRole("region", { name: "Explainer: who's who" });
  await people.getByRole("button", { name: "Add a person" }).click();
  const person = people.getByRole("group", { name: "Person 1" });
  await person.getByLabel("Name").fill("Ana Ortiz");
  await person.getByLabel("Role").fill("Council member");
  await person
    .getByLabel("About them (standard level)")
    .fill(
      "A council member who argues that Sunday opening hours serve students employed during the working week.",
    );
  await person.getByLabel("About them (simpler level)").fill("She says students need Sundays.");
  await expect(
    people.getByText(
      /Reading grade: standard \d+\.\d, simpler \d+\.\d — too short to compare yet \(100 words at each level\)\./,
    ),
  ).toBeVisible();
  await person.getByRole("button", { name: "Sources: none chosen" }).press("Enter");
  const ortiz = person.getByRole("button", { name: /^p2\.s1 / });
  await ortiz.focus();
  await page.keyboard.press("Space");
  await expect(ortiz).toHaveAttribute("aria-pressed", "true");
  await expect(person.getByRole("button", { name: "Sources: p2.s1" })).toBeVisible();
  await expect(people.getByRole("status")).toHaveText("Saved.");

  // Glossary: a term the text uses.
  const glossary = page.getByRole("region", { name: "Explainer: glossary" });
  await glossary.getByRole("button", { name: "Add a term" }).click();
  const term = glossary.getByRole("group", { name: "Term 1" });
  await term.getByLabel("Term", { exact: true }).fill("budget gap");
  await term
    .getByLabel("Definition (standard level)")
    .fill(
      "The difference between the money a government expects to spend and the money it expects to collect.",
    );
  await term.getByLabel("Definition (simpler level)").fill("Money the town is short.");
  await expect(glossary.getByRole("status")).toHaveText("Saved.");

  // A debate with one case is flagged at its field, and an emptied debate is simply left out.
  const debate = page.getByRole("region", { name: "Explainer: the debate" });
  await debate.getByLabel("The question (standard level)").fill("Can the town afford it?");
  await debate.getByRole("button", { name: "Add a case" }).click();
  await debate.getByRole("group", { name: "Case 1" }).getByLabel("Title").fill("It can");
  await expect(debate.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  const checks = page.getByRole("region", { name: "Checks" });
  await checks
    .getByRole("link", { name: "The debate: the debate needs at least two cases." })
    .click();
  await expect(page).toHaveURL(/#debate-cases$/);
  await expectAccessible(page);
  await debate.getByRole("button", { name: "Remove case 1" }).click();
  await debate.getByLabel("The question (standard level)").fill("");
  await expect(debate.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(checks.getByRole("link", { name: /debate/ })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Explainer: who's who" }).getByLabel("Name"),
  ).toHaveValue("Ana Ortiz");

  await writeSingleChoiceQuestion(page);
  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();

  // The explainer students get has the parts written, and only those.
  await publish.getByRole("link", { name: "the article as they see it" }).click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  await page.getByRole("link", { name: /Read the explainer/ }).click();
  const nav = page.getByRole("navigation", { name: "On this page" });
  await expect(nav.getByRole("link")).toHaveText(["What happened", "Who's who", "Glossary"]);
  await expect(page.getByRole("heading", { name: "Ana Ortiz" })).toBeVisible();
  await expectAccessible(page);

  // Out as a zip, back in as a new draft with everything in it.
  await page.goBack();
  await page.goBack();
  const waiting = page.waitForEvent("download");
  await publish.getByRole("link", { name: "Download version 1 as a content pack (.zip)" }).click();
  const zip = await (await waiting).path();
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles({
    name: "library.zip",
    mimeType: "application/zip",
    buffer: await readFile(zip),
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
  await expect(
    page.getByRole("region", { name: "Explainer: who's who" }).getByLabel("Name"),
  ).toHaveValue("Ana Ortiz");
  await expect(
    page.getByRole("region", { name: "Explainer: glossary" }).getByLabel("Term", { exact: true }),
  ).toHaveValue("budget gap");
  await expect(page.getByLabel("Publisher")).toHaveValue("Riverside Ledger");
  await expect(page.getByRole("heading", { name: /^q1 · / })).toBeVisible();
  await expect(page.getByRole("region", { name: "Checks" }).getByText("To fix:")).toHaveCount(0);
});

test("a question typed but not saved comes back after the tab is closed", async ({ browser }) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  const editorUrl = page.url();
  const writing = page.getByRole("region", { name: "Write a question" });
  await writing.getByLabel("Type of question").selectOption({ label: "True or false" });
  await writing.getByRole("button", { name: "Write a new question" }).click();
  const editor = page.getByRole("form", { name: "Edit question new" });
  await editor
    .getByLabel("Question", { exact: true })
    .fill("The council voted to keep the library open on Sundays.");
  await expect(editor.getByRole("status").filter({ hasText: /^Saved\./ })).toBeVisible();
  await page.close();

  // The same teacher, a new tab.
  const again = await page.context().newPage();
  await again.goto(editorUrl);
  const restored = again.getByRole("form", { name: "Edit question new" });
  await expect(restored.getByLabel("Question", { exact: true })).toHaveValue(
    "The council voted to keep the library open on Sundays.",
  );
  await expect(restored.getByText(/This is what you typed last time/)).toBeVisible();
  await expectAccessible(again);
});

test("two windows of one article: each keeps the other's saved fields, and the same field asks which to keep", async ({
  browser,
}) => {
  const { page: tabA } = await teacherPage(browser);
  await uploadSavedPage(tabA);
  const tabB = await tabA.context().newPage();
  await tabB.goto(tabA.url());
  const where = (tab: Page) => tab.getByRole("region", { name: "Where it comes from" });
  const status = (tab: Page) => where(tab).getByRole("status");

  // A saves the headline; B, opened before that, saves the byline: neither is lost.
  await tabA.getByLabel("Headline").fill("Headline typed in A");
  await expect(status(tabA)).toHaveText("Saved.");
  await tabB.getByLabel("Byline").fill("Byline typed in B");
  await expect(status(tabB)).toContainText("Another window's changes to this part are kept too");
  await expect(tabB.getByLabel("Headline")).toHaveValue("Headline typed in A");
  await tabA.reload();
  await expect(tabA.getByLabel("Headline")).toHaveValue("Headline typed in A");
  await expect(tabA.getByLabel("Byline")).toHaveValue("Byline typed in B");

  // Both change the publisher: B is not told "Saved." and chooses; nothing is written meanwhile.
  await tabA.getByLabel("Publisher").fill("Publisher from A");
  await expect(status(tabA)).toHaveText("Saved.");
  await tabB.getByLabel("Publisher").fill("Publisher from B");
  await expect(status(tabB)).toContainText("Another window changed the same field (publisher)");
  await expect(status(tabB)).not.toContainText("Saved.");
  await expectAccessible(tabB);
  await where(tabB).getByRole("button", { name: "Show the other window's" }).click();
  await expect(tabB.getByLabel("Publisher")).toHaveValue("Publisher from A");
  await tabA.reload();
  await expect(tabA.getByLabel("Publisher")).toHaveValue("Publisher from A");

  // Or B keeps its own, saved over A's on purpose.
  await tabB.getByLabel("Publisher").fill("Publisher from B");
  await expect(status(tabB)).toHaveText("Saved.");
  await tabA.getByLabel("Publisher").fill("Publisher from A, again");
  await expect(status(tabA)).toContainText("Another window changed the same field (publisher)");
  await where(tabA).getByRole("button", { name: "Keep what this window has" }).click();
  await expect(status(tabA)).toHaveText("Saved.");
  await tabB.reload();
  await expect(tabB.getByLabel("Publisher")).toHaveValue("Publisher from A, again");
  await expect(tabB.getByLabel("Headline")).toHaveValue("Headline typed in A");
  await expect(tabB.getByLabel("Byline")).toHaveValue("Byline typed in B");
});
