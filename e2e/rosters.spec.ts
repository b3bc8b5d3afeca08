import { createAdminUser, createClass, createStudent, createTeacher } from "./factories";
import { expect, expectAccessible, freshPage, loginCard, signIn, signInAs, test } from "./fixtures";
import type { Page } from "@playwright/test";

const USERS_HEADER =
  "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password";

/** A school's OneRoster export: two classes, a teacher, and (optionally) a row with no name. */
function oneRoster(tag: string, withBadRow: boolean) {
  const users = [
    USERS_HEADER,
    `${tag}-u1,active,,true,org,student,,,Dana,Lee,,,,,,,09,`,
    `${tag}-t1,active,,true,org,teacher,,,Mei,Chen,,,mei@school.example,,,,,`,
    `${tag}-u2,active,,true,org,student,,,Élodie,Martin,,,,,,,09,`,
    ...(withBadRow ? [`${tag}-u3,active,,true,org,student,,,,,,,,,,,09,`] : []),
    `${tag}-u9,active,,true,org,student,,,Sam,Okafor,,,,,,,10,`,
  ].join("\r\n");
  const enrollments = [
    "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate",
    `e1,active,,civics-9,org,${tag}-u1,student,false,,`,
    `e2,active,,civics-9,org,${tag}-u2,student,false,,`,
    ...(withBadRow ? [`e3,active,,civics-9,org,${tag}-u3,student,false,,`] : []),
    `e4,active,,civics-9,org,${tag}-t1,teacher,true,,`,
    `e5,active,,history-10,org,${tag}-u9,student,false,,`,
  ].join("\r\n");
  return { users, enrollments };
}

async function upload(page: Page, files: { users: string; enrollments: string }) {
  // Excel's "CSV UTF-8" starts with a byte-order mark.
  await page.getByLabel("Students file").setInputFiles({
    name: "users.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${files.users}`),
  });
  await page.getByLabel("Enrollments file (optional)").setInputFiles({
    name: "enrollments.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(files.enrollments),
  });
}

test("a OneRoster file: a preview names bad rows and creates nothing, then every account at once, with login cards", async ({
  browser,
}) => {
  const teacher = await createTeacher();
  const own = await createClass(teacher.id);
  const page = await freshPage(browser);
  await signInAs(page.context(), teacher.id);
  // A student who joined with the code already: the file's Dana Lee is not made twice.
  const tag = `r${Date.now()}`;
  await page.goto(`/teacher/classes/${own.id}`);
  const preview = page.getByRole("region", { name: "Roster preview" });

  await upload(page, oneRoster(tag, true));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(preview).toContainText("several classes: choose one");
  await page.getByLabel("Class in the enrollments file").selectOption("civics-9");
  await page.getByRole("button", { name: "Preview" }).click();
  const problems = preview.getByRole("table", { name: /Rows that cannot be read/ });
  await expect(problems.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "Students file",
    "5",
    "It has no name.",
  ]);
  await expect(page.getByRole("button", { name: /^Create \d+ account/ })).toHaveCount(0);
  await expect(preview).toContainText("Nothing can be created yet: 1 row cannot be read");
  await expect(preview.getByRole("row", { name: /Dana Lee/ })).toContainText(
    "Created once the file is fixed",
  );
  await expectAccessible(page);

  // The fixed file: the teacher and the other class's student are left out.
  await upload(page, oneRoster(tag, false));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(preview).toContainText("2 accounts to create, 2 rows left out");
  await expect(preview).toContainText("All 2 accounts are created together, or none is");
  await page.getByRole("button", { name: "Create 2 accounts" }).click();
  await expect(
    page.getByRole("form", { name: "Upload a roster" }).getByRole("status"),
  ).toContainText("Created 2 student accounts");
  const cards = page.getByRole("list", { name: "Login cards" });
  await expect(cards.getByRole("listitem")).toHaveCount(2);
  await expect(cards.getByRole("listitem").first()).toContainText(own.name);
  await expectAccessible(page);
  const card = await loginCard(page, "Élodie Martin");
  expect(card.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  const roster = page.getByRole("region", { name: /Roster/ });
  await expect(roster.getByRole("rowheader", { name: "Élodie Martin" })).toBeVisible();

  // The same file again: both already here, nothing to create.
  await upload(page, oneRoster(tag, false));
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByLabel("Class in the enrollments file").selectOption("civics-9");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(preview).toContainText("0 accounts to create, 2 rows not created");
  await expect(preview.getByRole("row", { name: /Dana Lee/ })).toContainText(
    "Already in this class.",
  );

  // The card's one-time password signs in once, and must be replaced first.
  const student = await freshPage(browser);
  await signIn(student, card.username, card.password, /\/account\/password$/);
});

test("a plain list of names: a classmate's name is not made twice; a changed file after the preview creates nothing", async ({
  browser,
}) => {
  const teacher = await createTeacher();
  const own = await createClass(teacher.id);
  const existing = await createStudent(own.id);
  const page = await freshPage(browser);
  await signInAs(page.context(), teacher.id);
  await page.goto(`/teacher/classes/${own.id}`);
  const names = page.getByLabel("Students file");
  await names.setInputFiles({
    name: "names.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`${existing.displayName}\r\nNguyen, Anh\r\n`),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Roster preview" });
  await expect(preview.getByRole("row", { name: new RegExp(existing.displayName) })).toContainText(
    "A student of this class has this name.",
  );
  await expect(preview.getByRole("row", { name: /Anh Nguyen/ })).toContainText("Will be created");
  // Another name slipped into the file before confirming: the preview no longer holds.
  await names.setInputFiles({
    name: "names.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Nguyen, Anh\nPark, Jin\n"),
  });
  await page.getByRole("button", { name: "Create 1 account" }).click();
  await expect(
    page.getByRole("form", { name: "Upload a roster" }).getByRole("alert"),
  ).toContainText("changed since the preview, so nothing was created");
  const roster = page.getByRole("region", { name: /Roster/ });
  await expect(roster.getByRole("rowheader")).toHaveCount(1);
});

test("an admin fills a teacher's class from a Clever-style file", async ({ browser }) => {
  const teacher = await createTeacher();
  const own = await createClass(teacher.id);
  const admin = await createAdminUser();
  const page = await freshPage(browser);
  await signIn(page, admin.email, admin.password, /\/admin$/);
  await page.getByRole("link", { name: "Rosters" }).click();
  await page.getByLabel("Class").selectOption({ label: `${own.name} (${teacher.displayName})` });
  await page.getByRole("button", { name: "Choose" }).click();
  await page.getByLabel("Students file").setInputFiles({
    name: "students.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "School_id,Student_id,Last_name,First_name\ns1,c-1,Nguyen,Anh\ns1,c-2,Park,Jin\n",
    ),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Roster preview" })).toContainText(
    "Read as: Clever-style students file. 2 accounts to create.",
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create 2 accounts" }).click();
  await expect(page.getByRole("list", { name: "Login cards" }).getByRole("listitem")).toHaveCount(
    2,
  );
  // The teacher sees them in the class.
  const teacherPage = await freshPage(browser);
  await signInAs(teacherPage.context(), teacher.id);
  await teacherPage.goto(`/teacher/classes/${own.id}`);
  await expect(
    teacherPage.getByRole("region", { name: /Roster/ }).getByRole("rowheader"),
  ).toHaveText([/^Anh Nguyen/, /^Jin Park/]);
});
