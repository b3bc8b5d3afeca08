import { ZProvenanceSchema, type TArticleDraft } from "@/app/lib/authoring/draft";
import { checkParts, publishedParts } from "@/app/lib/authoring/explainer-parts";
import { levelParagraphs } from "@/app/lib/authoring/sentences";
import { itemWarnings, type TItemWarning } from "@/app/lib/authoring/item-warnings";
import { packFiles } from "@/app/lib/authoring/pack-files";
import { publishedFromDraft } from "@/app/lib/authoring/publish";
import { checkPack } from "@/app/lib/content/check-pack";
import { formatIssue } from "@/app/lib/content/pack";
import { levelTexts, simplerLevelProblem } from "@/app/lib/content/readability";
import { kindOf } from "@/app/lib/quiz/kinds";

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
  checks.push(...checkExplainerParts(draft));
  checks.push(...checkQuestions(draft));
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
  // The same rules content:check applies, on the files an export would hold: whatever the checks
  // above miss, a published version can still be dropped into content/ and load.
  if (!checks.some((check) => check.level === "problem")) {
    const files = packFiles(publishedFromDraft(draft, "its author"));
    for (const issue of checkPack(files, "article", "article").issues)
      checks.push({ level: "problem", target: "checks-heading", message: formatIssue(issue) });
  }
  return checks;
}

/**
 * The optional parts: each field's own rules, then the reading grade of each file the pack will
 * have — who's who, timeline and glossary alone, what happened with the wants and the debate in
 * explainer.yaml — as content:check grades them.
 */
function checkExplainerParts(draft: TArticleDraft): TDraftCheck[] {
  const sentences = draft.paragraphs.flatMap((p) => p.sentences);
  const checks: TDraftCheck[] = checkParts(
    draft,
    new Set(sentences.map((s) => s.id)),
    sentences.map((s) => s.text).join(" "),
  ).map((issue) => ({ level: "problem", ...issue }));
  const parts = publishedParts(draft);
  const files = [
    { target: "part-people-heading", name: "Who's who", value: parts.people },
    { target: "part-timeline-heading", name: "The timeline", value: parts.timeline },
    { target: "part-glossary-heading", name: "The glossary", value: parts.glossary },
  ];
  for (const file of files) {
    const texts = levelTexts(file.value);
    const problem = simplerLevelProblem(texts.standard, texts.simpler);
    if (texts.standard.length > 0 && problem)
      checks.push({ level: "problem", target: file.target, message: `${file.name}: ${problem}.` });
  }
  if (parts.wants.length > 0 || parts.debate) {
    const texts = levelTexts({
      whatHappened: {
        standard: levelParagraphs(draft.whatHappened.standard),
        simpler: levelParagraphs(draft.whatHappened.simpler),
      },
      wants: parts.wants,
      debate: parts.debate,
    });
    const problem = simplerLevelProblem(texts.standard, texts.simpler);
    if (problem)
      checks.push({
        level: "problem",
        target: "part-wants-heading",
        message: `What happened, what each side wants and the debate, taken together: ${problem}.`,
      });
  }
  return checks;
}

/** The item analysis of students' answers (analysis-warnings.ts), as checks on the questions. */
export function answeredChecks(warnings: readonly TItemWarning[]): TDraftCheck[] {
  return warnings.map((warning) => ({
    level: "warning",
    target: `question-${warning.questionId}`,
    message: `From students' answers: ${warning.message}`,
  }));
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
  const tooHard = simplerLevelProblem(standard, simpler);
  if (tooHard) problem("what-happened-simpler", `What happened: ${tooHard}.`);
  return checks;
}

/**
 * The rules questions.yaml must pass (each type's own check, citations that exist, every paragraph
 * cited by some question), then the item writer's warnings.
 */
function checkQuestions(draft: TArticleDraft): TDraftCheck[] {
  const checks: TDraftCheck[] = [];
  const sentences = new Map(
    draft.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)),
  );
  const ids = new Set(sentences.keys());
  if (draft.questions.length === 0) {
    return [
      { level: "problem", target: "new-question-heading", message: "Write at least one question." },
    ];
  }
  for (const question of draft.questions) {
    const target = `question-${question.id}`;
    for (const id of question.cites.filter((cite) => !ids.has(cite)))
      checks.push({
        level: "problem",
        target,
        message: `${question.id} cites sentence ${id}, which is no longer in the text.`,
      });
    for (const [field, message] of kindOf(question).check(question, ids))
      checks.push({ level: "problem", target, message: `${question.id}: ${field}: ${message}.` });
  }
  const cited = new Set(draft.questions.flatMap((q) => q.cites.map((id) => id.split(".")[0])));
  for (const paragraph of draft.paragraphs) {
    if (!cited.has(paragraph.id))
      checks.push({
        level: "warning",
        target: `paragraph-${paragraph.id}`,
        message: `No question cites paragraph ${paragraph.id}.`,
      });
  }
  for (const warning of itemWarnings(draft.questions, sentences))
    checks.push({
      level: "warning",
      target: `question-${warning.questionId}`,
      message: warning.message,
    });
  return checks;
}
