import type { Page } from "@playwright/test";
import {
  corruptAttemptOrder,
  createClass,
  createStudent,
  createTeacher,
  makeReviewsDue,
} from "./factories";
import {
  ARTICLE,
  expect,
  expectAccessible,
  expectNoLayoutShift,
  freshPage,
  signInAs,
  test,
} from "./fixtures";
import { choose, fill, order, question, saved, select, startQuiz } from "./quiz-page";

/** A new student in a class of their own, signed in (signing in itself is tested in accounts.spec). */
async function signedInStudent(page: Page) {
  const teacher = await createTeacher();
  const student = await createStudent((await createClass(teacher.id)).id);
  await signInAs(page.context(), student.id);
  return student;
}

test("a student takes Key facts, reloads mid-way, submits from two tabs and gets one result", async ({
  page,
  context,
}) => {
  await signedInStudent(page);
  await startQuiz(page, "Key facts");
  await expectAccessible(page);

  await choose(
    page,
    /what are Kim and Putin expected to focus on/,
    /Russia getting military equipment/,
  );
  await choose(page, /"the Kremlin" means/, "the Russian government");
  await choose(page, /Who is the source for the claim that Shoigu/, /John Kirby/);
  await choose(page, /publicly committed not to sell weapons/, "True");
  await choose(page, /a weapons deal has been signed/, "True"); // wrong on purpose: it enters the review queue
  await choose(page, /tells us the date of Shoigu's visit/, "False");
  await fill(page, /has urged the ____ to cease/, " d.p.r.k ");

  // Reload mid-way: every saved answer is back in place.
  await page.reload();
  await expect(
    question(page, /"the Kremlin" means/).getByLabel("the Russian government"),
  ).toBeChecked();
  await expect(question(page, /a weapons deal has been signed/).getByLabel("True")).toBeChecked();
  await expect(question(page, /has urged the ____ to cease/).getByLabel("Your answer")).toHaveValue(
    " d.p.r.k ",
  );
  await expect(page.getByText("7 of 17 answered")).toBeVisible();

  await choose(page, /visit to Russia has been confirmed/, "False");
  await choose(page, /travelled part of its journey by train/, "True");
  await fill(page, /A delegation of about ____/, "twenty");
  await fill(page, /to Vladivostok in late ____/, "August");
  await fill(page, /trip took ____ days/, "10");
  await fill(page, /Russia's Pacific ____ dock/, "Fleet");
  await order(page, /Put these events in the order/, [
    "Shoigu visits North Korea",
    "Putin and Kim exchange letters",
    "The White House reveals its intelligence about the letters",
    "Kim's expected visit to Russia",
  ]);
  await order(page, /stages of the North Korean delegation's journey/, [
    "Leave Pyongyang by train",
    "Arrive in Vladivostok",
    "Fly to Moscow",
  ]);
  await choose(
    page,
    /secret information about contact between the two leaders/,
    /revealed last week that it had intelligence/,
  );
  await choose(
    page,
    /the weapons talks are far along/,
    /arms negotiations are now in the advanced stage/,
  );

  // A second tab still showing the open attempt submits too (a replay): one graded result.
  const other = await context.newPage();
  await other.goto(page.url());
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score: 18 \/ 19/ })).toBeVisible();
  await other.getByRole("button", { name: "Submit answers" }).click();
  await expect(other.getByRole("heading", { name: /Your score: 18 \/ 19/ })).toBeVisible();
});

test("after submitting, the review explains each answer and links to the proving sentences", async ({
  page,
}) => {
  await signedInStudent(page);
  await startQuiz(page, "Key facts");
  await choose(page, /a weapons deal has been signed/, "True");
  await fill(page, /has urged the ____ to cease/, " d.p.r.k ");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score: 1 \/ 19/ })).toBeVisible();

  // Feedback: outcome in words, both answers, the distractor's feedback, the explanation.
  const wrong = page.getByRole("article", { name: /a weapons deal has been signed/ });
  await expect(wrong).toContainText("Incorrect — 0 of 1");
  await expect(wrong).toContainText("Your answerTrue");
  await expect(wrong).toContainText("Correct answerFalse");
  await expect(wrong).toContainText("not a signed deal");
  await expect(page.getByRole("article", { name: /has urged the ____ to cease/ })).toContainText(
    "Correct — 1 of 1",
  );
  await expectAccessible(page);

  // "Show in the article" opens the reader with the proving sentence highlighted and in view.
  await wrong.getByRole("link", { name: /Show in the article/ }).click();
  await expect(page).toHaveURL(/highlight=p2\.s1,p4\.s2#p2\.s1$/);
  const marks = page.getByRole("region", { name: "Article text" }).locator("mark");
  await expect(marks).toHaveCount(2);
  await expect(marks.first()).toBeInViewport();

  // My work: one attempt, the chart with its table, skills.
  await page.goto("/student/history");
  await expect(page.getByRole("region", { name: "Every attempt" }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Every attempt" })).toContainText("1 / 19 (5%)");
  await expect(page.getByRole("img", { name: "Your quiz scores over time" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Scores over time, oldest first" })).toContainText(
    "5%",
  );
  await expect(page.getByRole("region", { name: "By skill" })).toContainText(/inference/i);
  // Unanswered questions count in the skills as in the score: 1 of 19 is 100% in no skill.
  await expect(page.getByRole("region", { name: "By skill" })).not.toContainText("100%");
  await expectAccessible(page);
});

test("who wants what: multiple select with partial credit and matching", async ({ page }) => {
  await signedInStudent(page);
  await startQuiz(page, "Who wants what");
  const multiple = question(page, /What does North Korea want or need/);
  await expect(multiple).toContainText("select all that apply");
  await expect(multiple).toContainText("each wrong choice takes a share back");
  for (const label of ["Technology for satellites", "Food aid", "Artillery shells"]) {
    await multiple.getByLabel(label).check();
  }
  await saved(multiple);
  await select(page, /Who wants what\? Match each item/, {
    "Artillery shells": "Russia",
    "Antitank missiles": "Russia",
    "Technology for satellites": "North Korea",
    "Technology for nuclear-powered submarines": "North Korea",
    "Food aid": "Russia",
  });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(
    page.getByRole("article", { name: /What does North Korea want or need/ }),
  ).toContainText("Partly correct — 0.5 of 2");
  await expect(
    page.getByRole("article", { name: /What does North Korea want or need/ }),
  ).toContainText("Artillery shells are what Russia wants");
  await expect(page.getByRole("article", { name: /Who wants what\? Match/ })).toContainText(
    "Partly correct — 1.6 of 2",
  );
});

test("transactional or strategic: evidence sort, and a written answer that awaits the teacher", async ({
  page,
}) => {
  await signedInStudent(page);
  await startQuiz(page, "Transactional or strategic?");
  // The question defines its own categories for the student, "both" and "neither" included.
  await expect(question(page, /^Question 2 Sort each statement from the article/)).toContainText(
    "Both: can fairly be read either way",
  );
  await select(page, /^Question 2 Sort each statement from the article/, {
    "Russia is in dire need of weapons and North Korea needs food and money.": "Transactional",
    "In return for weapons, Kim wants technology for satellites and nuclear-powered submarines.":
      "Both",
    "South Korea fears Kim's trip may result in increased military cooperation between the two countries in Asia.":
      "Strategic",
    "Arms negotiations are now in the advanced stage.": "Neither",
    "Kim is likely to be in Russia this month.": "Neither",
  });
  const cer = question(
    page,
    /Is the Russia–North Korea deal transactional or strategic\? Choose a side/,
  );
  await cer.getByLabel("Strategic", { exact: true }).check();
  await saved(cer);
  await cer.getByLabel(/In return, Kim Jong Un wants Moscow/).check();
  await saved(cer);
  const reasoning = cer.getByLabel(/Reasoning/);
  await reasoning.fill(
    "Satellite and submarine technology would help North Korea for years, which is more than a swap.",
  );
  await expect(cer.getByText(/^\d+ \/ 2000 characters$/)).toHaveText("95 / 2000 characters");
  await saved(cer);
  await page.reload();
  await expect(
    question(
      page,
      /Is the Russia–North Korea deal transactional or strategic\? Choose a side/,
    ).getByLabel(/Reasoning/),
  ).toHaveValue(/more than a swap/);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByText("Written answers are awaiting your teacher")).toBeVisible();
  const written = page.getByRole("article", {
    name: /Is the Russia–North Korea deal transactional or strategic\? Choose a side/,
  });
  await expect(written).toContainText("Awaiting teacher");
  await expect(written).not.toContainText("0 of 6");
  await expect(
    page.getByRole("article", { name: /^Question 2 Sort each statement from the article/ }),
  ).toContainText("Correct — 3 of 3");
});

test("spaced review offers missed questions and reschedules them", async ({ page }) => {
  const student = await signedInStudent(page);
  await startQuiz(page, "Key facts");
  await choose(page, /a weapons deal has been signed/, "True");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score/ })).toBeVisible();

  // FSRS brings a lapse back a minute later: the queue shows when.
  await page.goto("/student/review");
  await expect(page.getByRole("listitem")).toContainText("Nothing due now. Next review:");
  await expectAccessible(page);

  await makeReviewsDue(student.id);
  await page.goto("/student/history");
  await expect(page.getByRole("region", { name: "Spaced review" })).toContainText(
    "1 question is due for review.",
  );
  await page.getByRole("link", { name: "Review now" }).click();
  await expect(page.getByRole("listitem")).toContainText(
    "1 question due now (of 1 in your queue).",
  );
  await page.getByRole("button", { name: "Review now" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Spaced review" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Question/ })).toHaveCount(1);
  await expectAccessible(page);
  await choose(page, /a weapons deal has been signed/, "False");
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score: 1 \/ 1/ })).toBeVisible();
  // The review ends with where to go next, not a dead stop.
  const next = page.getByRole("navigation", { name: "What next" });
  await next.getByRole("link", { name: "The explainer" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}/explainer$`));
  await page
    .getByRole("navigation", { name: "What next" })
    .getByRole("link", { name: /^Check your understanding/ })
    .click();
  await expect(page.getByRole("heading", { name: "Check your understanding" })).toBeInViewport();
  await page.goBack();
  await page.goBack();
  // Answered right, the card moves further out.
  await page
    .getByRole("navigation", { name: "What next" })
    .getByRole("link", { name: "Spaced review: what else is due" })
    .click();
  await expect(page).toHaveURL(/\/student\/review$/);
  await expect(page.getByRole("listitem")).toContainText("Nothing due now. Next review:");
});

test("the question pages never send answer keys to the browser before submission", async ({
  page,
}) => {
  await signedInStudent(page);
  for (const title of ["Key facts", "Who wants what", "Transactional or strategic?"]) {
    await startQuiz(page, title);
    const url = page.url();
    const html = await (await page.request.get(url)).text();
    const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
    for (const [name, payload] of [
      ["HTML", html],
      ["RSC", rsc],
    ] as const) {
      expect(payload.length, `${title} ${name}`).toBeGreaterThan(1000);
      for (const secret of [
        '"correct"',
        '"accepted"',
        '"misconception"',
        '"feedback"',
        '"explanation"',
        '"cites"',
        '"category"',
        '"match"',
        "reverses-direction",
        "treats-talks-as-deal",
        "conflates-sources",
        "The article never mentions a peace treaty",
        "Artillery shells are what Russia wants",
        "Immediate swaps point to",
        "twenty",
      ]) {
        expect(payload.includes(secret), `${title} ${name} contains ${secret}`).toBe(false);
      }
    }
  }
});

test("the answer endpoint refuses cross-site and malformed saves with a clear message", async ({
  page,
  browser,
}) => {
  await signedInStudent(page);
  await startQuiz(page, "Key facts");
  const attemptId = page.url().split("/").at(-1) ?? "";
  const endpoint = `/api/attempts/${attemptId}/answers`;
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    page.request.post(endpoint, {
      data,
      headers: { origin: new URL(page.url()).origin, ...headers },
    });
  expect(
    (
      await page.request.post(endpoint, {
        data: { questionId: "q01", seq: 1, answer: { optionId: "a" } },
      })
    ).status(),
  ).toBe(403);
  const unknown = await post({ questionId: "q01", seq: 1, answer: { optionId: "nope" } });
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({ error: "Unknown choice: nope." });
  expect((await post({ questionId: "q99", seq: 1, answer: {} })).status()).toBe(400);
  expect(
    (await post({ questionId: "q13", seq: 1, answer: { text: "x".repeat(20_000) } })).status(),
  ).toBe(413);
  expect((await post({ questionId: "q01", seq: "one", answer: {} })).status()).toBe(400);
  const stranger = await freshPage(browser);
  expect(
    (
      await stranger.request.post(`${new URL(page.url()).origin}${endpoint}`, {
        data: {},
        headers: { origin: new URL(page.url()).origin },
      })
    ).status(),
  ).toBe(401);
  // Nothing was stored: the page shows no answers.
  await page.reload();
  await expect(page.getByText("0 of 17 answered")).toBeVisible();
});

test("ordering, sorting, matching and choices work from the keyboard alone, without layout shift", async ({
  page,
}) => {
  await signedInStudent(page);
  await startQuiz(page, "Who wants what");
  await expectNoLayoutShift(page);

  // A choice: Tab to the first option and Space to pick it.
  const single = question(page, /Why does Russia want weapons from North Korea/);
  await single.getByRole("radio").first().focus();
  await page.keyboard.press("Space");
  await expect(single.getByRole("radio").first()).toBeChecked();
  await saved(single);

  // A match: focus the select and choose with the arrow keys.
  const matching = question(page, /Match each person to their role/);
  const kim = matching.getByLabel("Kim Jong Un", { exact: true });
  await kim.focus();
  await page.keyboard.press("ArrowDown");
  await expect(kim).not.toHaveValue("");
  await saved(matching);
  await expectNoLayoutShift(page);

  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score/ })).toBeVisible();

  await startQuiz(page, "Key facts");
  const ordering = question(page, /stages of the North Korean delegation's journey/);
  const before = await ordering.getByRole("listitem").allInnerTexts();
  const firstDown = ordering.getByRole("button", { name: /down$/ }).first();
  await firstDown.focus();
  await page.keyboard.press("Enter");
  await expect(ordering.getByText(/moved to position 2 of 3\./)).toBeAttached();
  const after = await ordering.getByRole("listitem").allInnerTexts();
  expect(after[1]?.replace(/^2\.\s*/, "")).toContain(
    before[0]?.replace(/^1\.\s*/, "").split("\n")[0] ?? "",
  );
  await saved(ordering);
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect(page.getByRole("heading", { name: /Your score/ })).toBeVisible();

  // An evidence sort: Tab from one statement's category to the next, arrow keys to choose.
  await startQuiz(page, "Transactional or strategic?");
  const sort = question(page, /^Question 2 Sort each statement from the article/);
  const categories = sort.getByRole("combobox");
  await categories.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(categories.first()).not.toHaveValue("");
  await saved(sort);
  await page.keyboard.press("Tab");
  await expect(categories.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(categories.nth(1)).not.toHaveValue("");
  await saved(sort);
  await expectNoLayoutShift(page);
});

test.describe("in the viewer's time zone", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the review and My work show times in the student's zone, never UTC", async ({ page }) => {
    await signedInStudent(page);
    await startQuiz(page, "Key facts");
    await choose(page, /a weapons deal has been signed/, "False");
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByText(/^Submitted .*GMT\+9$/)).toBeVisible();
    await page.goto("/student/history");
    const attempts = page.getByRole("region", { name: "Every attempt" });
    await expect(attempts).toContainText("GMT+9");
    await expect(attempts).not.toContainText("UTC");
  });
});

test("a page that fails on the server says so in words, with a way to retry and a way home", async ({
  page,
}) => {
  await signedInStudent(page);
  await startQuiz(page, "Key facts");
  const attemptId = new URL(page.url()).pathname.split("/").pop()!;
  await corruptAttemptOrder(attemptId);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(page.getByText("Nothing you saved before is lost.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  await expectAccessible(page);
});
