// Every student reads at their level (issue 32): a level set per student opens their reading,
// they may switch and the teacher sees the level each attempt was read at; read-aloud turned on
// by the teacher reads sentence by sentence with the browser's own voices (stubbed here).
import type { Page } from "@playwright/test";
import { createAssignment, createClass, createStudent, createTeacher } from "./factories";
import { ARTICLE, expect, expectAccessible, freshPage, signInAs, test } from "./fixtures";

test("a level set on the roster opens the student's explainer; their own switch is kept, and the teacher sees the level the attempt was read at", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  const assignment = await createAssignment(klass.id, ARTICLE, "key-facts");
  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${klass.id}`);
  const support = page.getByRole("form", { name: `Reading support for ${student.displayName}` });
  await support.getByLabel("Reading level").selectOption({ label: "Simpler" });
  await support
    .getByRole("button", { name: `Save reading support for ${student.displayName}` })
    .click();
  await expect(support.getByRole("status")).toHaveText(
    `Saved: ${student.displayName} reads at the simpler level, read-aloud as the class has it.`,
  );
  await expectAccessible(page);

  const studentPage = await freshPage(browser);
  await signInAs(studentPage.context(), student.id);
  await studentPage.goto(`/articles/${ARTICLE}/explainer`);
  await expect(studentPage.getByRole("radio", { name: "Simpler" })).toBeChecked();
  await expect(
    studentPage.getByText("Opened at the simpler level your teacher chose. You can switch."),
  ).toBeVisible();
  // The student switches: kept for next time, with no note about the teacher's choice.
  await studentPage.getByRole("radio", { name: "Standard" }).check();
  await expect(studentPage).toHaveURL(/level=standard/);
  await studentPage.goto(`/articles/${ARTICLE}/explainer`);
  await expect(studentPage.getByRole("radio", { name: "Standard" })).toBeChecked();
  await expect(studentPage.getByText(/your teacher chose/)).toHaveCount(0);

  await studentPage.goto("/student");
  await studentPage.getByRole("button", { name: `Start ${assignment.title}` }).click();
  await expect(studentPage).toHaveURL(/\/attempts\//);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  const row = page.getByRole("row").filter({ hasText: student.displayName });
  await expect(row).toContainText("Simpler (class)");
  await expect(row).toContainText("Read at the standard level.");
  await page.goto(studentPage.url());
  await expect(page.getByText("Read at the standard level.")).toBeVisible();
});

/** The browser's speech synthesis, stubbed: it records what is spoken and ends on request. */
async function stubSpeech(page: Page, voices: boolean) {
  await page.addInitScript((withVoices) => {
    const state = window as unknown as {
      spoken: string[];
      pending: { onend?: (() => void) | null }[];
      finishOne: () => void;
      paused: boolean;
    };
    state.spoken = [];
    state.pending = [];
    state.paused = false;
    state.finishOne = () => state.pending.shift()?.onend?.();
    class Utterance {
      text: string;
      rate = 1;
      lang = "";
      voice: unknown = null;
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance });
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () =>
          withVoices ? [{ name: "On this device", lang: "en-US", localService: true }] : [],
        speak: (utterance: Utterance) => {
          state.spoken.push(utterance.text);
          state.pending.push(utterance);
        },
        cancel: () => {
          state.pending = [];
        },
        pause: () => {
          state.paused = true;
        },
        resume: () => {
          state.paused = false;
        },
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  }, voices);
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

test("read-aloud, turned on for the class, reads the article sentence by sentence from the keyboard, marking and announcing each; hidden without a voice or the teacher's say", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  const studentPage = await freshPage(browser);
  await stubSpeech(studentPage, true);
  await signInAs(studentPage.context(), student.id);
  // Not turned on: no control.
  await studentPage.goto(`/articles/${ARTICLE}`);
  await expect(studentPage.getByRole("button", { name: "Read aloud" })).toHaveCount(0);

  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${klass.id}`);
  await page.getByRole("button", { name: "Turn read-aloud on for the class" }).click();
  await expect(page.getByText("Read-aloud is on for every student in the class.")).toBeVisible();

  await studentPage.reload();
  const controls = studentPage.getByRole("group", { name: "Read the article aloud" });
  await controls.getByRole("button", { name: "Read aloud" }).focus();
  await studentPage.keyboard.press("Enter");
  const first = studentPage.locator("#p1\\.s1");
  const second = studentPage.locator("#p1\\.s2");
  await expect(first).toHaveClass(/reading-now/);
  expect(await spoken(studentPage)).toEqual([(await first.innerText()).trim()]);
  await expect(controls.getByRole("status")).toHaveText(/^Reading the article: part 1 of \d+\.$/);
  await expectAccessible(studentPage);

  // The first sentence ends: the second is read and marked.
  await studentPage.evaluate(() => (window as unknown as { finishOne: () => void }).finishOne());
  await expect(second).toHaveClass(/reading-now/);
  await expect(first).not.toHaveClass(/reading-now/);
  expect(await spoken(studentPage)).toEqual([
    (await first.innerText()).trim(),
    (await second.innerText()).trim(),
  ]);
  await expect(controls.getByRole("status")).toHaveText(/^Reading the article: part 2 of \d+\.$/);

  await controls.getByRole("button", { name: "Pause" }).click();
  await expect(controls.getByRole("status")).toHaveText("Paused reading the article.");
  await controls.getByRole("button", { name: "Resume" }).click();
  await controls.getByRole("button", { name: "Stop" }).click();
  await expect(studentPage.locator(".reading-now")).toHaveCount(0);
  await expect(controls.getByRole("button", { name: "Read aloud" })).toBeVisible();

  // The explainer, and each question: its prompt, then its options.
  await studentPage.goto(`/articles/${ARTICLE}/explainer`);
  await expect(
    studentPage.getByRole("group", { name: "Read the explainer aloud" }).getByRole("button", {
      name: "Read aloud",
    }),
  ).toBeVisible();
  await studentPage.goto(`/articles/${ARTICLE}`);
  await studentPage.getByRole("button", { name: "Start Key facts" }).click();
  const question = studentPage.getByRole("group", { name: "Read question 1 aloud" });
  await question.getByRole("button", { name: "Read aloud" }).click();
  const prompt = studentPage.locator("h2 .block").first();
  await expect(prompt).toHaveClass(/reading-now/);
  expect((await spoken(studentPage)).at(-1)).toBe((await prompt.innerText()).trim());
  await studentPage.evaluate(() => (window as unknown as { finishOne: () => void }).finishOne());
  await expect(studentPage.locator("label.reading-now")).toHaveCount(1);

  // A browser with no voice shows no control.
  const voiceless = await freshPage(browser);
  await stubSpeech(voiceless, false);
  await signInAs(voiceless.context(), student.id);
  await voiceless.goto(`/articles/${ARTICLE}`);
  await expect(voiceless.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(voiceless.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
});

test("a printed handout (article with numbered sentences, what happened at the chosen level, the questions) and a teacher's key print on A4 and Letter without the site around them", async ({
  page,
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const assignment = await createAssignment(klass.id, ARTICLE, "key-facts");
  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/assignments/${assignment.id}`);
  await page.getByRole("link", { name: "simpler level" }).click();
  await expect(page).toHaveURL(/\/print\?level=simpler$/);
  await expect(page.getByRole("heading", { level: 1, name: assignment.title })).toBeVisible();
  await expect(page.getByText(/^Name: _+ Date: _+$/)).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: "What happened (simpler level)" }),
  ).toBeVisible();
  const article = page.getByRole("region", { name: /^The article:/ });
  await expect(article.locator("sup").first()).toHaveText("1");
  const questions = page.getByRole("region", { name: "Questions" });
  await expect(questions.getByRole("heading", { level: 3 }).first()).toHaveText(/^1\. /);
  await expectAccessible(page);

  // On paper: no header, footer or buttons; each part on its own page, on A4 and on Letter.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  for (const format of ["A4", "Letter"] as const) {
    const pdf = (await page.pdf({ format })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, format).toBeGreaterThanOrEqual(3);
  }
  await page.emulateMedia({ media: "screen" });

  await page.goto(`/teacher/assignments/${assignment.id}`);
  await page.getByRole("link", { name: "the teacher's key" }).click();
  const key = page.getByRole("region", { name: "Answers" });
  await expect(key.getByText(/^Answer: /).first()).toBeVisible();
  await expect(key.getByText(/^In the article: sentences? \d+/).first()).toBeVisible();
  await expectAccessible(page);

  // Another teacher's assignment is not found.
  const other = await freshPage(browser);
  await signInAs(other.context(), (await createTeacher()).id);
  const response = await other.goto(`/teacher/assignments/${assignment.id}/print`);
  expect(response?.status()).toBe(404);
});
