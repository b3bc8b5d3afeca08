// npm run bench [-- sections…] — figures, each beside a ceiling measured in the same run on the
// same machine, so budgets are ratios that a slower or busier machine does not break by itself:
//   signin     30 students signing in within the same second vs. one sign-in alone (Argon2id, and
//              the earlier scrypt hashes rehashed at that sign-in);
//   saves      answer saves under load (50 and 200 students, real endpoints) vs. a bare Next.js
//              route handler under the same load (the HTTP ceiling) and a better-sqlite3 loop (the
//              storage ceiling); then 200 students on PostgreSQL with one and two instances;
//   weight     first-load JavaScript (gzip) of four routes vs. a bare Next.js page;
//   lighthouse mobile Lighthouse (median of three) for four pages vs. the bare page;
//   scale      server time of the gradebook and an assignment's analysis at 10,000 and 100,000
//              attempts vs. a trivial page on the same server;
//   extraction the studio's import of 181 real saved news pages (a vendored public benchmark) vs.
//              plain Readability on the same pages (no server);
//   drafts     what the studio drafts from 12 of those articles, by kind, and its time vs. the
//              import of the same pages (no server; --sample prints drafts to judge by hand).
// The bare app (one page, one route handler) is built with the same Next.js and served by the same
// scripts/server.mjs. Prints tables, writes bench-results/bench.json and bench.md, exits 1 if a
// budget in bench.budgets.json is broken. Not part of npm test.
import { mkdirSync, writeFileSync } from "node:fs";
import {
  ARTICLE,
  freshDatabase,
  makeStudents,
  post,
  startServer,
  teacherWithClass,
} from "@/test-support/harness";
import { startBareApp } from "./bench/bare-app";
import { benchLighthouse } from "./bench/lighthouse";
import { broken, markdown, QUIZ, results, run } from "./bench/report";
import { benchDrafts } from "./bench/drafts";
import { benchExtraction } from "./bench/extraction";
import { benchSaves } from "./bench/saves";
import { benchScale } from "./bench/scale";
import { benchSignIn } from "./bench/signin";
import { benchWeight } from "./bench/weight";

const SECTIONS = [
  "signin",
  "saves",
  "weight",
  "lighthouse",
  "scale",
  "extraction",
  "drafts",
] as const;
const chosen = process.argv.slice(2).filter((a) => !a.startsWith("-"));
for (const name of chosen) {
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`Unknown section ${name}; choose from ${SECTIONS.join(", ")}.`);
}
const wanted = (name: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(name);

const started = performance.now();
// The import of real pages needs no server: measured first, and alone when it is all that is asked.
if (wanted("extraction")) benchExtraction();
if (wanted("drafts")) benchDrafts(process.argv.includes("--sample"));
const NO_SERVER = new Set<string>(["extraction", "drafts"]);
const serverSections = SECTIONS.filter((name) => !NO_SERVER.has(name) && wanted(name));
if (serverSections.length > 0) await serverBench();

async function serverBench() {
  run("tsx", ["scripts/build.ts"], { NEXT_DIST_DIR: ".next-test", NODE_ENV: "production" });
  const { url, file } = await freshDatabase();
  const server = await startServer(url);
  const bare = await startBareApp();
  const bench = { server, bare, url, file };
  try {
    if (wanted("signin")) await benchSignIn(bench);

    if (wanted("saves")) await benchSaves(bench);

    // Sessions and data for the signed-in pages.
    const [pupil] = await makeStudents(url, 1);
    const attempt = await post(
      server.origin,
      "/api/attempts",
      { kind: "practice", articleSlug: ARTICLE, quizId: QUIZ },
      { cookie: pupil!.cookie },
    );
    const quizPath = `/attempts/${typeof attempt.body.attemptId === "string" ? attempt.body.attemptId : ""}`;
    const teacher = await teacherWithClass(url, [pupil!]);
    const gradebookPath = `/teacher/classes/${teacher.classId}/gradebook`;
    const signedIn = { pupil: pupil!, teacher, quizPath, gradebookPath };

    if (wanted("weight")) await benchWeight(bench, signedIn);

    if (wanted("lighthouse")) await benchLighthouse(bench, signedIn);

    if (wanted("scale")) await benchScale(bench, signedIn);
  } finally {
    await server.stop();
    bare.stop();
  }
}
results.minutes = (performance.now() - started) / 60_000;
console.log(`\nMeasured in ${(results.minutes as number).toFixed(1)} minutes.`);

results.budgetsBroken = broken;
markdown.push(
  "## Budgets",
  "",
  broken.length === 0
    ? "All budgets in bench.budgets.json hold."
    : broken.map((b) => `- ${b}`).join("\n"),
  "",
);
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/bench.json", `${JSON.stringify(results, null, 2)}\n`);
writeFileSync("bench-results/bench.md", markdown.join("\n"));
console.log(`\nWrote bench-results/bench.json and bench-results/bench.md.`);
if (broken.length > 0) {
  console.error(`\nBudgets broken:\n${broken.map((b) => `- ${b}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log("All budgets hold.");
}
