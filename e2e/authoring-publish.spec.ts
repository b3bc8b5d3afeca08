// From a draft to an assigned quiz: all nine question types published, assigned, taken with
// evidence links, and old attempts keeping their version.
import type { Locator } from "@playwright/test";
import { createClass, createStudent } from "./factories";
import { expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";
import {
  EDITOR_URL,
  checklist,
  openStep,
  uploadSavedPage,
  writeWhatHappened,
  writeSingleChoiceQuestion,
  takeAsStudent,
  publishRewordedVersion2,
  teacherPage,
} from "./authoring-steps";

test("done means: a saved news page becomes an assigned quiz of all nine types, and its old attempts keep their version", async ({
  browser,
}) => {
  const { teacher, page } = await teacherPage(browser);
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await uploadSavedPage(page);
  const editorUrl = page.url();
  const checks = checklist(page);

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
  await openStep(page, "Questions");
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
  // Its answer is its citation: no second pick of the same sentence.
  await expect(editor.getByRole("group", { name: "Sentences question new rests on" })).toBeHidden();
  // Left out: the explanation. The type's schema names the field, and it takes focus.
  await editor.getByRole("button", { name: "Save the new question" }).click();
  await expect(editor.getByLabel("Explanation shown after answering")).toHaveAccessibleDescription(
    "Explanation must not be empty.",
  );
  await expect(editor.getByLabel("Explanation shown after answering")).toBeFocused();
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
    await editor
      .getByLabel(
        type === "True or false" ? "Statement students judge true or false" : "Question",
        {
          exact: true,
        },
      )
      .fill(`A ${type} question?`);
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

  // Published, and assigned where it is published: the article is picked, its headline the title.
  await openStep(page, "Publish and assign");
  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();
  const headline = "Town council votes to keep the library open on Sundays";
  await page.getByRole("link", { name: `Assign to ${klass.name}` }).click();
  await expect(page.getByLabel("Article")).toHaveValue(/^town-council-votes-/);
  await expect(page.getByLabel("Title")).toHaveValue(headline);
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  // The student's wrong choice gets its feedback, and the link to the sentences.
  const prompt = /What did the council decide on Tuesday\?/;
  const { studentPage, reviewed, reviewUrl } = await takeAsStudent(
    browser,
    student.id,
    headline,
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

  await openStep(page, "Publish and assign");
  const publish = page.getByRole("region", { name: "Publish" });
  await publish.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(publish.getByText(/Published version 1\./)).toBeVisible();
  await expectAccessible(page);

  // Assigned from the article as students will see it.
  await publish.getByRole("link", { name: "the published article" }).click();
  await expect(page).toHaveURL(/\/articles\/library-keeps-its-sunday-hours-[0-9a-f]+$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Library keeps its Sunday hours" }),
  ).toBeVisible();
  const articleUrl = page.url();
  await page.getByRole("link", { name: `Assign All questions to ${klass.name}` }).click();
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Library keeps its Sunday hours" }),
  ).toBeVisible();
  const assignmentUrl = page.url();

  // The student takes it, gets the wrong option's feedback and the evidence link.
  const { studentPage, reviewed, reviewUrl } = await takeAsStudent(
    browser,
    student.id,
    "Library keeps its Sunday hours",
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
