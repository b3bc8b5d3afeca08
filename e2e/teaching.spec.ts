import type { Page } from "@playwright/test";
import {
  createAssignment,
  createClass,
  createStudent,
  createTeacher,
  setAssignmentDue,
} from "./factories";
import {
  ARTICLE,
  composeAssignment,
  expect,
  expectAccessible,
  freshPage,
  signInAs,
  test,
} from "./fixtures";

/** Minimal RFC 4180 reader for the downloaded files (quotes, doubled quotes, CRLF, BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && input[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += char;
  }
  return rows;
}

async function download(page: Page, link: string) {
  const waiting = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const file = await (await waiting).path();
  const { readFile } = await import("node:fs/promises");
  return parseCsv(await readFile(file, "utf8"));
}

async function saved(page: Page, prompt: RegExp) {
  await expect(page.getByRole("region", { name: prompt }).getByRole("status")).toHaveText(
    /^✓ Saved$/,
  );
}

test("a teacher composes and assigns a quiz, with settings and extra time for one student", async ({
  page,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const ontime = await createStudent(klass.id);

  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${klass.id}`);
  await page.getByRole("link", { name: "New assignment" }).click();
  await expectAccessible(page);
  await composeAssignment(page, "Debate check", ["q28", "q05", "q19"]);
  await page.getByLabel("Attempts allowed").fill("1");
  await page.getByLabel("Time limit (minutes)").fill("30");
  await page.getByLabel("Accept late submissions").check();
  await page.getByRole("button", { name: "Assign to the class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Debate check" })).toBeVisible();
  await expect(
    page.getByText(
      /1 attempt, the highest counts; feedback immediately; 30-minute limit; late work accepted; 3 questions/,
    ),
  ).toBeVisible();
  // Extra time for one student.
  await page.getByText(`None for ${ontime.displayName}`).click();
  const accommodation = page.getByRole("form", { name: `Accommodation for ${ontime.displayName}` });
  await accommodation.getByLabel("Extra time (minutes)").fill("15");
  await accommodation.getByRole("button", { name: "Save accommodation" }).click();
  await expect(accommodation.getByRole("status")).toHaveText("Accommodation saved.");
  await page.reload();
  await expect(page.getByText(`+15 min, +0 attempts for ${ontime.displayName}`)).toBeVisible();
  await expectAccessible(page);
});

test("students take an assignment (one late), the teacher reads the analysis, grades and exports", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const ontime = await createStudent(klass.id);
  const late = await createStudent(klass.id);
  const { id: assignmentId } = await createAssignment(klass.id, ARTICLE, null, {
    title: "Debate check",
    questionIds: ["q28", "q05", "q19"],
    attemptsAllowed: 1,
    timeLimitSec: 30 * 60,
    allowLate: true,
  });
  const assignmentUrl = `/teacher/assignments/${assignmentId}`;
  await signInAs(page.context(), teacher.id);

  // The first student, on time.
  const first = await freshPage(browser);
  await signInAs(first.context(), ontime.id);
  await first.goto("/student");
  const card = first.getByRole("listitem").filter({ hasText: "Debate check" });
  await expect(card).toContainText("Status: not started");
  await expect(card).toContainText("0 of 1 attempt used · 30-minute limit");
  await expectAccessible(first);
  await first.getByRole("button", { name: "Start Debate check" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Debate check" })).toBeVisible();
  await expect(first.getByRole("region", { name: /^Question 1 / })).toContainText("Choose a side");
  const written = first.getByRole("region", { name: /^Question 1 / });
  await written.getByLabel("Strategic", { exact: true }).check();
  await written.getByLabel(/In return, Kim Jong Un wants Moscow/).check();
  await written.getByLabel(/Reasoning/).fill("Submarine technology lasts for decades.");
  await saved(first, /^Question 1 /);
  await first
    .getByRole("region", { name: /^Question 2 / })
    .getByLabel(/more about a swap each side needs now/)
    .check();
  await saved(first, /^Question 2 /);
  const match = first.getByRole("region", { name: /^Question 3 / });
  for (const [item, side] of [
    ["Artillery shells", "Russia"],
    ["Antitank missiles", "Russia"],
    ["Technology for satellites", "North Korea"],
    ["Technology for nuclear-powered submarines", "North Korea"],
    ["Food aid", "Russia"],
  ]) {
    await match.getByLabel(item!, { exact: true }).selectOption({ label: side! });
  }
  await saved(first, /^Question 3 /);
  // Their one attempt: handing it in asks first.
  await first.getByRole("button", { name: "Submit answers" }).click();
  await expect(first.getByRole("alertdialog")).toContainText("This is your last attempt");
  await expectAccessible(first);
  await first.getByRole("button", { name: "Hand it in" }).click();
  // The written answer waits for the teacher: no score yet, only what was marked at once.
  await expect(first.getByRole("heading", { name: /Your score/ })).toHaveText(
    "Your score: Awaiting grading",
  );
  await expect(first.getByText(/marked at once earned 2\.6 of 9 points/)).toBeVisible();
  await first.goto("/student");
  await expect(first.getByRole("listitem").filter({ hasText: "Debate check" })).toContainText(
    "Status: submitted",
  );
  await expect(first.getByRole("listitem").filter({ hasText: "Debate check" })).toContainText(
    "You have used all your attempts.",
  );

  // The due date passes; the second student hands in late.
  await setAssignmentDue(assignmentId, new Date());
  const second = await freshPage(browser);
  await signInAs(second.context(), late.id);
  await second.goto("/student");
  await expect(second.getByRole("listitem").filter({ hasText: "Debate check" })).toContainText(
    "Status: missing",
  );
  await second.getByRole("button", { name: "Start Debate check" }).click();
  await second
    .getByRole("region", { name: /^Question 2 / })
    .getByLabel(/start of a lasting military alliance/)
    .check();
  await saved(second, /^Question 2 /);
  await second.getByRole("button", { name: "Submit answers" }).click();
  await second.getByRole("button", { name: "Hand it in" }).click();
  await expect(second.getByRole("heading", { name: /Your score: 0 \/ 9/ })).toBeVisible();

  // The teacher: statuses, analysis, grading.
  await page.goto(assignmentUrl);
  const students = page.getByRole("table", { name: /Each student's status/ });
  await expect(students.getByRole("row", { name: new RegExp(ontime.displayName) })).toContainText(
    "submitted",
  );
  await expect(students.getByRole("row", { name: new RegExp(late.displayName) })).toContainText(
    "late",
  );
  const analysis = page.getByRole("region", { name: "Analysis" });
  await expect(analysis.getByText("Students", { exact: true }).locator("..")).toContainText("2");
  const stats = analysis.getByRole("table", { name: "Question statistics" });
  await expect(stats.getByRole("row", { name: /q05/ })).toContainText("50%");
  await expect(stats.getByRole("row", { name: /q28/ })).toContainText("(1 awaiting grading)");
  // Every figure explained in words, and what to look at per question.
  await expect(stats.getByRole("columnheader", { name: "What to look at" })).toBeVisible();
  await analysis.getByText("What these figures mean").click();
  await expect(analysis).toContainText("Under 30%: most students missed it");
  await expect(analysis).toContainText(`Misconception reverses-claim (1): ${late.displayName}`);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Grade written answers" }).click();
  await expect(page.getByText("1 of 1 awaiting a grade.")).toBeVisible();
  await expect(page.getByRole("article")).toContainText("In return, Kim Jong Un wants Moscow");
  await expectAccessible(page);
  const form = page.getByRole("form", { name: `Grade ${ontime.displayName}` });
  // Each criterion's levels are buttons; a level not chosen is no score, not a zero.
  await form.getByLabel("Claim: 1 of 1").check();
  await form.getByLabel("Evidence: 2 of 2").check();
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Give Reasoning a score from 0 to 3: it is blank.",
  );
  await form.getByLabel("Reasoning: 2 of 3").check();
  await expect(form.getByText("Total: 5 of 6")).toBeVisible();
  await form
    .getByLabel("Comment for the student")
    .fill("Good point about how long the technology lasts.");
  await form.getByRole("button", { name: "Save grade" }).click();
  await expect(form.getByRole("status")).toHaveText(
    `Saved ${ontime.displayName}'s grade: 5 of 6. The student can see it now.`,
  );
  // The queue refreshes without a reload, and the answer stays open.
  await expect(page.getByText("1 of 1 awaiting a grade.")).toHaveCount(0);
  await expect(page.getByText(/graded 5 points/)).toBeVisible();

  // The student sees score and comment.
  await first.goto("/student/history");
  await first
    .getByRole("region", { name: "Every attempt" })
    .getByRole("link", { name: "Debate check" })
    .click();
  await expect(first.getByRole("heading", { name: /Your score: 7\.6 \/ 9/ })).toBeVisible();
  await expect(first.getByRole("article", { name: /Choose a side/ })).toContainText(
    "Good point about how long the technology lasts.",
  );

  // Gradebook and both CSVs.
  await page.goto(`/teacher/classes/${klass.id}/gradebook`);
  await expect(page.getByRole("row", { name: new RegExp(ontime.displayName) })).toContainText(
    "84%",
  );
  await expect(page.getByRole("row", { name: new RegExp(late.displayName) })).toContainText("0%");
  await expect(page.getByRole("row", { name: /Class mean/ })).toContainText(
    "42% (mean of 2 graded)",
  );
  await expectAccessible(page);
  const book = await download(page, "Download gradebook (CSV)");
  expect(book[0]).toEqual(["Student", "Username", "Debate check (%)", "Debate check status"]);
  expect(book).toContainEqual([ontime.displayName, ontime.username, "84.4", "submitted"]);
  expect(book).toContainEqual([late.displayName, late.username, "0", "late"]);
  expect(book).toContainEqual(["Class mean", "", "42.2", "of 2 graded"]);

  await page.getByRole("link", { name: ontime.displayName, exact: true }).click();
  await expect(
    page.getByRole("img", { name: `${ontime.displayName}'s scores over time` }),
  ).toBeVisible();
  // The gradebook sorts by a column, and says so to screen readers.
  await page.goBack();
  await page.getByRole("link", { name: "Debate check", exact: true }).click();
  await expect(page.getByRole("columnheader", { name: /Debate check/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(page.getByRole("row").nth(1)).toContainText(late.displayName);
  await page.getByRole("link", { name: "Debate check", exact: true }).click();
  await expect(page.getByRole("row").nth(1)).toContainText(ontime.displayName);
  await page.getByRole("link", { name: ontime.displayName, exact: true }).click();
  await expect(page.getByRole("table", { name: "Scores over time, oldest first" })).toContainText(
    "(84%)",
  );
  await expectAccessible(page);

  await page.goto(assignmentUrl);
  const responses = await download(page, "Download responses (CSV)");
  expect(responses[0]).toEqual([
    "Student",
    "Username",
    "Attempt",
    "Submitted (UTC)",
    "Question",
    "Prompt",
    "Answer",
    "Points",
    "Max points",
    "Outcome",
    "Saved (UTC)",
    "Rubric scores",
    "Teacher's comment",
  ]);
  expect(responses).toHaveLength(1 + 2 * 3);
  const row = (student: string, question: string) =>
    responses.find((r) => r[0] === student && r[4] === question);
  expect(row(ontime.displayName, "q28")?.slice(6, 10)).toEqual([
    "Claim: Strategic. Evidence: “In return, Kim Jong Un wants Moscow to provide North Korea with advanced technology for satellites and nuclear-powered submarines.” Reasoning: Submarine technology lasts for decades.",
    "5",
    "6",
    "partial",
  ]);
  expect(row(ontime.displayName, "q28")?.slice(11)).toEqual([
    "Claim 1/1; Evidence 2/2; Reasoning 2/3",
    "Good point about how long the technology lasts.",
  ]);
  expect(row(ontime.displayName, "q19")?.slice(7, 10)).toEqual(["1.6", "2", "partial"]);
  expect(row(ontime.displayName, "q19")?.slice(11)).toEqual(["", ""]);
  expect(row(late.displayName, "q05")?.slice(7, 10)).toEqual(["0", "1", "incorrect"]);
  expect(row(late.displayName, "q19")?.slice(9, 10)).toEqual(["unanswered"]);
  expect(new Date(row(late.displayName, "q05")?.[10] ?? "").getTime()).toBeGreaterThan(0);
});
