// The bench's report: budgets (bench.budgets.json), results for bench.json, the markdown for
// bench.md, and the budgets broken so far.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import { type TServer } from "@/test-support/harness";

export type TBudgets = {
  signIn: { maxP95Ms30Students: number };
  saves: { minShareOfBareRoute200Students: number };
  pageWeight: { maxKbAboveBaseline: Record<string, number> };
  lighthouse: {
    minScores: Record<string, number>;
    maxCls: number;
    maxLcpAboveBareMs: number;
    light: { pages: string[]; maxScoreBelowBare: number; maxTbtAboveBareMs: number };
  };
  scale: { maxTimesTrivial10k: number; maxTimesTrivial100k: number };
  extraction: { maxF1BelowReadability: number; minF1: number; minTitlesRight: number };
  drafts: { maxTimesImport: number };
};

export const budgets = JSON.parse(readFileSync("bench.budgets.json", "utf8")) as TBudgets;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const QUIZ = "who-wants-what";
export const broken: string[] = [];
export const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  cores: os.cpus().length,
};
export const markdown: string[] = [
  "# Debrief benchmark",
  "",
  `Measured ${results.measuredAt as string} on ${os.cpus().length} cores.`,
  "",
];

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function table(title: string, header: string[], rows: (string | number)[][]) {
  const lines = [
    `## ${title}`,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ];
  markdown.push(...lines);
  console.log(`\n${title}`);
  console.table(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))));
}

export function check(ok: boolean, message: string) {
  if (!ok) broken.push(message);
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/** What every section measures against: the app and the bare app on this run's database. */
export type TBench = {
  server: TServer;
  bare: { origin: string; stop: () => void };
  url: string;
  file: string;
};
/** A student with a quiz open and their teacher, for the signed-in pages. */
export type TSignedIn = {
  pupil: { cookie: string };
  teacher: { cookie: string; classId: string };
  quizPath: string;
  gradebookPath: string;
};
