import { createClass, createStudent, createTeacher, userExists } from "./factories";
import {
  expect,
  expectAccessible,
  freshPage,
  loginCard,
  signIn,
  TEACHER_STATE,
  test,
} from "./fixtures";
import type { Page } from "@playwright/test";

/** Fills and posts the sign-in form, for sign-ins that are meant to fail. */
async function tryToSignIn(page: Page, identifier: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

test("a teacher signs up, creates a class, a student joins with the code, and both land on their home", async ({
  browser,
}) => {
  const teacherPage = await freshPage(browser);
  await teacherPage.goto("/sign-up");
  await expectAccessible(teacherPage);
  const email = `new-${Date.now()}@school.example`;
  await teacherPage.getByLabel("Your name, as students see it").fill("Mr. Okafor");
  await teacherPage.getByLabel("Email").fill(email);
  await teacherPage.getByLabel("Password").fill("seven rivers under ice");
  await teacherPage.getByRole("button", { name: "Create account" }).click();
  await expect(teacherPage).toHaveURL(/\/teacher$/);
  await expect(teacherPage.getByRole("heading", { level: 1, name: "My classes" })).toBeVisible();
  await expect(teacherPage.getByText("No classes yet")).toBeVisible();
  await expectAccessible(teacherPage);

  await teacherPage.getByLabel("Class name").fill("Civics 2B");
  await teacherPage.getByRole("button", { name: "Create class" }).click();
  await expect(teacherPage.getByRole("heading", { level: 1, name: "Civics 2B" })).toBeVisible();
  await expectAccessible(teacherPage);
  const joinSection = teacherPage.getByRole("region", { name: "Join code" });
  const joinCode = (await joinSection.locator("strong.font-mono").textContent()) ?? "";
  expect(joinCode).toMatch(/^[A-Z0-9]{6}$/);
  // The invite link has the code in it, and copies in one click.
  await teacherPage.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const invite = joinSection.getByLabel("Invite link");
  await expect(invite).toHaveValue(new RegExp(`^http://[^/]+/join\\?code=${joinCode}$`));
  await joinSection.getByRole("button", { name: "Copy link" }).click();
  await expect(joinSection.getByRole("status").filter({ hasText: "Copied" })).toHaveText(
    "Copied the link.",
  );
  const inviteLink = await teacherPage.evaluate(() => navigator.clipboard.readText());
  expect(inviteLink).toBe(await invite.inputValue());
  // And large enough for a projector.
  await joinSection.getByRole("link", { name: "Show the code on a projector" }).click();
  await expect(teacherPage.getByRole("heading", { level: 1 })).toHaveText("Join Civics 2B");
  const shown = teacherPage.getByText(joinCode, { exact: true });
  expect(
    await shown.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
  ).toBeGreaterThanOrEqual(60);
  await expectAccessible(teacherPage);
  await teacherPage.goBack();

  const studentPage = await freshPage(browser);
  await studentPage.goto("/join");
  await expectAccessible(studentPage);
  // Opened from the invite link, the code is filled in.
  await studentPage.goto(inviteLink);
  await expect(studentPage.getByLabel("Join code")).toHaveValue(joinCode);
  await studentPage.getByLabel("Your name, as your teacher knows you").fill("Zoe");
  await studentPage.getByLabel("Username").fill(`zoe-${Date.now()}`);
  await studentPage.getByLabel("Password").fill("paper lanterns at dusk");
  await studentPage.getByRole("button", { name: "Join the class" }).click();
  await expect(studentPage).toHaveURL(/\/student$/);
  await expect(studentPage.getByRole("region", { name: "Classes you are in" })).toContainText(
    "Civics 2B",
  );
  await expect(studentPage.getByRole("region", { name: "Classes you are in" })).toContainText(
    "Mr. Okafor",
  );
  await expectAccessible(studentPage);

  await teacherPage.reload();
  await expect(teacherPage.getByRole("region", { name: /Roster/ })).toContainText("Zoe");
});

test("a wrong or turned-off join code gets a clear error and creates nothing", async ({ page }) => {
  const teacher = await createTeacher();
  const found = await createClass(teacher.id);
  await page.goto("/join");
  await page.getByLabel("Join code").fill("ZZZZZZ");
  await page.getByLabel("Your name, as your teacher knows you").fill("Sam");
  await page.getByLabel("Username").fill(`sam-${Date.now()}`);
  await page.getByLabel("Password").fill("paper lanterns at dusk");
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByText("That join code is not valid or is turned off")).toHaveCount(2);
  await expect(page.getByLabel("Username")).toHaveValue(/^sam-/);
  await expect(page.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Join code").fill("bad");
  await page.getByLabel("Password").fill("paper lanterns at dusk");
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByText("A join code has 6 letters and numbers")).toBeVisible();
  expect(found.joinCode).toHaveLength(6);
});

test.describe("as a teacher", () => {
  test.use({ storageState: TEACHER_STATE });

  test("bulk-created students sign in with a one-time password and must set their own", async ({
    page,
    browser,
  }) => {
    await page.goto("/teacher");
    await page.getByLabel("Class name").fill(`Bulk ${Date.now()}`);
    await page.getByRole("button", { name: "Create class" }).click();
    await page.getByLabel("Student names").fill("Dana Lee\nÉlodie Martin\n");
    await page.getByRole("button", { name: "Create accounts" }).click();
    const cards = page.getByRole("list", { name: "Login cards" });
    await expect(cards.getByRole("listitem")).toHaveCount(2);
    await expectAccessible(page);
    const { username, password: oneTime } = await loginCard(page, "Dana Lee");
    expect(username).toMatch(/^dana\.l\d*$/);
    expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await expect(cards).toContainText(/elodie\.m/);

    const student = await freshPage(browser);
    await signIn(student, username, oneTime, /\/account\/password$/);
    await expect(student.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
    await expectAccessible(student);
    // Until it is replaced, other pages send the student back here.
    await student.goto("/student");
    await expect(student).toHaveURL(/\/account\/password$/);
    await student.getByLabel("New password", { exact: true }).fill("password1");
    await student.getByLabel("New password again").fill("password1");
    await student.getByRole("button", { name: "Save my password" }).click();
    await expect(formAlert(student)).toContainText("too common");
    await student.getByLabel("New password", { exact: true }).fill("my own secret garden");
    await student.getByLabel("New password again").fill("my own secret garden");
    await student.getByRole("button", { name: "Save my password" }).click();
    await expect(student).toHaveURL(/\/student$/);
    await expect(student.getByRole("heading", { level: 1, name: "My classes" })).toBeVisible();

    // The one-time password no longer works; the new one does.
    const again = await freshPage(browser);
    await tryToSignIn(again, username, oneTime);
    await expect(formAlert(again)).toContainText("do not match");
    await signIn(again, username, "my own secret garden", /\/student$/);
  });

  test("roster actions in a table: reset password, remove from class (named), export, delete", async ({
    page,
    browser,
  }) => {
    const teacherClass = await page.goto("/teacher").then(async () => {
      await page.getByLabel("Class name").fill(`Roster ${Date.now()}`);
      await page.getByRole("button", { name: "Create class" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Roster");
      return page.url().split("/").at(-1) ?? "";
    });
    const kept = await createStudent(teacherClass);
    const gone = await createStudent(teacherClass);
    await page.reload();
    const roster = page.getByRole("region", { name: /Roster/ });
    await expect(roster.getByRole("rowheader")).toHaveCount(2);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: `Export data for ${kept.displayName}` }).click();
    const file = await (await download).path();
    const exported = JSON.parse(
      await import("node:fs/promises").then((fs) => fs.readFile(file, "utf8")),
    ) as {
      student: { username: string; enrolments: unknown[] };
    };
    expect(exported.student.username).toBe(kept.username);
    expect(exported.student.enrolments).toHaveLength(1);

    await page.getByRole("button", { name: `Reset password for ${kept.displayName}` }).click();
    const { password: newPassword } = await loginCard(page, kept.displayName);
    expect(newPassword).toMatch(/^[a-z2-9-]{14}$/);
    const student = await freshPage(browser);
    await signIn(student, kept.username, newPassword, /\/account\/password$/);

    // A name leads to the student's page.
    await expect(roster.getByRole("link", { name: kept.displayName, exact: true })).toHaveAttribute(
      "href",
      new RegExp(`/students/${kept.id}$`),
    );
    await page.getByRole("button", { name: `Remove ${kept.displayName} from class` }).click();
    // Asked first, naming the student and the class.
    const asking = page.getByRole("dialog", {
      name: new RegExp(`^Remove ${kept.displayName} from `),
    });
    await expect(asking.getByRole("button", { name: "Keep it" })).toBeFocused();
    await asking.getByRole("button", { name: `Remove ${kept.displayName}` }).click();
    // The notice says who left, and from which class.
    await expect(
      page.getByRole("status").filter({
        hasText: new RegExp(
          `^Removed ${kept.displayName} from Roster \\d+\\. .*past work are kept`,
        ),
      }),
    ).toBeVisible();
    await expect(roster.getByRole("rowheader")).toHaveCount(1);
    expect(await userExists(kept.id)).toBe(true);

    await page.getByText(`Delete ${gone.displayName}'s account…`).click();
    const deleteForm = page.getByRole("form", { name: `Delete ${gone.displayName}` });
    await deleteForm.getByRole("button", { name: "Delete account" }).click();
    await expect(deleteForm.getByRole("alert")).toHaveText("Please check the highlighted fields.");
    await expect(deleteForm.getByText('Type "delete" to confirm.', { exact: true })).toBeVisible();
    expect(await userExists(gone.id)).toBe(true);
    await deleteForm.getByLabel('Type "delete" to confirm').fill("delete");
    await deleteForm.getByRole("button", { name: "Delete account" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Student account and all their work deleted." }),
    ).toBeVisible();
    await expect(roster.getByRole("rowheader")).toHaveCount(0);
    expect(await userExists(gone.id)).toBe(false);
  });

  test("a teacher cannot open another teacher's class", async ({ page }) => {
    const other = await createTeacher();
    const theirs = await createClass(other.id);
    const response = await page.goto(`/teacher/classes/${theirs.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(theirs.name)).toHaveCount(0);
  });
});

test("pages for signed-in users send others to the right place", async ({ page }) => {
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectAccessible(page);
  const teacher = await createTeacher();
  const student = await createStudent((await createClass(teacher.id)).id);
  await signIn(page, student.username, student.password, /\/student$/);
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/student$/);
});

test("the 6th failed sign-in within 10 minutes is refused with a clear message", async ({
  page,
}) => {
  const teacher = await createTeacher();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await tryToSignIn(page, teacher.email, `wrong password ${attempt}`);
    await expect(formAlert(page)).toContainText("do not match");
  }
  await tryToSignIn(page, teacher.email, teacher.password);
  await expect(formAlert(page)).toHaveText(
    "Too many failed sign-in attempts. Try again in 10 minutes.",
  );
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a classmate's wrong passwords from the same school network cannot lock a student out of their own browser, and the teacher unlocks them", async ({
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);
  // The student has signed in on their Chromebook before.
  const own = await freshPage(browser);
  await signIn(own, student.username, student.password, /\/student$/);
  await own.context().clearCookies({ name: "__Host-debrief-session" });

  // A classmate, same address (every test browser is on localhost), five wrong guesses.
  const classmate = await freshPage(browser);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await tryToSignIn(classmate, student.username, `wrong password ${attempt}`);
    await expect(formAlert(classmate)).toContainText("do not match");
  }
  await tryToSignIn(classmate, student.username, student.password);
  await expect(formAlert(classmate)).toContainText("Too many failed sign-in attempts");

  // The student's own browser still gets in.
  await signIn(own, student.username, student.password, /\/student$/);

  // A browser the student never used is locked until the teacher unlocks the account.
  const teacherTab = await freshPage(browser);
  await signIn(teacherTab, teacher.email, teacher.password, /\/teacher$/);
  await teacherTab.goto(`/teacher/classes/${klass.id}`);
  await teacherTab
    .getByRole("button", { name: `Unlock sign-in for ${student.displayName}` })
    .click();
  await expect(teacherTab.getByText(`${student.displayName} can sign in again now`)).toBeVisible();
  await signIn(classmate, student.username, student.password, /\/student$/);
});

test.describe("session cookie", () => {
  test("is HttpOnly, SameSite=Lax, Secure and __Host- prefixed, and never a planted one", async ({
    page,
  }) => {
    const teacher = await createTeacher();
    // Session fixation: a token planted before sign-in must not become the session.
    const planted = "A".repeat(43);
    await page.context().addCookies([
      {
        name: "__Host-debrief-session",
        value: planted,
        domain: "localhost",
        path: "/",
        secure: true,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
    await signIn(page, teacher.email, teacher.password, /\/teacher$/);
    const session = async () =>
      (await page.context().cookies()).find((c) => c.name === "__Host-debrief-session");
    const cookie = await session();
    expect(cookie).toMatchObject({
      name: "__Host-debrief-session",
      httpOnly: true,
      secure: true,
      sameSite: "Lax",
      path: "/",
    });
    expect(cookie?.value).not.toBe(planted);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await signIn(page, teacher.email, teacher.password, /\/teacher$/);
    const next = await session();
    expect(next?.value).not.toBe(cookie?.value);
  });

  test("sign-out ends the session on the server, not just in the browser", async ({
    page,
    browser,
  }) => {
    const teacher = await createTeacher();
    await signIn(page, teacher.email, teacher.password, /\/teacher$/);
    const stolen = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    const replayPage = await freshPage(browser);
    await replayPage.context().addCookies(stolen);
    await replayPage.goto("/teacher");
    await expect(replayPage).toHaveURL(/\/sign-in$/);
  });

  test("changing the password ends the user's other sessions", async ({ page, browser }) => {
    const teacher = await createTeacher();
    const otherDevice = await freshPage(browser);
    await signIn(otherDevice, teacher.email, teacher.password, /\/teacher$/);
    await signIn(page, teacher.email, teacher.password, /\/teacher$/);
    await page.goto("/account/password");
    await expectAccessible(page);
    await page.getByLabel("Current password").fill(teacher.password);
    await page.getByLabel("New password", { exact: true }).fill("a different long passphrase");
    await page.getByLabel("New password again").fill("a different long passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Password changed. You were signed out everywhere else.",
    );
    await otherDevice.goto("/teacher");
    await expect(otherDevice).toHaveURL(/\/sign-in$/);
    await page.goto("/teacher");
    await expect(page).toHaveURL(/\/teacher$/);
  });
});

test("every HTML response carries the security headers, scripts the nonce, the inline stylesheet its hash", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  for (const path of [
    "/",
    "/sign-in",
    "/join",
    "/articles/kim-putin-arms-talks/explainer",
    "/nope",
  ]) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    const csp = headers["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, path).toBeTruthy();
    for (const directive of [
      "'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp, path).toContain(directive);
    }
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    // Every script the server sent carries the nonce. (Scripts the page adds later — a route's
    // code fetched when a link scrolls into view — have none and need none: 'strict-dynamic'
    // trusts what a trusted script loads. Reading the DOM once caught one of those mid-load.)
    const html = (await response?.text()) ?? "";
    const scriptNonces = [...html.matchAll(/<script\b[^>]*>/g)].map(
      ([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? "",
    );
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces), path).toEqual(new Set([nonce]));
    // The stylesheet is inline (the first paint waits for no second request) and the CSP let it
    // apply: the body's utility classes are in effect.
    await expect(page.locator("link[rel=stylesheet]")).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).display), path).toBe("flex");
  }
  // The explainer's level switch is React: it only works if the nonce let the scripts run.
  await page.goto("/articles/kim-putin-arms-talks/explainer");
  await page.getByRole("radio", { name: /Simpler/ }).check();
  await expect(page).toHaveURL(/level=simpler/);
  expect(violations).toEqual([]);
});
