// Two production servers of one build on one PostgreSQL database (npm run test:postgres starts
// them): a school behind a load balancer whose requests land on either instance.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import {
  createAssignment,
  createClass,
  createSession,
  createStudent,
  createTeacher,
} from "../factories";
import {
  ARTICLE,
  composeAssignment,
  expect,
  expectAccessible,
  freshPage,
  signIn,
  test,
} from "../fixtures";
import { sessionCookie } from "../../test-support/sessions";
import { postSignIn, signInFormFields } from "../../test-support/sign-in-form";
import { withSql } from "../../test-support/sql";

const A = `http://localhost:${process.env.E2E_PORT}`;
const B = `http://localhost:${process.env.E2E_PORT_B}`;

const question = (page: Page, prompt: RegExp) => page.getByRole("region", { name: prompt });

async function answer(page: Page, prompt: RegExp, label: string | RegExp) {
  const region = question(page, prompt);
  await region.getByLabel(label).check();
  await expect(region.getByRole("status")).toHaveText(/^✓ Saved$/);
}

test("a teacher assigns on one instance; a student signs in on A, answers on B, submits on A; nothing is lost", async ({
  browser,
}) => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const student = await createStudent(klass.id);

  // The teacher works on B.
  const staff = await freshPage(browser);
  await signIn(staff, teacher.email, teacher.password, /\/teacher$/, B);
  await staff.goto(`${B}/teacher/classes/${klass.id}`);
  await staff.getByRole("link", { name: "New assignment" }).click();
  await composeAssignment(staff, "Two-server check", ["q02", "q03", "q09"]);
  await staff.getByRole("button", { name: "Assign to the class" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Two-server check" })).toBeVisible();
  const assignmentPath = new URL(staff.url()).pathname;
  // The teacher watches the live board on B while the student works through both instances.
  await staff.goto(`${B}${assignmentPath}/live`);
  const boardRow = staff.getByRole("row").filter({ hasText: student.displayName });
  await expect(boardRow).toContainText("not started");

  // The student signs in on A, which shows the assignment made through B at once; the same
  // session works on B.
  const page = await freshPage(browser);
  await signIn(page, student.username, student.password, /\/student$/, A);
  const card = page.getByRole("listitem").filter({ hasText: "Two-server check" });
  await expect(card).toContainText("Status: not started");
  await page.goto(`${B}/student`);
  await expect(card).toContainText("Status: not started");
  await page.getByRole("button", { name: "Start Two-server check" }).click();
  await expect(page).toHaveURL(new RegExp(`^${B}/attempts/`));
  const attemptPath = new URL(page.url()).pathname;

  // Answers are saved through B.
  await answer(page, /"the Kremlin" means/, "the Russian government");
  await answer(page, /Who is the source for the claim that Shoigu/, /John Kirby/);
  await answer(page, /publicly committed not to sell weapons/, "True");

  // Back on A: the dashboard offers to resume, every answer saved on B is there, and A submits.
  await page.goto(`${A}/student`);
  await page.getByRole("link", { name: "Resume Two-server check" }).click();
  await expect(page).toHaveURL(`${A}${attemptPath}`);
  await expect(
    question(page, /"the Kremlin" means/).getByLabel("the Russian government"),
  ).toBeChecked();
  await expect(question(page, /Who is the source/).getByLabel(/John Kirby/)).toBeChecked();
  await expect(question(page, /publicly committed/).getByLabel("True")).toBeChecked();
  await expectAccessible(page);
  // The one attempt this assignment allows: handing it in asks first.
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.getByRole("button", { name: "Hand it in" }).click();
  await expect(page.getByRole("heading", { name: /Your score: 3 \/ 3/ })).toBeVisible();

  // The board on B, never reloaded, shows the work handed in through A.
  await expect(boardRow).toContainText("handed in");
  await expect(boardRow.getByRole("cell", { name: "Question 1: Correct" })).toBeVisible();

  // The teacher, still on B, sees the submitted score at once.
  await staff.goto(`${B}${assignmentPath}`);
  const row = staff.getByRole("row").filter({ hasText: student.displayName });
  await expect(row).toContainText("submitted");
  await expect(row).toContainText("100%");
});

test("50 students starting one assignment at once, each on both instances, get one attempt each", async () => {
  const teacher = await createTeacher();
  const klass = await createClass(teacher.id);
  const students = await Promise.all(
    Array.from({ length: 50 }, async () => {
      const student = await createStudent(klass.id);
      return { ...student, token: await createSession(student.id) };
    }),
  );
  const assignment = await createAssignment(klass.id, ARTICLE, "key-facts");

  const start = async (origin: string, token: string) => {
    const response = await fetch(`${origin}/api/attempts`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        origin,
        cookie: sessionCookie(token),
      },
      body: JSON.stringify({ kind: "assignment", assignmentId: assignment.id }),
    });
    return { status: response.status, body: (await response.json()) as { attemptId?: string } };
  };
  // 100 requests at once: every student on A and on B.
  const replies = await Promise.all(
    students.flatMap((s) => [start(A, s.token), start(B, s.token)]),
  );

  expect(replies.map((r) => r.status)).toEqual(replies.map(() => 201));
  for (let i = 0; i < students.length; i += 1) {
    const onA = replies[2 * i]?.body.attemptId;
    const onB = replies[2 * i + 1]?.body.attemptId;
    expect(onA).toBeTruthy();
    expect(onB).toBe(onA);
  }
  const rows = await withSql(process.env.DATABASE_URL ?? "", (sql) =>
    sql.all<{ studentId: string; n: number | string }>(
      `SELECT "studentId", count(*) AS n FROM "Attempt" WHERE "assignmentId" = ? GROUP BY "studentId"`,
      [assignment.id],
    ),
  );
  expect(rows).toHaveLength(50);
  expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
  expect(new Set(rows.map((row) => row.studentId))).toEqual(new Set(students.map((s) => s.id)));
});

test("a sign-in form served by one build is accepted by the other, built with the same key", async () => {
  // Two separate builds: different build IDs, the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY.
  const buildId = (dir: string) => readFileSync(path.join(dir, "BUILD_ID"), "utf8");
  expect(buildId(".next-test")).not.toBe(buildId(process.env.E2E_DIST_DIR_B ?? ""));

  const teacher = await createTeacher();
  // The form as A renders it for a browser without JavaScript: its hidden fields name the action.
  const form = await signInFormFields(A);
  expect([...form.keys()].some((name) => name.startsWith("$ACTION"))).toBe(true);

  // Posted to B, as a load balancer might send it: B runs the action and signs the teacher in.
  const reply = await postSignIn(B, form, teacher.email, teacher.password);
  expect(reply.status).toBe(303);
  expect(reply.location).toMatch(/\/teacher$/);
  expect(reply.cookie).toMatch(/__Host-debrief-session=/);
});
