// npm run screenshots — retakes the README's screenshots (docs/screenshots/) from a production
// build on a fresh database with the demo data: the student's path on a phone, the teacher's on
// a desktop.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { DEMO } from "@/app/lib/demo-accounts";
import { freshDatabase, startServer } from "@/test-support/harness";

const OUT = "docs/screenshots";
const NEWS_PAGE = "e2e/fixtures/saved-news-page.html";

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync("tsx", args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { url } = await freshDatabase();
run(["scripts/build.ts"], { NEXT_DIST_DIR: ".next-test", NODE_ENV: "production" });
run(["--conditions=react-server", "scripts/seed.ts"], { DATABASE_URL: url });
const server = await startServer(url);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
mkdirSync(OUT, { recursive: true });

async function signIn(page: Page, login: string, password: string) {
  await page.goto(`${server.origin}/sign-in`);
  await page.getByLabel("Email or username").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((address) => !address.pathname.startsWith("/sign-in"));
}

async function shoot(page: Page, name: string, path: string) {
  await page.goto(`${server.origin}${path}`);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png  ${path}`);
}

try {
  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  });
  await signIn(phone, DEMO.students[4].username, DEMO.studentPassword);
  await shoot(phone, "student-home", "/student");
  await shoot(phone, "student-explainer", "/articles/kim-putin-arms-talks/explainer#the-debate");
  await shoot(phone, "student-my-work", "/student/history");

  // A Chromebook's screen, the size teachers use.
  const desk = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await signIn(desk, DEMO.teacher.email, DEMO.teacher.password);
  await desk.goto(`${server.origin}/teacher`);
  await desk.getByRole("link", { name: new RegExp(DEMO.class.name) }).click();
  await desk.waitForURL(/\/teacher\/classes\//);
  const classPath = new URL(desk.url()).pathname;
  await shoot(desk, "teacher-gradebook", `${classPath}/gradebook`);
  await desk.goto(`${server.origin}${classPath}`);
  await desk.getByRole("link", { name: "Key facts", exact: true }).click();
  await desk.waitForURL(/\/teacher\/assignments\//);
  await shoot(desk, "teacher-analysis", `${new URL(desk.url()).pathname}#analysis-heading`);
  await desk.goto(`${server.origin}${classPath}`);
  await desk.getByRole("link", { name: "Transactional or strategic?", exact: true }).click();
  await desk.waitForURL(/\/teacher\/assignments\//);
  await shoot(desk, "teacher-grading", `${new URL(desk.url()).pathname}/grading`);
  await desk.goto(`${server.origin}${classPath}`);
  await desk.getByRole("link", { name: "Who wants what", exact: true }).click();
  await desk.waitForURL(/\/teacher\/assignments\//);
  await shoot(desk, "teacher-live-board", `${new URL(desk.url()).pathname}/live`);

  // The authoring studio, from a saved news page (the e2e fixture) to a question.
  await shoot(desk, "teacher-new-article", "/teacher/articles/new");
  await desk.getByLabel("Saved web page, text file or Debrief pack").setInputFiles(NEWS_PAGE);
  await desk.getByRole("button", { name: "Continue" }).click();
  await desk.waitForURL(/\/teacher\/articles\/(?!new$)[^/]+$/);
  const editorPath = new URL(desk.url()).pathname;
  await shoot(desk, "teacher-article-checks", `${editorPath}?step=text`);
  await shoot(desk, "teacher-article-text", `${editorPath}?step=text#paragraph-p3`);
  await shoot(desk, "teacher-preview", `/teacher/articles/${editorPath.split("/").at(-1)}/preview`);
  await shoot(desk, "teacher-publish", `${editorPath}?step=publish`);
  await shoot(desk, "teacher-drafts", `${editorPath}?step=questions#drafts-attribution-heading`);
  const phoneTeacher = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phoneTeacher.context().addCookies(await desk.context().cookies());
  await shoot(
    phoneTeacher,
    "teacher-drafts-phone",
    `${editorPath}?step=questions#drafts-evidence-heading`,
  );
  await phoneTeacher.close();
  await desk.getByRole("button", { name: "Write a new question" }).click();
  await desk
    .getByLabel("Question", { exact: true })
    .fill("What did the council decide on Tuesday?");
  await desk.getByLabel("Text of option A").fill("To keep the public library open on Sundays");
  await desk
    .getByRole("group", { name: "Sentences question new rests on" })
    .getByRole("button", { name: /^p1\.s1 / })
    .click();
  await desk.getByRole("form", { name: "Edit question new" }).scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${OUT}/teacher-question-editor.png` });
  console.log(`${OUT}/teacher-question-editor.png  ${editorPath} (writing a question)`);
  await desk.goto(`${server.origin}${editorPath}?step=explainer`);
  const people = desk.getByRole("region", { name: "Explainer: who's who" });
  await people.getByRole("button", { name: "Add a person" }).click();
  const person = people.getByRole("group", { name: "Person 1" });
  await person.getByLabel("Name").fill("Ana Ortiz");
  await person.getByLabel("Role").fill("Council member");
  await person
    .getByLabel("About them (standard level)")
    .fill("Argues that Sunday opening hours serve students employed during the working week.");
  await person.getByLabel("About them (simpler level)").fill("She says students need Sundays.");
  await person.getByRole("button", { name: "Sources: none chosen" }).click();
  await person.getByRole("button", { name: /^p2\.s1 / }).click();
  await people
    .getByRole("heading", { name: "Explainer: who's who" })
    .evaluate((heading) => heading.scrollIntoView({ block: "start" }));
  await desk.screenshot({ path: `${OUT}/teacher-explainer-parts.png` });
  console.log(`${OUT}/teacher-explainer-parts.png  ${editorPath} (who's who)`);
} finally {
  await browser.close();
  await server.stop();
}
