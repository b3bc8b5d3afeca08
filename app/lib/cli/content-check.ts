// npm run content:check — validates every article pack; exits non-zero with file: field: message lines.
import { formatIssue, loadAllPacks } from "@/app/lib/content/load";
import path from "node:path";

// An optional argument names another content root (the tests check broken packs this way).
const { packs, issues } = await loadAllPacks(
  process.argv[2] ? path.resolve(process.argv[2]) : undefined,
);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem(s) found in content/articles.`);
  process.exitCode = 1;
} else {
  for (const pack of packs) {
    console.log(`ok  ${pack.slug}  (${pack.sentences.size} sentences, version ${pack.version})`);
  }
}
