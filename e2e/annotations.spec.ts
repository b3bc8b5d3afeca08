// Highlights and notes (issue 32, point 3): a student marks words by selecting them, or a
// sentence from the keyboard, in one of four named kinds with an icon; adds notes; finds them
// beside the article on return; nothing typed is lost offline; the teacher sees them, as text,
// from the student's page and the assignment report.
import type { Page } from "@playwright/test";
import {
  createAssignment,
  createClass,
  createEarlierHighlight,
  createStudent,
  createTeacher,
} from "./factories";
import { ARTICLE, expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";

const FIRST = "North Korean leader Kim Jong Un is likely to be in Russia this month";

/**
 * Selects words of a sentence as a finger would: starting and stopping inside a word (the page
 * widens the selection to whole words).
 */
async function selectWords(page: Page, sentenceId: string, words: string) {
  await page.evaluate(
    ({ id, wanted }) => {
      const sentence = document.getElementById(id);
      if (!sentence) throw new Error(`no sentence ${id}`);
      const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + wanted.length - 1);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one text node of ${id}`);
    },
    { id: sentenceId, wanted: words },
  );
}

const item = (page: Page, sentence: number) =>
  page.getByRole("listitem", { name: `Highlight of sentence ${sentence}` });

test("a student marks words by selection and a sentence from the keyboard, with notes kept on return; the teacher reads them as text", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  const assignment = await createAssignment(klass.id, ARTICLE, "key-facts");
  await signInAs(page.context(), student.id);
  await page.goto(`/articles/${ARTICLE}`);
  await expect(page.getByRole("heading", { name: "Your highlights (0)" })).toBeVisible();

  // By selection: the bar offers the four kinds, each named and with its icon.
  await selectWords(page, "p1.s1", "Kim Jong Un");
  const bar = page.getByRole("region", { name: "Mark the selected words" });
  await expect(bar).toContainText("Mark “Kim Jong Un” as:");
  await expect(bar.getByRole("button")).toHaveText([
    "Main point",
    "Evidence",
    "Question",
    "Word to learn",
  ]);
  await expect(bar.locator("svg")).toHaveCount(4);
  await bar.getByRole("button", { name: "Question" }).click();
  await expect(bar).toHaveCount(0);
  const mark = page.locator('[id="p1.s1"] mark.annotation-question');
  await expect(mark).toHaveText("Question: Kim Jong Un");
  await expect(page.getByRole("status").filter({ hasText: "Marked as Question" })).toBeVisible();
  const first = item(page, 1);
  await expect(first).toContainText("Question");
  await expect(first.getByRole("link", { name: "Sentence 1" })).toHaveAttribute("href", "#p1.s1");
  const hostile = "<img src=x onerror=alert(1)> Is he really going?";
  await first.getByLabel("Note").fill(hostile);
  await expect(first).toContainText("Saved");

  // From the keyboard alone: a sentence, some of its words, a kind, a note, and Enter.
  await page.getByLabel("Sentence", { exact: true }).focus();
  for (let step = 1; step < 4; step++) await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Sentence", { exact: true })).toHaveValue("p2.s2");
  await page.keyboard.press("Tab");
  await page.keyboard.type("ARTILLERY   ammunition");
  await page.keyboard.press("Tab");
  // Into the kind radios (the first is checked), then the arrow keys pick Evidence.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Evidence" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Kirby says it, not a document.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add highlight" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('[id="p2.s2"] mark.annotation-evidence')).toHaveText(
    "Evidence: artillery ammunition",
  );
  await expect(item(page, 4)).toContainText("Saved");

  // Words the sentence does not have are refused with a message; nothing is added.
  await page.getByLabel("Only these words (optional)").fill("submarines");
  await page.getByRole("button", { name: "Add highlight" }).click();
  await expect(page.locator("#mark-error")).toHaveText("“submarines” is not in sentence 1.");
  await expect(page.getByRole("heading", { name: "Your highlights (2)" })).toBeVisible();
  await expectAccessible(page);

  // On return: both in the text and beside it, the notes as typed.
  await page.reload();
  await expect(page.locator("mark.annotation")).toHaveCount(2);
  await expect(item(page, 1).getByLabel("Note")).toHaveValue(hostile);
  await expect(item(page, 4).getByLabel("Note")).toHaveValue("Kirby says it, not a document.");

  // The teacher: a count on the report, the highlights on the student's page, as text.
  const teacherPage = await freshPage(browser);
  await signInAs(teacherPage.context(), teacher.id);
  await teacherPage.goto(`/teacher/assignments/${assignment.id}`);
  await teacherPage
    .getByRole("row")
    .filter({ hasText: student.displayName })
    .getByRole("link", { name: `2 highlights, 2 notes by ${student.displayName}` })
    .click();
  const notes = teacherPage.getByRole("region", { name: "Highlights and notes" });
  await expect(notes).toContainText("Kim Jong Un");
  await expect(notes).toContainText(`Note: ${hostile}`);
  await expect(notes.locator("img")).toHaveCount(0);
  await expect(notes).toContainText("Evidence");
  await expectAccessible(teacherPage);
});

test("a note typed offline is kept on the device and saved on the next visit; a removal can be undone; an earlier version's highlights keep their words", async ({
  page,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await createEarlierHighlight(student.id, ARTICLE, "a sentence since rewritten", "Still mine.");
  await signInAs(page.context(), student.id);
  await page.goto(`/articles/${ARTICLE}`);
  // Listed with the words that version had, not placed in a text that no longer has them.
  const earlier = page.getByRole("listitem", { name: "Highlight of an earlier version" });
  await expect(earlier).toContainText("a sentence since rewritten");
  await expect(earlier.getByLabel("Note")).toHaveValue("Still mine.");
  await expect(page.locator("mark.annotation")).toHaveCount(0);
  await selectWords(page, "p1.s1", FIRST);
  await page
    .getByRole("region", { name: "Mark the selected words" })
    .getByRole("button", { name: "Main point" })
    .click();
  const first = item(page, 1);
  await expect(first).toContainText("Saved");

  await page.context().setOffline(true);
  await first.getByLabel("Note").fill("Written on the bus.");
  await expect(first).toContainText("Not saved: No connection. Kept on this device");
  // The tab is closed before the connection returns.
  const context = page.context();
  await page.close();
  await context.setOffline(false);
  const later = await context.newPage();
  await later.goto(`/articles/${ARTICLE}`);
  await expect(item(later, 1).getByLabel("Note")).toHaveValue("Written on the bus.");
  await expect(item(later, 1)).toContainText("Saved");
  await later.reload();
  await expect(item(later, 1).getByLabel("Note")).toHaveValue("Written on the bus.");

  await item(later, 1).getByRole("button", { name: "Remove the highlight of sentence 1" }).click();
  await expect(later.locator("mark.annotation")).toHaveCount(0);
  await later.getByRole("button", { name: "Undo" }).click();
  await expect(later.locator("mark.annotation-main")).toHaveCount(1);
  await expect(item(later, 1).getByLabel("Note")).toHaveValue("Written on the bus.");
});
