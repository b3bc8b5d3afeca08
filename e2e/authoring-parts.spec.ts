// The explainer's other parts in the studio and as a content pack, and autosave across a closed
// tab and two windows.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import {
  EDITOR_URL,
  checklist,
  openStep,
  publishFirstVersion,
  uploadSavedPage,
  writeWhatHappened,
  writeSingleChoiceQuestion,
  teacherPage,
} from "./authoring-steps";

test("the explainer's other parts are written in the studio, shown to students, and the article moves out and back in as a content pack", async ({
  browser,
}) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  await writeWhatHappened(page);

  // Who's who: a person, their sources picked from the keyboard.
  await openStep(page, "Rest of the explainer");
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
  const checks = checklist(page);
  await checks
    .getByRole("link", { name: "The debate: the debate needs at least two cases." })
    .click();
  await expect(page).toHaveURL(/#debate-cases$/);
  await expectAccessible(page);
  // A case with something written in it goes only once the teacher says so.
  await debate.getByRole("button", { name: "Remove case 1" }).click();
  const asking = page.getByRole("dialog", { name: "Remove case 1?" });
  await expect(asking.getByRole("button", { name: "Keep it" })).toBeFocused();
  await asking.getByRole("button", { name: "Remove case 1" }).click();
  await debate.getByLabel("The question (standard level)").fill("");
  await expect(debate.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(checks.getByRole("link", { name: /debate/ })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Explainer: who's who" }).getByLabel("Name"),
  ).toHaveValue("Ana Ortiz");

  await writeSingleChoiceQuestion(page);
  await publishFirstVersion(page);
  const publish = page.getByRole("region", { name: "Publish" });

  // The explainer students get has the parts written, and only those.
  await publish.getByRole("link", { name: "the published article" }).click();
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
  await page
    .getByRole("region", { name: "Assign" })
    .getByRole("link", { name: "Download version 1 as a content pack (.zip)" })
    .click();
  const zip = await (await waiting).path();
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles({
    name: "library.zip",
    mimeType: "application/zip",
    buffer: await readFile(zip),
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(EDITOR_URL);
  await expect(page.getByLabel("Publisher")).toHaveValue("Riverside Ledger");
  await expect(checklist(page)).toContainText("Ready to publish: nothing blocks publishing.");
  await openStep(page, "Rest of the explainer");
  await expect(
    page.getByRole("region", { name: "Explainer: who's who" }).getByLabel("Name"),
  ).toHaveValue("Ana Ortiz");
  await expect(
    page.getByRole("region", { name: "Explainer: glossary" }).getByLabel("Term", { exact: true }),
  ).toHaveValue("budget gap");
  await openStep(page, "Questions");
  await expect(page.getByRole("heading", { name: /^q1 · / })).toBeVisible();
});

test("a question typed but not saved comes back after the tab is closed", async ({ browser }) => {
  const { page } = await teacherPage(browser);
  await uploadSavedPage(page);
  await openStep(page, "Questions");
  const editorUrl = page.url();
  const writing = page.getByRole("region", { name: "Write a question" });
  await writing.getByLabel("Type of question").selectOption({ label: "True or false" });
  await writing.getByRole("button", { name: "Write a new question" }).click();
  const editor = page.getByRole("form", { name: "Edit question new" });
  await editor
    .getByLabel("Statement students judge true or false")
    .fill("The council voted to keep the library open on Sundays.");
  await expect(editor.getByRole("status").filter({ hasText: /^Saved\./ })).toBeVisible();
  await page.close();

  // The same teacher, a new tab.
  const again = await page.context().newPage();
  await again.goto(editorUrl);
  const restored = again.getByRole("form", { name: "Edit question new" });
  await expect(restored.getByLabel("Statement students judge true or false")).toHaveValue(
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
