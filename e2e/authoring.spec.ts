// The studio, from a saved news page or pasted text to a checked draft: provenance, refused
// uploads, who may read a draft, and what happened at two reading levels.
import { readFile } from "node:fs/promises";
import { savedSingleFile } from "../test-support/mhtml";
import { createClass, createStudent } from "./factories";
import { expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";
import {
  SAVED_PAGE,
  EDITOR_URL,
  checklist,
  openStep,
  uploadSavedPage,
  teacherPage,
} from "./authoring-steps";

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
  const checks = checklist(page);
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
    "The U.S. Steel plant next door has offered its parking lot on weekends.",
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

  const checks = checklist(page);
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
      "Upload a saved web page (.html, .htm or a single-file .mhtml), a text file (.txt) or an article exported from Debrief (.zip).",
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

test("a Chromebook's single-file page with its pictures imports: only the page inside it is sent", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await page.goto("/teacher/articles/new");
  const html = await readFile(SAVED_PAGE, "utf8");
  // 8 MB with its pictures, four times the limit for a page on its own.
  const saved = savedSingleFile(html, "quoted-printable", { pictureBytes: 8 * 1024 * 1024 });
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles({
    name: "Town council votes to keep the library open.mhtml",
    mimeType: "multipart/related",
    buffer: Buffer.from(saved),
  });
  await expect(page.getByRole("status").filter({ hasText: /^Only the page is sent/ })).toHaveText(
    /^Only the page is sent, \d+ KB of the file's 8\.\d MB: its pictures stay on this computer\.$/,
  );
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Town council votes to keep the library open on Sundays",
    }),
  ).toBeVisible();
  await expect(page.getByLabel("Byline")).toHaveValue("Dana Whitfield");
  await expect(
    page.getByRole("region", { name: "Text" }).getByRole("heading", { name: /^Paragraph p\d+$/ }),
  ).toHaveCount(4);

  // A file of that kind holding no page says so, and nothing is sent.
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles({
    name: "not-a-page.mhtml",
    mimeType: "multipart/related",
    buffer: Buffer.alloc(3 * 1024 * 1024, "a"),
  });
  await expect(
    page.getByText("That file holds no web page that can be read.", { exact: false }),
  ).toBeVisible();
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

  await openStep(page, "Publish and assign");
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
  await openStep(other.page, "Publish and assign");
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
  const checks = checklist(page);
  await expect(
    checks.getByRole("link", {
      name: "What happened: the standard reading level must not be empty.",
    }),
  ).toBeVisible();
  await openStep(page, "What happened");

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
