import { contentOf } from "@/app/lib/article/published";
import { simplerHints } from "@/app/lib/article/simpler-hints";
import { checkRules, checkShape, type TPath, type TRuleIssue } from "@/app/lib/article/rules";
import type { TArticlePart } from "@/app/lib/article/schema";
import { ZProvenanceSchema, type TArticleDraft } from "@/app/lib/authoring/draft";
import type { TExplainerPart } from "@/app/lib/authoring/explainer-parts";
import { itemWarnings, type TItemWarning } from "@/app/lib/authoring/item-warnings";
import { PART_SPECS, type TAnyFieldSpec } from "@/app/lib/authoring/part-specs";
import { publishedFromDraft } from "@/app/lib/authoring/publish";
import { fieldName } from "@/app/lib/content/pack";

// What the studio tells a teacher about a draft, each pointing at the place to fix it: the
// article's own rules (app/lib/article/rules.ts, the ones content:check applies) on the version
// the draft would publish, each mapped to the field it is about; the provenance form's own
// checks; and warnings about sentence splits that look wrong — a splitter's guess after "U.S."
// or "Gen." is the usual one — and about how the questions are written.

export type TDraftCheck = {
  level: "problem" | "warning";
  /** The element id the message links to: a field (`people-0-about-standard`), `sentence-<id>`… */
  target: string;
  message: string;
};

/** Ends in an abbreviation such as "U.S.", "D.C." or "Gen.", after which a splitter may guess wrong. */
const ABBREVIATION_END =
  /(?:\b(?:[A-Z]\.){2,}|\b(?:Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|St|Mt|Ft|No)\.)$/;
const LONG_SENTENCE_WORDS = 70;

/** The parts a draft has; the one quiz is composed on publishing, so a draft has no quizzes yet. */
const DRAFT_PARTS = [
  "article",
  "glossary",
  "people",
  "timeline",
  "explainer",
  "questions",
] as const;

export function checkDraft(draft: TArticleDraft): TDraftCheck[] {
  const checks = provenanceChecks(draft);
  const content = contentOf(publishedFromDraft(draft, "its author"));
  const issues = [
    ...DRAFT_PARTS.flatMap((part) => checkShape(part, content[part]).issues),
    ...checkRules({ ...content, quizzes: undefined }),
  ];
  for (const issue of issues) {
    const check = studioCheck(issue, content);
    // The article's title, date and publisher come from the provenance form, which has said so.
    if (check.target.startsWith("provenance-") && checks.some((c) => c.target === check.target))
      continue;
    checks.push(check);
  }
  // While the simpler level is written: its long sentences and rare words, with plainer ones.
  for (const hint of simplerHints(draft.whatHappened.simpler))
    checks.push({
      level: "warning",
      target: "what-happened-simpler",
      message: `What happened, simpler level: ${hint.message}.`,
    });
  checks.push(...sentenceWarnings(draft));
  const sentences = new Map(
    draft.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)),
  );
  // Imported questions are not part of the article until finished: their citations wait.
  if (draft.imported.length > 0)
    checks.push({
      level: "warning",
      target: "imported-heading",
      message: `${draft.imported.length === 1 ? "1 imported question waits" : `${draft.imported.length} imported questions wait`} to be finished: open each to pick the sentences it cites, or dismiss it.`,
    });
  for (const warning of itemWarnings(draft.questions, sentences))
    checks.push({
      level: "warning",
      target: `question-${warning.questionId}`,
      message: warning.message,
    });
  return checks;
}

function provenanceChecks(draft: TArticleDraft): TDraftCheck[] {
  const provenance = ZProvenanceSchema.safeParse(draft.provenance);
  if (provenance.success) return [];
  // One message per field: an empty date breaks the format and the calendar rule at once.
  const checks = new Map<string, TDraftCheck>();
  for (const issue of provenance.error.issues) {
    const target = `provenance-${String(issue.path[0])}`;
    if (!checks.has(target))
      checks.set(target, { level: "problem", target, message: issue.message });
  }
  return [...checks.values()];
}

function sentenceWarnings(draft: TArticleDraft): TDraftCheck[] {
  return draft.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.flatMap((sentence, index): TDraftCheck[] => {
      const next = paragraph.sentences[index + 1];
      const words = sentence.text.split(" ").length;
      const target = `sentence-${sentence.id}`;
      if (next && ABBREVIATION_END.test(sentence.text))
        return [
          {
            level: "warning",
            target,
            message: `${sentence.id} ends with an abbreviation (“${sentence.text.split(" ").at(-1)}”). If the sentence goes on in ${next.id}, join them.`,
          },
        ];
      if (words > LONG_SENTENCE_WORDS)
        return [
          {
            level: "warning",
            target,
            message: `${sentence.id} is ${words} words long. If it is really two sentences, split it.`,
          },
        ];
      return [];
    }),
  );
}

type TContent = ReturnType<typeof contentOf>;
/** Where the studio shows an issue: the element to link to, and words naming it. */
type TPlace = { target: string; label?: string };

/** "Who's who", "The debate": a part's name, from its section's title. */
function partName(part: TExplainerPart): string {
  const title = PART_SPECS.find((spec) => spec.part === part)!.title.replace(/^Explainer: /, "");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * "Side 2, Want 1" for the path [1, "items", 0] in what each side wants: each list item by the
 * name its editor gives it, and a text at two levels by its label ("Person 1, about them").
 */
function where(part: TExplainerPart, path: TPath): string {
  const words = part === "debate" ? [partName(part)] : [];
  let fields: readonly TAnyFieldSpec[] = PART_SPECS.find((spec) => spec.part === part)!.fields;
  let list = fields.find((field) => field.kind === "list" && field.key === null);
  for (const key of path) {
    if (typeof key === "number") {
      if (list?.kind !== "list") break;
      words.push(`${list.item} ${key + 1}`);
      fields = list.fields;
      list = fields.find((field) => field.kind === "list" && field.key === null);
      continue;
    }
    const field = fields.find((candidate) => candidate.key === key);
    if (field?.kind === "list") list = field;
    else {
      // A text's own messages name it ("name must not be empty"); a text at two levels' do not.
      if (field?.kind === "levels") words.push(field.label.toLowerCase());
      break;
    }
  }
  return words.join(", ");
}

/** A field of a part's editor: ids stop at the field (a cited list, not its 3rd id). */
function partPlace(part: TExplainerPart, path: TPath): TPlace {
  const cut = path.findIndex((key) => key === "cites" || key === "forms");
  const kept = (cut >= 0 ? path.slice(0, cut + 1) : path).filter((key) => key !== "id");
  return { target: [part, ...kept.map(String)].join("-"), label: where(part, path) };
}

/** A whole part, as the reading-level rule grades it: its section's heading. */
const headingPlace = (part: TExplainerPart): TPlace => ({
  target: `part-${part}-heading`,
  label: partName(part),
});

/** The provenance form's field each of article.yaml's is made from. */
const PROVENANCE_FIELDS: Record<string, string> = {
  title: "title",
  provenance: "publisher",
  dateContext: "publishedOn",
  byline: "byline",
  publisher: "publisher",
  date: "publishedOn",
  url: "url",
};

/** Where each part's issues show, by the path into the part as a pack file holds it. */
const PLACES: { [P in TArticlePart]: (path: TPath, content: TContent) => TPlace } = {
  article: (path, { article }) => {
    const [head, p, , s] = path;
    const paragraph = typeof p === "number" ? article.paragraphs[p] : undefined;
    const sentence = typeof s === "number" ? paragraph?.sentences[s] : undefined;
    if (head === "paragraphs" && sentence)
      return { target: `sentence-${sentence.id}`, label: sentence.id };
    if (head === "paragraphs" && paragraph)
      return { target: `paragraph-${paragraph.id}`, label: paragraph.id };
    // The summary is what happened's first simpler paragraph, or else the title.
    if (head === "summary") return { target: "provenance-title" };
    const field = PROVENANCE_FIELDS[String(path.at(-1))];
    return { target: field ? `provenance-${field}` : "checks-heading" };
  },
  explainer: ([head, ...rest], { explainer }) => {
    if (head === "wants" || head === "debate") return partPlace(head, rest);
    if (head === "whatHappened")
      return { target: `what-happened-${String(rest[0])}`, label: "What happened" };
    // The whole file, as the reading-level rule grades it.
    return explainer.wants.length > 0 || explainer.debate
      ? {
          target: "part-wants-heading",
          label: "What happened, what each side wants and the debate, taken together",
        }
      : { target: "what-happened-simpler", label: "What happened" };
  },
  people: (path) =>
    path.length === 0 ? headingPlace("people") : partPlace("people", path.slice(1)),
  timeline: (path) =>
    path.length === 0 ? headingPlace("timeline") : partPlace("timeline", path.slice(1)),
  glossary: (path) =>
    path.length === 0 ? headingPlace("glossary") : partPlace("glossary", path.slice(1)),
  questions: ([, index, ...field], { questions }) => {
    const question = typeof index === "number" ? questions.questions[index] : undefined;
    if (!question) return { target: "new-question-heading" };
    const cut = field.indexOf("cites");
    const named = cut >= 0 ? field.slice(0, cut) : field;
    return {
      target: `question-${question.id}`,
      label: named.length > 0 ? `${question.id}: ${fieldName(question, named)}` : question.id,
    };
  },
  quizzes: () => ({ target: "checks-heading" }),
};

/** A rule's issue as the studio shows it: at its field, named as the editor names it. */
function studioCheck(issue: TRuleIssue, content: TContent): TDraftCheck {
  const { target, label } = PLACES[issue.part](issue.path, content);
  const text = /[.!?]$/.test(issue.message) ? issue.message : `${issue.message}.`;
  const message =
    label && !issue.message.includes(label)
      ? `${label}: ${text}`
      : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  return { level: issue.level, target, message };
}

/** The item analysis of students' answers (analysis-warnings.ts), as checks on the questions. */
export function answeredChecks(warnings: readonly TItemWarning[]): TDraftCheck[] {
  return warnings.map((warning) => ({
    level: "warning",
    target: `question-${warning.questionId}`,
    message: `From students' answers: ${warning.message}`,
  }));
}
