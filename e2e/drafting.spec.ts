// The ten-minute path: a saved news page becomes an assigned quiz by reviewing what Debrief
// drafts from it — accepting, editing one field, dismissing — counted in user actions.
import type { Locator } from "@playwright/test";
import { createClass, createStudent } from "./factories";
import { expect, expectAccessible, test } from "./fixtures";
import {
  EDITOR_URL,
  SAVED_PAGE,
  checklist,
  openStep,
  takeAsStudent,
  teacherPage,
} from "./authoring-steps";

/** At most this many clicks, keys and typed fields from "New article" to an assignment. */
const MAX_ACTIONS = 25;

/** A kind's count of drafts to review, accepted and dismissed (each button has a status too). */
const tally = (kind: Locator) => kind.getByRole("status").filter({ hasText: "to review" });

test("a teacher turns a saved news page into an assigned quiz by reviewing drafts, in at most 25 actions", async ({
  browser,
}) => {
  const { teacher, page } = await teacherPage(browser);
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  let actions = 0;
  /** One thing the teacher does: a click, a key, a field typed, a file chosen. */
  const act = async (step: () => Promise<unknown>) => {
    actions += 1;
    await step();
  };

  await page.goto("/teacher/articles");
  await act(() => page.getByRole("link", { name: "New article" }).click());
  await act(() =>
    page.getByLabel("Saved web page, text file or Debrief pack").setInputFiles(SAVED_PAGE),
  );
  await act(() => page.getByRole("button", { name: "Continue" }).click());
  await expect(page).toHaveURL(EDITOR_URL);

  // Each step offers the drafts for what it edits: what happened's outline on its own step.
  await act(() => openStep(page, "What happened"));
  const drafts = page.getByRole("region", { name: "Drafts from the article" });
  await expect(drafts).toBeVisible();
  await expectAccessible(page);

  // What happened: its sources ticked from the outline, from the keyboard; the text written.
  const outline = drafts.getByRole("region", { name: "What happened" });
  await outline.getByRole("button", { name: "Accept What happened, draft 1", exact: true }).focus();
  await act(() => page.keyboard.press("Enter"));
  await expect(tally(outline)).toHaveText("0 to review · 1 accepted · 0 dismissed");
  await expect(
    page.getByRole("group", { name: "Sentences what happened is based on" }).getByRole("button", {
      name: /^p1\.s1 /,
    }),
  ).toHaveAttribute("aria-pressed", "true");
  await act(() =>
    page
      .getByLabel("What happened (standard level)")
      .fill("The Riverside town council voted to keep the public library open on Sundays."),
  );
  await act(() =>
    page.getByLabel("What happened (simpler level)").fill("The library will stay open on Sundays."),
  );

  // Who says what: three "who said…?", three find-the-sentence and a matching, all at once.
  await act(() => openStep(page, "Questions"));
  const whoSays = drafts.getByRole("region", { name: "Who says what" });
  await expect(
    whoSays.getByText(
      "According to the article, who said visits on Sundays rose by 40 percent in two years?",
    ),
  ).toBeVisible();
  await act(() =>
    whoSays.getByRole("button", { name: "Accept all 7 that pass the checks", exact: true }).click(),
  );
  await expect(tally(whoSays)).toHaveText("0 to review · 7 accepted · 0 dismissed");

  // Fact, claim or forecast: the sort.
  const evidence = drafts.getByRole("region", { name: "Fact, claim or forecast" });
  await act(() =>
    evidence
      .getByRole("button", { name: "Accept Fact, claim or forecast, draft 1", exact: true })
      .click(),
  );
  await expect(tally(evidence)).toHaveText("0 to review · 1 accepted · 0 dismissed");

  // Key details: one edited in its editor (one field), the other accepted as it is.
  const details = drafts.getByRole("region", { name: "Key details" });
  await act(() =>
    details
      .getByRole("button", { name: "Edit then accept Key details, draft 1", exact: true })
      .click(),
  );
  const edit = page.getByRole("form", { name: "Edit question q9" });
  await expect(edit).toBeVisible();
  await act(() =>
    edit
      .getByLabel("Question", { exact: true })
      .fill("How big was the budget gap, in millions of dollars?"),
  );
  await act(() => edit.getByRole("button", { name: "Save question q9" }).click());
  await expect(edit.getByText("Saved question q9.")).toBeVisible();
  await act(() =>
    details.getByRole("button", { name: "Accept Key details, draft 1", exact: true }).click(),
  );
  await expect(tally(details)).toHaveText("4 to review · 2 accepted · 0 dismissed");

  // One dismissed, and it stays dismissed on the next visit.
  await act(() =>
    details.getByRole("button", { name: "Dismiss Key details, draft 1", exact: true }).click(),
  );
  await expect(tally(details)).toHaveText("3 to review · 2 accepted · 1 dismissed");
  await page.reload();
  await expect(tally(details)).toHaveText("3 to review · 2 accepted · 1 dismissed");

  const list = page.getByRole("region", { name: "Questions" });
  await expect(list.getByRole("heading", { name: /^q\d+ · / })).toHaveCount(10);
  for (const type of [
    "Single choice",
    "Find the sentence",
    "Matching",
    "Sort into categories",
    "Fill in the blank",
  ])
    await expect(
      list.getByRole("heading", { name: new RegExp(` · ${type}$`) }).first(),
    ).toBeVisible();
  await expect(checklist(page)).toContainText("Ready to publish: nothing blocks publishing.");
  await expectAccessible(page);

  await act(() => openStep(page, "Publish and assign"));
  const publish = page.getByRole("region", { name: "Publish" });
  await act(() => publish.getByRole("button", { name: "Publish", exact: true }).click());
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();
  await act(() => page.getByRole("link", { name: `Assign to ${klass.name}` }).click());
  await act(() => page.getByRole("button", { name: "Assign to the class" }).click());
  const headline = "Town council votes to keep the library open on Sundays";
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  expect(actions).toBeLessThanOrEqual(MAX_ACTIONS);

  // A student takes it: a drafted question, with its evidence link back to the article.
  const { studentPage, reviewed } = await takeAsStudent(
    browser,
    student.id,
    headline,
    /who said visits on Sundays rose by 40 percent/,
    "Council member Ana Ortiz",
  );
  await expect(reviewed).toContainText(
    "The article gives this to Library director Priya Nand (p4.s1)",
  );
  await reviewed.getByRole("link", { name: /Show in the article/ }).click();
  await expect(studentPage).toHaveURL(/highlight=p4\.s1/);
});
