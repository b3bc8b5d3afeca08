import { levelParagraphs, ZProvenanceSchema, type TArticleDraft } from "@/app/lib/authoring/draft";
import { readingGrade, simplerLevelProblem } from "@/app/lib/content/readability";

// What the studio tells a teacher about a draft, each pointing at the place to fix it: problems
// that block publishing (provenance is required, as in the built-in packs), and warnings about
// sentence splits that look wrong — a splitter's guess after "U.S." or "Gen." is the usual one.

export type TDraftCheck = {
  level: "problem" | "warning";
  /** The element id the message links to: `provenance-<field>` or `sentence-<id>`. */
  target: string;
  message: string;
};

/** Ends in an abbreviation such as "U.S.", "D.C." or "Gen.", after which a splitter may guess wrong. */
const ABBREVIATION_END =
  /(?:\b(?:[A-Z]\.){2,}|\b(?:Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|St|Mt|Ft|No)\.)$/;
const LONG_SENTENCE_WORDS = 70;

export function checkDraft(draft: TArticleDraft): TDraftCheck[] {
  const checks: TDraftCheck[] = [];
  const provenance = ZProvenanceSchema.safeParse(draft.provenance);
  if (!provenance.success) {
    // One message per field: an empty date breaks the format and the calendar rule at once.
    const seen = new Set<string>();
    for (const issue of provenance.error.issues) {
      const target = `provenance-${String(issue.path[0])}`;
      if (seen.has(target)) continue;
      seen.add(target);
      checks.push({ level: "problem", target, message: issue.message });
    }
  }
  checks.push(...checkWhatHappened(draft.whatHappened));
  for (const paragraph of draft.paragraphs) {
    paragraph.sentences.forEach((sentence, index) => {
      const next = paragraph.sentences[index + 1];
      const words = sentence.text.split(" ").length;
      if (next && ABBREVIATION_END.test(sentence.text)) {
        checks.push({
          level: "warning",
          target: `sentence-${sentence.id}`,
          message: `${sentence.id} ends with an abbreviation (“${sentence.text.split(" ").at(-1)}”). If the sentence goes on in ${next.id}, join them.`,
        });
      } else if (words > LONG_SENTENCE_WORDS) {
        checks.push({
          level: "warning",
          target: `sentence-${sentence.id}`,
          message: `${sentence.id} is ${words} words long. If it is really two sentences, split it.`,
        });
      }
    });
  }
  return checks;
}

/** The explainer's one required part: both levels written, sources cited, the simpler one simpler. */
function checkWhatHappened(part: TArticleDraft["whatHappened"]): TDraftCheck[] {
  const checks: TDraftCheck[] = [];
  const problem = (target: string, message: string) =>
    checks.push({ level: "problem", target, message });
  const standard = levelParagraphs(part.standard);
  const simpler = levelParagraphs(part.simpler);
  if (standard.length === 0)
    problem("what-happened-standard", "Write what happened at the standard reading level.");
  if (simpler.length === 0)
    problem("what-happened-simpler", "Write what happened at the simpler reading level.");
  if (part.cites.length === 0)
    problem("what-happened-cites", "Choose the sentences what happened is based on.");
  const tooHard = simplerLevelProblem(readingGrade(standard), readingGrade(simpler));
  if (tooHard) problem("what-happened-simpler", `What happened: ${tooHard}.`);
  return checks;
}
