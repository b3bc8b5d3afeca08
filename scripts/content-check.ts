// npm run content:check [folder…] — validates every article pack under content/articles (or the
// folders named); exits non-zero with file: field: message lines, else prints each pack's reading
// grades. Warnings (a paragraph no question cites) are printed but do not fail the check.
import path from "node:path";
import { formatIssue } from "@/app/lib/content/pack";
import { loadAllPacks } from "@/app/lib/content/load";

const roots = process.argv.slice(2).map((dir) => path.resolve(dir));
const { packs, issues, warnings } = await loadAllPacks(roots.length > 0 ? roots : undefined);
for (const warning of warnings) console.warn(`warning: ${formatIssue(warning)}`);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem(s) found.`);
  process.exitCode = 1;
} else {
  for (const pack of packs) {
    console.log(`ok  ${pack.slug}  (${pack.sentences.size} sentences, version ${pack.version})`);
    for (const grades of pack.readingGrades) {
      console.log(
        `    ${grades.file}: reading grade ${grades.standard ?? "–"} standard, ${grades.simpler ?? "–"} simpler (Flesch–Kincaid)`,
      );
    }
  }
}
