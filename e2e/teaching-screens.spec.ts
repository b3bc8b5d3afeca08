// Teaching screens that tell the truth: an assignment's state in the same words on every screen,
// and what its students are told.
import { createAssignment, createClass, createStudent, createTeacher } from "./factories";
import { ARTICLE, expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";

test("an assignment past its due date without late work is closed on every screen, as its students are told", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  const yesterday = new Date(Date.now() - 86_400_000);
  const pastDue = await createAssignment(klass.id, ARTICLE, "key-facts", { dueAt: yesterday });
  const late = await createAssignment(klass.id, ARTICLE, "key-facts", {
    dueAt: yesterday,
    allowLate: true,
  });
  const open = await createAssignment(klass.id, ARTICLE, "key-facts");
  await signInAs(page.context(), teacher.id);

  const words = [
    [pastDue.title, "Closed · due date passed"],
    [late.title, "Past due · late work accepted"],
    [open.title, "Open"],
  ] as const;
  await page.goto(`/teacher/classes/${klass.id}`);
  const list = page.getByRole("region", { name: "Assignments" }).getByRole("listitem");
  for (const [title, state] of words)
    await expect(list.filter({ hasText: title })).toContainText(new RegExp(`· ${state}$`));

  await page.goto(`/teacher/classes/${klass.id}/gradebook`);
  for (const [title, state] of words) {
    const header = page.getByRole("columnheader").filter({ hasText: title });
    await expect(header).toContainText(state);
    // The link to the report says so; "(open)" read as a state.
    await expect(header.getByRole("link", { name: `Report: ${title}` })).toHaveText("Report");
  }
  await expect(page.getByText("(open)")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: `Report: ${pastDue.title}` }).click();
  await expect(
    page.getByRole("definition").filter({ hasText: /^Closed · due date passed$/ }),
  ).toBeVisible();

  // The student is told the same.
  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), student.id);
  await studentPage.goto("/student");
  const card = (title: string) => studentPage.getByRole("listitem").filter({ hasText: title });
  await expect(card(pastDue.title)).toContainText(
    "The due date has passed and late work is not accepted.",
  );
  await expect(card(late.title).getByRole("button", { name: `Start ${late.title}` })).toBeVisible();
  await expect(card(open.title).getByRole("button", { name: `Start ${open.title}` })).toBeVisible();
  // What can still be done comes first; the closed one waits below, under its own heading.
  const toDo = studentPage.getByRole("region", { name: "To do" });
  await expect(toDo.getByRole("listitem")).toHaveCount(2);
  await expect(
    studentPage.getByRole("region", { name: "Handed in or closed" }).getByRole("listitem"),
  ).toHaveText([new RegExp(pastDue.title)]);
});

test("the analysis gives no verdict from two students' answers, and says it needs more", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const assignment = await createAssignment(klass.id, ARTICLE, null, {
    questionIds: ["q01", "q02"],
  });
  for (const option of [
    "Russia getting military equipment from North Korea for its war in Ukraine",
    "A peace treaty to formally end the Korean War",
  ]) {
    const student = await createStudent(klass.id);
    const studentPage = await freshPage(browser);
    await signInAs(studentPage.context(), student.id);
    await studentPage.goto("/student");
    await studentPage.getByRole("button", { name: `Start ${assignment.title}` }).click();
    const first = studentPage.getByRole("region", { name: /^Question 1 / });
    await first.getByLabel(option, { exact: true }).check();
    await expect(first.getByRole("status").last()).toHaveText(/^✓ Saved$/);
    await studentPage.getByRole("button", { name: "Submit answers" }).click();
    await expect(studentPage.getByRole("heading", { name: /Your score:/ })).toBeVisible();
  }
  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${klass.id}/gradebook`);
  await page.getByRole("link", { name: `Report: ${assignment.title}` }).click();
  const analysis = page.getByRole("region", { name: "Analysis" });
  await expect(
    analysis.getByRole("definition").filter({ hasText: "too few answers yet" }),
  ).toBeVisible();
  const verdicts = analysis.getByRole("cell", { name: /^Too few answers yet \(2 of 5\)$/ });
  await expect(verdicts).toHaveCount(2);
  await expect(analysis).not.toContainText("check the key");
  await expect(analysis).not.toContainText("Working as intended");
});

test("the live board follows the class at work without a reload: who has started, how far, who handed in, and each question right or wrong", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const worker = await createStudent(klass.id);
  const idle = await createStudent(klass.id);
  const assignment = await createAssignment(klass.id, ARTICLE, null, {
    questionIds: ["q01", "q02"],
    attemptsAllowed: 1,
  });
  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  await page.getByRole("link", { name: "Live board" }).click();
  const row = (name: string) => page.getByRole("row", { name: new RegExp(name) });
  await expect(row(worker.displayName)).toContainText("not started");
  await expect(page.getByText("2 not started · 0 working · 0 handed in · 0 late")).toBeVisible();
  await expectAccessible(page);

  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), worker.id);
  await studentPage.goto("/student");
  await studentPage.getByRole("button", { name: `Start ${assignment.title}` }).click();
  const first = studentPage.getByRole("region", { name: /^Question 1 / });
  await first
    .getByLabel("Russia getting military equipment from North Korea for its war in Ukraine", {
      exact: true,
    })
    .check();
  await expect(first.getByRole("status").last()).toHaveText(/^✓ Saved$/);
  // The teacher's page was not reloaded: it asks again by itself.
  await expect(row(worker.displayName)).toContainText("working: 1 of 2 answered");

  await studentPage.getByRole("button", { name: "Submit answers" }).click();
  // Their one attempt: handing it in asks first.
  await studentPage.getByRole("button", { name: "Hand it in" }).click();
  await expect(studentPage.getByRole("heading", { name: /Your score:/ })).toBeVisible();
  await expect(row(worker.displayName)).toContainText("handed in");
  await expect(
    row(worker.displayName).getByRole("cell", { name: "Question 1: Correct" }),
  ).toBeVisible();
  await expect(
    row(worker.displayName).getByRole("cell", { name: "Question 2: Not answered" }),
  ).toBeVisible();
  await expect(row(idle.displayName)).toContainText("not started");
  await expect(page.getByText("1 not started · 0 working · 1 handed in · 0 late")).toBeVisible();
  await expect(page.getByRole("row", { name: /^Right/ })).toContainText("of 1 handed in");
  await expectAccessible(page);

  await studentPage.goto("/student");
  await expect(
    studentPage.getByRole("listitem").filter({ hasText: assignment.title }),
  ).toContainText("You have used all your attempts.");
  // Below 60% (one of two right): another attempt, from the same page, and the student can start.
  const again = page.getByRole("form", { name: "Give another attempt" });
  await again.getByLabel(/below \(%\)/).fill("60");
  await again.getByRole("button", { name: "Give another attempt" }).click();
  await expect(again.getByRole("status")).toHaveText(
    new RegExp(`^${worker.displayName} has another attempt, due .+\\.$`),
  );
  await studentPage.goto("/student");
  await expect(
    studentPage.getByRole("button", { name: `Start ${assignment.title}` }),
  ).toBeVisible();
});
