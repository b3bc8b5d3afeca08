// The everyday flows as a teacher lives them (issue 17): no screen that says something untrue.
import type { Browser, Locator, Page } from "@playwright/test";
import { createAssignment, createClass, createStudent, createTeacher } from "./factories";
import {
  ARTICLE,
  expect,
  expectAccessible,
  freshPage,
  signInAs,
  TEACHER_STATE,
  test,
} from "./fixtures";

/** A student (in a browser of their own) starts an assignment from their home, answers, hands in. */
async function handIn(
  browser: Browser,
  studentId: string,
  title: string,
  answer: (page: Page) => Promise<void>,
) {
  const taker = await freshPage(browser);
  await signInAs(taker.context(), studentId);
  await taker.goto("/student");
  await taker.getByRole("button", { name: `Start ${title}` }).click();
  await answer(taker);
  await taker.getByRole("button", { name: "Submit answers" }).click();
  return taker;
}

/** Answers a question by its number, and waits for the save. */
async function answerQuestion(page: Page, number: number, act: (region: Locator) => Promise<void>) {
  const region = page.getByRole("region", { name: new RegExp(`^Question ${number} `) });
  await act(region);
  await expect(region.getByRole("status").last()).toHaveText(/^✓ Saved$/);
}

test("assigning: the title follows the quiz, due defaults to 23:59, extra time needs a time limit", async ({
  page,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${klass.id}/assignments/new`);

  // The title names the article, and the quiz where the article has several.
  const headline = "Kim Jong Un expected in Russia as arms talks advance";
  const title = page.getByLabel("Title");
  await expect(page.getByLabel("Article", { exact: true })).toHaveValue("kim-putin-arms-talks");
  await expect(title).toHaveValue(`${headline}: Key facts`);
  await page
    .getByLabel("Quiz")
    .selectOption({ label: "Transactional or strategic? (8 questions)" });
  await expect(title).toHaveValue(`${headline}: Transactional or strategic?`);
  // A title of the teacher's own is kept.
  await title.fill("Monday's debate");
  await page.getByLabel("Quiz").selectOption({ label: "Who wants what (12 questions)" });
  await expect(title).toHaveValue("Monday's debate");
  await page
    .getByLabel("Quiz")
    .selectOption({ label: "Transactional or strategic? (8 questions)" });
  await expect(page.getByLabel("Due")).toHaveValue(/T23:59$/);
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Monday's debate" })).toBeVisible();
  await expect(page.getByText(/the highest counts; .*; 8 questions/)).toBeVisible();
  // Before anyone hands in, the analysis says what it will show instead of empty tables.
  const analysis = page.getByRole("region", { name: "Analysis" });
  await expect(analysis).toContainText("The analysis appears once a student has handed in");
  await expect(analysis.getByRole("table")).toHaveCount(0);

  // No time limit: extra time would do nothing, so it is refused with the way that works.
  await page.getByText(`None for ${student.displayName}`).click();
  const accommodation = page.getByRole("form", {
    name: `Accommodation for ${student.displayName}`,
  });
  await expect(accommodation).toContainText("only an own due date gives more time");
  await accommodation.getByLabel("Extra time (minutes)").fill("15");
  await accommodation.getByRole("button", { name: "Save accommodation" }).click();
  await expect(accommodation.getByRole("alert")).toContainText(
    "This assignment has no time limit, so extra time would change nothing.",
  );
  await page.reload();
  await expect(page.getByText(`None for ${student.displayName}`)).toBeVisible();
  await expectAccessible(page);
});

test("grading says when the student will really see the grade, and keeps the saved scores", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  const { id } = await createAssignment(klass.id, ARTICLE, null, {
    title: "Debate later",
    questionIds: ["q28"],
    feedbackPolicy: "AFTER_DUE",
  });
  const taker = await handIn(browser, student.id, "Debate later", (page) =>
    answerQuestion(page, 1, async (written) => {
      await written.getByLabel("Strategic", { exact: true }).check();
      await written.getByLabel(/Reasoning/).fill("The technology would last for years.");
    }),
  );
  await expect(taker.getByText(/after the due date/)).toBeVisible();

  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/assignments/${id}/grading`);
  const form = page.getByRole("form", { name: `Grade ${student.displayName}` });
  await form.getByLabel("Claim: 1 of 1").check();
  await form.getByLabel("Evidence: 0 of 2").check();
  await form.getByLabel("Reasoning: 2 of 3").check();
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("status")).toHaveText(
    new RegExp(
      `^Saved ${student.displayName}'s grade: 3 of 6\\. The student will see it from .+, once nobody in the class can still hand in\\.$`,
    ),
  );
  await expect(page.getByText(/graded 3 points/)).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("Claim: 1 of 1")).toBeChecked();
  await expect(form.getByLabel("Reasoning: 2 of 3")).toBeChecked();
  await expectAccessible(page);
});

test("work awaiting grading is never shown or charted as a score, and the class figures say what they rest on, on every screen", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const writer = await createStudent(klass.id);
  const chooser = await createStudent(klass.id);
  await createAssignment(klass.id, ARTICLE, null, {
    title: "Mixed check",
    questionIds: ["q05", "q28"],
  });
  for (const [student, option, reasoning] of [
    [writer, /start of a lasting military alliance/, "The technology lasts."],
    [chooser, /more about a swap each side needs now/, ""],
  ] as const) {
    const taker = await handIn(browser, student.id, "Mixed check", async (page) => {
      await answerQuestion(page, 1, (choice) => choice.getByLabel(option).check());
      if (reasoning) {
        await answerQuestion(page, 2, (written) => written.getByLabel(/Reasoning/).fill(reasoning));
      }
    });
    // The writer's own result page: no score while the written answer waits.
    await expect(taker.getByRole("heading", { name: /Your score/ })).toHaveText(
      reasoning ? "Your score: Awaiting grading" : "Your score: 1 / 7 (14%)",
    );
    if (reasoning) {
      await taker.goto("/student/history");
      const row = taker.getByRole("row").filter({ hasText: "Mixed check" });
      await expect(row.getByRole("cell").nth(3)).toHaveText("Awaiting grading");
    }
    await taker.close();
  }

  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${klass.id}/gradebook`);
  const writerRow = page.getByRole("row", { name: new RegExp(writer.displayName) });
  await expect(writerRow).toContainText("Awaiting grading");
  await expect(writerRow).not.toContainText("%");
  // 1 of 7 points for the student whose work is complete, rounded as on every screen; the
  // pending one is not averaged in, and the figures say so.
  await expect(page.getByRole("row", { name: new RegExp(chooser.displayName) })).toContainText(
    "14%",
  );
  await expect(page.getByRole("row", { name: /Class mean/ })).toContainText(
    "14% (mean of 1 graded · 1 awaiting grading)",
  );
  await expect(page.getByRole("row", { name: /Class median/ })).toContainText(
    "14% (median of 1 graded · 1 awaiting grading)",
  );
  await expectAccessible(page);

  await page.getByRole("link", { name: "Report: Mixed check" }).click();
  const students = page.getByRole("region", { name: "Students" });
  await expect(
    students
      .getByRole("row", { name: new RegExp(writer.displayName) })
      .getByRole("cell")
      .nth(1),
  ).toHaveText(/^Awaiting grading/);
  await expect(
    page.getByRole("definition").filter({ hasText: /mean of 1 graded · 1 awaiting grading/ }),
  ).toBeVisible();

  await page.goto(`/teacher/classes/${klass.id}/students/${writer.id}`);
  await expect(page.getByRole("row").filter({ hasText: "Mixed check" })).toContainText(
    "Awaiting grading",
  );
  // The chart is named by its title and what it shows, in words.
  await expect(page.getByRole("img", { name: /scores over time/ })).toHaveAccessibleName(
    /scores over time No graded scores yet\. 1 more is awaiting grading and not charted\./,
  );
  await expectAccessible(page);
});

test("homework opens in its assignment, practice opens once it is handed in and says it is practice, and My work names the class", async ({
  page,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await createAssignment(klass.id, ARTICLE, "key-facts", { title: "Key facts" });
  await signInAs(page.context(), student.id);
  await page.goto(`/articles/${ARTICLE}`);
  const card = page.getByRole("listitem").filter({ hasText: "Assigned in" });
  await expect(card).toContainText(`Assigned in ${klass.name} — due`);
  await page.getByRole("button", { name: `Start Key facts for ${klass.name}` }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByText("Practice: not graded or handed in")).toHaveCount(0);
  await page.goto(`/articles/${ARTICLE}`);
  await expect(
    page.getByRole("link", { name: `Resume Key facts for ${klass.name}` }),
  ).toBeVisible();
  // Practice would show every key before the graded attempt: it opens once that is handed in.
  await expect(page.getByRole("button", { name: "Practise Key facts", exact: true })).toHaveCount(
    0,
  );
  await expect(
    page.getByText("Practice opens once you have handed in the assignment"),
  ).toBeVisible();
  await page.getByRole("link", { name: `Resume Key facts for ${klass.name}` }).click();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score/ })).toBeVisible();
  await page.goto(`/articles/${ARTICLE}`);
  await page.getByRole("button", { name: "Practise Key facts", exact: true }).click();
  await expect(
    page.getByText("Practice: not graded or handed in. Your teacher can see that you practised."),
  ).toBeVisible();
  await page.goto("/student/history");
  const rows = page.getByRole("region", { name: "Every attempt" }).getByRole("row");
  await expect(rows.filter({ hasText: "Practice (not handed in)" })).toHaveCount(1);
  await expect(rows.filter({ hasText: klass.name })).toHaveCount(1);
  await expectAccessible(page);
});

test("no dead ends for the student: the article, the explainer, and what was handed in", async ({
  page,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await createAssignment(klass.id, ARTICLE, null, {
    title: "Evidence later",
    questionIds: ["q05", "q28"],
    attemptsAllowed: 1,
    feedbackPolicy: "AFTER_DUE",
  });
  await signInAs(page.context(), student.id);
  await page.goto("/student");
  await expect(
    page.getByRole("link", { name: "Read the article for Evidence later" }),
  ).toHaveAttribute("href", `/articles/${ARTICLE}`);
  await expect(page.getByRole("link", { name: "Explainer for Evidence later" })).toHaveAttribute(
    "href",
    `/articles/${ARTICLE}/explainer`,
  );
  await page.getByRole("button", { name: "Start Evidence later" }).click();
  const choice = page.getByRole("region", { name: /^Question 1 / });
  await choice.getByLabel(/more about a swap each side needs now/).check();
  const written = page.getByRole("region", { name: /^Question 2 / });
  await written.getByLabel(/In return, Kim Jong Un wants Moscow/).check();
  await expect(written.getByText("1 selected")).toBeVisible();
  await written.getByLabel(/Reasoning/).fill("The technology lasts.");
  await expect(written.getByRole("status").last()).toHaveText(/^✓ Saved$/);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("button", { name: "Hand it in" }).click();
  // Feedback waits for the due date, but the student sees what they handed in.
  const handedIn = page.getByRole("region", { name: "What you handed in" });
  await expect(handedIn).toContainText("The deal is more about a swap each side needs now");
  await expect(handedIn).toContainText("Reasoning: The technology lasts.");
  await page.goto("/student");
  await page.getByRole("link", { name: "Review what you handed in for Evidence later" }).click();
  await expect(page.getByRole("region", { name: "What you handed in" })).toBeVisible();
  await expectAccessible(page);
});

test("a teacher previews a quiz as students see it and assigns it from the article", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await signInAs(page.context(), teacher.id);
  await page.goto(`/articles/${ARTICLE}`);
  await page.getByRole("link", { name: "Preview Key facts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Key facts" })).toBeVisible();
  await expect(page.getByText("Preview: this is what students see.")).toBeVisible();
  const first = page.getByRole("region", { name: /what are Kim and Putin expected to focus on/ });
  await first.getByLabel(/Russia getting military equipment/).check();
  await expect(first.getByLabel(/Russia getting military equipment/)).toBeChecked();
  await expectAccessible(page);

  await page.goto(`/articles/${ARTICLE}`);
  await page
    .getByRole("link", { name: `Assign Transactional or strategic? to ${klass.name}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "New assignment" })).toBeVisible();
  await expect(page.getByLabel("Quiz")).toHaveValue("quiz:transactional-or-strategic");
  await expect(page.getByLabel("Title")).toHaveValue(
    "Kim Jong Un expected in Russia as arms talks advance: Transactional or strategic?",
  );

  // Students do not get the preview.
  const other = await freshPage(browser);
  await signInAs(other.context(), student.id);
  await other.goto(`/articles/${ARTICLE}/preview/key-facts`);
  await expect(other.getByText("Preview: this is what students see.")).toHaveCount(0);
});

test.describe("the demo class, as the quick start leaves it", () => {
  test.use({ storageState: TEACHER_STATE });

  test("is in full swing: a gradebook, a grading queue and an analysis to read", async ({
    page,
  }) => {
    await page.goto("/teacher");
    await page.getByRole("link", { name: /Period 3 — Current Events/ }).click();
    await page.getByRole("link", { name: "Gradebook" }).click();
    const book = page.getByRole("table");
    // 24 students, a header row and the mean and median rows.
    await expect(book.getByRole("row")).toHaveCount(27);
    for (const title of ["Key facts", "Transactional or strategic?", "Who wants what"]) {
      await expect(book.getByRole("columnheader", { name: new RegExp(title) })).toBeVisible();
    }
    await expect(book).toContainText("Awaiting grading");
    await page.getByRole("link", { name: "Report: Transactional or strategic?" }).click();
    await page.getByRole("link", { name: "Grade written answers" }).click();
    await expect(page.getByText(/^\d+ of \d+ awaiting a grade\.$/)).toBeVisible();
    await page.goto("/teacher");
    await page.getByRole("link", { name: /Period 3 — Current Events/ }).click();
    await page.getByRole("link", { name: "Key facts", exact: true }).click();
    const analysis = page.getByRole("region", { name: "Analysis" });
    await expect(analysis).toContainText(/Misconception \S+ \(\d+\)/);
    await expect(analysis.getByRole("table")).toBeVisible();
    await expectAccessible(page);
  });
});

test("on a phone no student page is wider than the screen, a table too wide for it says there is more, chart labels are readable, ordering buttons stay put, and unanswered questions are named", async ({
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  await createAssignment(klass.id, ARTICLE, null, {
    title: "Phone check",
    questionIds: ["q05", "q28"],
  });
  await createAssignment(klass.id, ARTICLE, "key-facts", { title: "Still open" });
  const taker = await handIn(browser, student.id, "Phone check", async (page) => {
    await answerQuestion(page, 2, (written) => written.getByLabel(/Reasoning/).fill("It lasts."));
    // What is left is named, and each name leads to its question.
    const left = page.getByText(/^1 question unanswered:/);
    await expect(left).toHaveText("1 question unanswered: Question 1. You can still submit.");
    await left.getByRole("link", { name: "Question 1" }).click();
    await expect(page.getByRole("heading", { name: /^Question 1/ })).toBeInViewport();
  });
  await expect(taker.getByRole("heading", { name: /Your score/ })).toBeVisible();
  const review = taker.url();
  await taker.goto("/student");
  await taker.getByRole("button", { name: "Start Still open" }).click();
  await expect(taker).toHaveURL(/\/attempts\//);
  const working = taker.url();

  await taker.setViewportSize({ width: 390, height: 844 });
  for (const path of [
    "/student",
    "/student/history",
    "/student/review",
    `/articles/${ARTICLE}`,
    `/articles/${ARTICLE}/explainer`,
    working,
    review,
    "/account/password",
  ]) {
    await taker.goto(path);
    const overflow = await taker.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
  }
  // An ordering question's Up and Down buttons keep their place on every item, long or short.
  await taker.goto(working);
  for (const direction of ["up", "down"]) {
    const lefts = await taker
      .getByRole("button", { name: new RegExp(`^Move ".+" ${direction}$`) })
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().left)));
    expect(lefts.length).toBeGreaterThan(3);
    expect(new Set(lefts).size, `${direction} buttons at ${lefts.join(", ")}`).toBe(1);
  }
  // My work's table scrolls in its own box, which draws a shadow at the edge with more.
  await taker.goto("/student/history");
  // The score chart's labels are drawn at a size a phone can read (they were 6 px).
  const labels = await taker
    .getByRole("img", { name: /scores over time/ })
    .locator("text")
    .evaluateAll((texts) => texts.map((text) => text.getBoundingClientRect().height));
  expect(labels.length).toBeGreaterThan(0);
  expect(Math.min(...labels)).toBeGreaterThanOrEqual(11);
  const box = taker.getByRole("table", { name: "Your attempts, newest first" }).locator("..");
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await box.evaluate((element) => getComputedStyle(element).backgroundImage)).toContain(
    "radial-gradient",
  );
  await expect(
    taker
      .getByRole("table", { name: "Your attempts, newest first" })
      .getByRole("row")
      .filter({ hasText: "Phone check" }),
  ).toContainText("Awaiting grading");
});

test("grading goes one question at a time: level buttons, Save and next, a comment bank and Ctrl+Enter, and a graded answer stays where it was", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const students = [];
  for (let i = 0; i < 3; i += 1) students.push(await createStudent(klass.id));
  const { id } = await createAssignment(klass.id, ARTICLE, null, {
    title: "Debate round",
    questionIds: ["q28"],
  });
  for (const student of students) {
    const taker = await handIn(browser, student.id, "Debate round", (answering) =>
      answerQuestion(answering, 1, (written) =>
        written.getByLabel(/Reasoning/).fill(`Reasoning by ${student.displayName}.`),
      ),
    );
    await expect(taker.getByRole("heading", { name: /Your score/ })).toBeVisible();
    await taker.close();
  }
  const [ada, ben, cy] = students.map((s) => s.displayName).sort((a, b) => a.localeCompare(b)) as [
    string,
    string,
    string,
  ];

  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/assignments/${id}/grading`);
  const answers = page.getByRole("navigation", { name: "Answers to q28" });
  await expect(answers.getByRole("link")).toHaveText([
    `${ada} · waiting`,
    `${ben} · waiting`,
    `${cy} · waiting`,
  ]);
  await expect(answers.getByRole("link", { name: new RegExp(ada) })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expectAccessible(page);

  let form = page.getByRole("form", { name: `Grade ${ada}` });
  await expect(form.locator("..")).toContainText(`Reasoning by ${ada}.`);
  await form.getByLabel("Claim: 1 of 1").check();
  await form.getByLabel("Evidence: 1 of 2").check();
  await form.getByLabel("Reasoning: 1 of 3").check();
  await form.getByLabel("Comment for the student").fill("Cite the sentence you mean.");
  await form.getByRole("button", { name: "Save and next" }).click();
  // The next answer waiting opens, under what the save stored.
  form = page.getByRole("form", { name: `Grade ${ben}` });
  await expect(form).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText(
    `Saved ${ada}'s grade: 3 of 6. The student can see it now.`,
  );
  await expect(answers.getByRole("link").first()).toHaveText(`${ada} · 3 of 6`);

  // The comment bank offers what was written on this question; Ctrl+Enter saves and moves on.
  await form.getByRole("button", { name: "Use comment: Cite the sentence you mean." }).click();
  const comment = form.getByLabel("Comment for the student");
  await expect(comment).toHaveValue("Cite the sentence you mean.");
  await form.getByLabel("Claim: 0 of 1").check();
  await form.getByLabel("Evidence: 2 of 2").check();
  await form.getByLabel("Reasoning: 3 of 3").check();
  await comment.press("Control+Enter");
  form = page.getByRole("form", { name: `Grade ${cy}` });
  await expect(form).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText(
    `Saved ${ben}'s grade: 5 of 6. The student can see it now.`,
  );

  // The last one waiting has no next: Save grade, said in place.
  await expect(form.getByRole("button", { name: "Save and next" })).toHaveCount(0);
  await form.getByLabel("Claim: 1 of 1").check();
  await form.getByLabel("Evidence: 2 of 2").check();
  await form.getByLabel("Reasoning: 3 of 3").check();
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("status")).toHaveText(
    `Saved ${cy}'s grade: 6 of 6. The student can see it now.`,
  );
  await expect(page.getByText("0 of 3 awaiting a grade.")).toBeVisible();

  // A graded answer opens again as it was saved.
  await answers.getByRole("link", { name: new RegExp(ada) }).click();
  form = page.getByRole("form", { name: `Grade ${ada}` });
  await expect(form.getByLabel("Evidence: 1 of 2")).toBeChecked();
  await expect(form.getByLabel("Comment for the student")).toHaveValue(
    "Cite the sentence you mean.",
  );
  await expectAccessible(page);
});
