// Reads Stryker's JSON report (reports/mutation/mutation.json) and prints the score of each
// mutated file; fails when a file scores under 85 % or when a mutant left alive is not listed,
// with the reason it cannot be killed, in scripts/mutation/survivors.md. Lists are matched by file,
// mutator, original code and replacement (not line numbers, which move with every edit).
// Usage: tsx scripts/mutation/report.ts [report.json]
import { readFileSync } from "node:fs";
import { listedSurvivors, survivorKey, type TReport } from "./survivors";

const THRESHOLD = 85;
const SURVIVORS_FILE = "scripts/mutation/survivors.md";

function main() {
  const report = JSON.parse(
    readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"),
  ) as TReport;
  const listed = listedSurvivors(readFileSync(SURVIVORS_FILE, "utf8"));
  const unlisted: string[] = [];
  const seen = new Set<string>();
  const low: string[] = [];
  console.log("file                                        killed  alive  score");
  for (const [file, { source, mutants }] of Object.entries(report.files).sort()) {
    const counted = mutants.filter((m) =>
      ["Killed", "Timeout", "Survived", "NoCoverage"].includes(m.status),
    );
    const alive = counted.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
    if (counted.length === 0) continue;
    const score = (100 * (counted.length - alive.length)) / counted.length;
    console.log(
      `${file.padEnd(44)}${String(counted.length - alive.length).padStart(6)}${String(alive.length).padStart(7)}${score.toFixed(1).padStart(7)} %`,
    );
    if (score < THRESHOLD) low.push(`${file} ${score.toFixed(1)} %`);
    for (const mutant of alive) {
      const key = survivorKey(file, source, mutant);
      seen.add(key);
      if (!listed.has(key)) unlisted.push(key);
    }
  }
  const stale = [...listed.keys()].filter((key) => !seen.has(key));
  if (stale.length > 0) {
    console.log(`\n${stale.length} listed in ${SURVIVORS_FILE} no longer survive (remove them):`);
    for (const key of stale) console.log(`- ${key}`);
  }
  if (unlisted.length > 0) {
    console.log(
      `\n${unlisted.length} alive and not listed in ${SURVIVORS_FILE} (kill, or list why not):`,
    );
    for (const key of unlisted) console.log(`- ${key} — `);
  }
  if (low.length > 0) console.log(`\nUnder ${THRESHOLD} %: ${low.join(", ")}`);
  if (low.length > 0 || unlisted.length > 0) process.exit(1);
  console.log(
    `\nEvery file at ${THRESHOLD} % or more; every mutant left alive is listed with a reason.`,
  );
}

main();
