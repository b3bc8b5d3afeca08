// npm run content:check — validates every article pack; exits non-zero with file: field: message lines.
import { formatIssue, loadAllPacks } from "@/app/lib/content/load";

const { packs, issues } = await loadAllPacks();
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${issues.length} problem(s) found in content/articles.`);
  process.exitCode = 1;
} else {
  for (const pack of packs) {
    console.log(`ok  ${pack.slug}  (${pack.sentences.size} sentences, version ${pack.version})`);
  }
}
