import { chromium, type Page } from "@playwright/test";
import { TestPlatform, type TTestLaunch } from "../test-support/lti-platform";
import { createAdminUser, createAssignment, registerPlatform } from "./factories";
import { ARTICLE, expect, expectAccessible, freshPage, signIn, test } from "./fixtures";

// LTI 1.3 against the offline platform in test-support (issue 33): launches in a new tab and in a
// frame with third-party cookies blocked, deep linking, grade passback, and the launches a
// hostile or broken platform would send.

const TOOL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const tag = () => Math.random().toString(36).slice(2, 8);

async function startPlatform() {
  const platform = await TestPlatform.start(TOOL);
  await registerPlatform(platform.registration);
  return platform;
}

/** A browser that keeps no third-party cookie, as Chrome and Safari may: the LMS's frame. */
async function strictBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--test-third-party-cookie-phaseout"],
  });
}

const debrief = (page: Page) => page.frameLocator('iframe[name="debrief"]');

/** Opens the course page's "Open Debrief" link (a new tab) and returns that tab. */
async function launchInTab(page: Page, platform: TestPlatform, launch: TTestLaunch) {
  await page.goto(platform.coursePage(launch, "window"));
  const opened = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open Debrief" }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  return tab;
}

test("a teacher adds a quiz by deep linking in the LMS's frame; a student launches it in a tab; grades go back pending, then graded, resent after a failure", async ({
  browser,
}) => {
  const platform = await startPlatform();
  const strict = await strictBrowser();
  try {
    const course = { id: `course-${tag()}`, title: `Civics ${tag()}` };
    const teacher = { sub: `teacher-${tag()}`, name: "Ms. Rivera", role: "Instructor" as const };
    const lms = await strict.newPage();

    // Deep linking, in the LMS's frame: the usual assignment form, composed with a written question.
    await lms.goto(platform.coursePage({ user: teacher, context: course, kind: "deep" }, "frame"));
    const frame = debrief(lms);
    await expect(
      frame.getByRole("heading", { level: 1, name: "Add a quiz to the course" }),
    ).toBeVisible();
    await frame.getByLabel("Title").fill("Debate check");
    await frame
      .getByLabel("Quiz")
      .selectOption({ label: "Compose my own from the questions below" });
    await frame.getByText("Compose: choose and order questions").click();
    for (const [index, id] of ["q28", "q05"].entries()) {
      await frame.getByRole("checkbox", { name: new RegExp(`^${id} `) }).check();
      await frame.getByLabel(`Position of ${id}`).fill(String(index + 1));
    }
    await frame.getByRole("button", { name: "Add to the course" }).click();
    await expect(frame.getByRole("heading", { name: "Added to the course" })).toBeVisible();
    await expect(frame.getByRole("listitem")).toHaveText("Debate check");
    const [response] = platform.deepLinks;
    const [item] = response?.["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as {
      custom: Record<string, string>;
      lineItem: { scoreMaximum: number };
    }[];
    expect(item?.lineItem.scoreMaximum).toBe(7);
    const link = {
      context: course,
      kind: "resource" as const,
      linkId: `link-${tag()}`,
      custom: item?.custom,
      lineItem: `li-${tag()}`,
    };

    // A student, in a tab of their own: signed in, on the assignment's card, ready to start.
    const student = await freshPage(browser);
    const tab = await launchInTab(student, platform, {
      ...link,
      user: { sub: `student-${tag()}`, name: "Jo Park", role: "Learner" },
    });
    await expect(tab).toHaveURL(/\/student#assignment-/);
    const card = tab.locator(":target");
    await expect(card.getByRole("heading", { name: "Debate check" })).toBeVisible();
    await expect(card).toContainText(course.title);
    await expect(tab.getByText("Signed in as")).toContainText("Jo Park (student)");
    await card.getByRole("button", { name: "Start Debate check" }).click();
    const written = tab.getByRole("region", { name: /^Question 1 / });
    await written.getByLabel("Strategic", { exact: true }).check();
    await written.getByLabel(/In return, Kim Jong Un wants Moscow/).check();
    await written.getByLabel(/Reasoning/).fill("Submarine technology lasts for decades.");
    await expect(written.getByRole("status")).toHaveText(/^✓ Saved$/);
    const choice = tab.getByRole("region", { name: /^Question 2 / });
    await choice.getByLabel(/more about a swap each side needs now/).check();
    await expect(choice.getByRole("status")).toHaveText(/^✓ Saved$/);
    await tab.getByRole("button", { name: "Submit answers" }).click();
    // One attempt (the form's default): handing it in asks first.
    await tab.getByRole("button", { name: "Hand it in" }).click();
    await expect(tab.getByRole("heading", { name: /Your score/ })).toHaveText(
      "Your score: Awaiting grading",
    );
    // The automatic part goes at once, marked as waiting for the teacher.
    await expect
      .poll(() => platform.scores.map((s) => [s.lineItem, s.score.gradingProgress]))
      .toEqual([[link.lineItem, "PendingManual"]]);
    const automatic = Number(platform.scores[0]?.score.scoreGiven);
    expect(automatic).toBeGreaterThan(0);

    // The teacher opens the link in the frame: its report, with the LMS's grades.
    await lms.goto(platform.coursePage({ ...link, user: teacher }, "frame"));
    await expect(frame.getByRole("heading", { level: 1, name: "Debate check" })).toBeVisible();
    await expect(frame.getByRole("region", { name: "Grades in the LMS" })).toContainText(
      "The LMS has every grade of this assignment.",
    );
    // The LMS is down when the grade is saved: the grade waits in a list, and goes on request.
    platform.failScores = 1;
    await frame.getByRole("link", { name: "Grade written answers" }).click();
    const grade = frame.getByRole("form", { name: "Grade Jo Park" });
    await grade.getByLabel("Claim: 1 of 1").check();
    await grade.getByLabel("Evidence: 2 of 2").check();
    await grade.getByLabel("Reasoning: 2 of 3").check();
    await grade.getByRole("button", { name: "Save grade" }).click();
    await expect(grade.getByRole("status")).toContainText("Saved Jo Park's grade: 5 of 6.");
    // The send (after the response, not awaited by it) has met the outage.
    await expect.poll(() => platform.failScores).toBe(0);
    // Back to the report, as the teacher would from the LMS.
    await lms.goto(platform.coursePage({ ...link, user: teacher }, "frame"));
    const lmsGrades = frame.getByRole("region", { name: "Grades in the LMS" });
    const unsent = lmsGrades.getByRole("table", { name: "Grades not yet sent" });
    await expect(unsent.getByRole("row", { name: /Jo Park/ })).toContainText("HTTP 503");
    await lmsGrades.getByRole("button", { name: "Send now" }).click();
    // Sent: the list gives way to the section's all-clear.
    await expect(lmsGrades).toContainText("The LMS has every grade of this assignment.");
    expect(platform.scores.at(-1)?.score).toMatchObject({
      gradingProgress: "FullyGraded",
      scoreGiven: automatic + 5,
      scoreMaximum: 7,
      activityProgress: "Completed",
    });
  } finally {
    await strict.close();
    await platform.close();
  }
});

test("launches that must not sign anyone in: a replay, a wrong signature, an expired token, an unknown deployment, another course's link", async ({
  browser,
}) => {
  const platform = await startPlatform();
  try {
    const page = await freshPage(browser);
    const courseA = { id: `a-${tag()}`, title: "Course A" };
    const teacher = { sub: `t-${tag()}`, name: "Mr. Okafor", role: "Instructor" as const };
    // The teacher's first launch in course A mirrors it as a class (no quiz linked yet).
    const first = await launchInTab(page, platform, {
      user: teacher,
      context: courseA,
      kind: "resource",
      linkId: "unset",
    });
    await expect(first).toHaveURL(/\/teacher\/classes\//);
    await expect(first.getByRole("heading", { level: 1 })).toHaveText("Course A");
    await expectAccessible(first);

    // The same id_token and state posted again: refused, nobody signed in.
    const replay = platform.issued.at(-1)!;
    const stranger = await freshPage(browser);
    const replayed = await stranger.request.post("/lti/launch", {
      form: { id_token: replay.idToken, state: replay.state },
    });
    expect(replayed.status()).toBe(403);
    expect(await replayed.text()).toContain("already used or has expired");

    const student = { sub: `s-${tag()}`, name: "Sam Lee", role: "Learner" as const };
    for (const [tamper, message] of [
      ["wrong-key", "signature does not match"],
      ["expired", "has expired"],
      ["deployment", "deployment is not registered"],
    ] as const) {
      const tab = await launchInTab(stranger, platform, {
        user: student,
        context: courseA,
        kind: "resource",
        linkId: "unset",
        tamper,
      });
      await expect(tab.getByRole("alert")).toContainText(message);
      await expect(tab.request.get("/student").then((r) => r.url())).resolves.toMatch(/\/sign-in$/);
      await tab.close();
    }

    // Course B's student, with a link copied from course A's class: refused.
    const courseB = { id: `b-${tag()}`, title: "Course B" };
    await (
      await launchInTab(page, platform, {
        user: teacher,
        context: courseB,
        kind: "resource",
        linkId: "b-unset",
      })
    ).close();
    const classA = first.url().split("/").at(-1) ?? "";
    const quizOfA = await createAssignment(classA, ARTICLE, "key-facts");
    const copied = await launchInTab(stranger, platform, {
      user: student,
      context: courseB,
      kind: "resource",
      linkId: `copied-${tag()}`,
      custom: { debrief_assignment: quizOfA.id },
    });
    await expect(copied.getByRole("alert")).toContainText("belongs to another course");
  } finally {
    await platform.close();
  }
});

test("an admin registers one LMS by hand and another by Dynamic Registration", async ({
  browser,
}) => {
  const admin = await createAdminUser();
  const page = await freshPage(browser);
  await signIn(page, admin.email, admin.password, /\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "LMS connections" })).toBeVisible();
  await expect(page.getByText(`${TOOL}/lti/login`)).toBeVisible();
  await expectAccessible(page);

  const byHand = await TestPlatform.start(TOOL);
  const dynamic = await TestPlatform.start(TOOL);
  try {
    const form = page.getByRole("form", { name: "Add an LMS" });
    const values = byHand.registration;
    await form.getByLabel("Name").fill("District Moodle");
    await form.getByLabel("Issuer").fill(values.issuer);
    await form.getByLabel("Client id").fill(values.clientId);
    await form.getByLabel("Authorization (OIDC auth) URL").fill(values.authUrl);
    await form.getByLabel("Access token URL").fill("not a url");
    await form.getByLabel("Public keyset (JWKS) URL").fill(values.jwksUrl);
    await form.getByRole("button", { name: "Add the LMS" }).click();
    await expect(form.getByText("Give a full web address (https://…).")).toBeVisible();
    await form.getByLabel("Access token URL").fill(values.tokenUrl);
    await form.getByLabel("Deployment ids").fill(values.deploymentIds.join("\n"));
    await form.getByRole("button", { name: "Add the LMS" }).click();
    await expect(form.getByRole("status")).toContainText("Added District Moodle");
    const registered = page.getByRole("table", { name: "Registered LMSs" });
    await expect(registered.getByRole("rowheader", { name: "District Moodle" })).toBeVisible();

    await page.getByRole("button", { name: "Make a registration URL" }).click();
    const url = await page.getByLabel("Registration URL").inputValue();
    expect(url).toMatch(new RegExp(`^${TOOL}/lti/register\\?token=`));
    const lms = await freshPage(browser);
    await lms.goto(dynamic.dynamicRegistrationPage(url));
    const frame = lms.frameLocator('iframe[title="Tool registration"]');
    await frame.getByRole("button", { name: "Register Debrief" }).click();
    await expect(frame.getByRole("status")).toContainText(
      `Debrief is registered with ${dynamic.issuer}`,
    );
    await expect(lms.getByText("The tool closed its registration.")).toBeVisible();
    expect(dynamic.registrations[0]).toMatchObject({
      initiate_login_uri: `${TOOL}/lti/login`,
      redirect_uris: [`${TOOL}/lti/launch`],
      jwks_uri: `${TOOL}/lti/jwks`,
    });
    // Used once.
    await lms.goto(dynamic.dynamicRegistrationPage(url));
    await expect(frame.getByRole("alert")).toContainText("was used or has expired");
    await page.reload();
    await expect(registered.getByRole("rowheader", { name: "test-lms" })).toBeVisible();
  } finally {
    await byHand.close();
    await dynamic.close();
  }
});
