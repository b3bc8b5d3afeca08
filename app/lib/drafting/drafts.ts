import { createHash } from "node:crypto";
import { termPattern } from "@/app/lib/article/glossary-marks";
import { checkShape } from "@/app/lib/article/rules";
import type { TArticle } from "@/app/lib/article/schema";
import { formsOf } from "@/app/lib/authoring/explainer-parts";
import { kindOf, ZQuestionSchema, type TQuestion } from "@/app/lib/quiz/kinds";
import { analyse, type TSentenceFacts } from "./analyse";
import { DRAFT_KIND_NAMES, type TDraftKind } from "./kind-names";
import { attribution } from "./kinds/attribution";
import { details } from "./kinds/details";
import { evidence } from "./kinds/evidence";
import { glossary } from "./kinds/glossary";
import type { TDraftBody, TDraftKindModule } from "./kinds/kind";
import { people } from "./kinds/people";
import { timeline } from "./kinds/timeline";
import { whatHappened } from "./kinds/what-happened";

export type { TDraftKind } from "./kind-names";

// Drafts Debrief makes from an article's own sentences, for the teacher to accept, edit or
// dismiss: every kind (one module each, gathered here), each draft with a key that names its
// content (the same text always gives the same drafts and keys) and the problems the checks
// would raise. Nothing drafted reaches a student until the teacher accepts it.

export const DRAFT_KINDS: { [K in TDraftKind]: TDraftKindModule } = {
  whatHappened,
  attribution,
  evidence,
  details,
  people,
  timeline,
  glossary,
};

export type TDraft = TDraftBody & {
  key: string;
  kind: TDraftKind;
  /** The sentences it comes from. */
  cites: string[];
  /** Why the checks would refuse it, if they would: it is then not accepted with the rest. */
  problems: string[];
};

type TParagraphs = TArticle["paragraphs"];

const keyOf = (kind: string, body: unknown) =>
  createHash("sha256")
    .update(JSON.stringify([kind, body]))
    .digest("hex")
    .slice(0, 12);

/** Words of a text, to tell whether a keyed answer is in its cited sentences. */
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** The right answer of a question, where it is words that its cited sentences must contain. */
function keyedWords(question: TQuestion): string[] {
  if (question.type === "single" || question.type === "multiple")
    return question.options.filter((o) => o.correct).map((o) => o.text);
  if (question.type === "fill") return question.accepted.slice(0, 1);
  return [];
}

/** Why the checks would refuse a drafted question, the answer not in its sentences among them. */
export function questionProblems(
  question: TQuestion,
  sentences: ReadonlyMap<string, string>,
): string[] {
  const parsed = ZQuestionSchema.safeParse(question);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const problems = kindOf(parsed.data)
    .check(parsed.data, new Set(sentences.keys()))
    .map(([field, message]) => `${field}: ${message}`);
  const cited = normal(question.cites.map((id) => sentences.get(id) ?? "").join(" "));
  for (const words of keyedWords(question))
    if (!cited.includes(normal(words).replace(/^the /, "")))
      problems.push(`the right answer “${words}” is not in the sentences it cites`);
  return problems;
}

function problemsOf(body: TDraftBody, sentences: ReadonlyMap<string, string>): string[] {
  const fullText = [...sentences.values()].join(" ");
  switch (body.part) {
    case "questions":
      return questionProblems(body.question, sentences);
    case "people":
      return checkShape("people", { people: [{ id: "draft", ...body.person }] }).issues.map(
        (issue) => issue.message,
      );
    case "timeline":
      return checkShape("timeline", { events: [{ id: "draft", ...body.event }] }).issues.map(
        (issue) => issue.message,
      );
    case "glossary":
      return termPattern(formsOf(body.term)).test(fullText)
        ? []
        : [`“${body.term.term}” never appears in the article's text`];
    case "whatHappened":
      return [];
  }
}

export function draftsFor(paragraphs: TParagraphs): TDraft[] {
  const facts: TSentenceFacts[] = analyse(
    paragraphs.flatMap((p) => p.sentences.map((s) => ({ ...s, paragraphId: p.id }))),
  );
  const sentences = new Map(facts.map((s) => [s.id, s.text]));
  return DRAFT_KIND_NAMES.flatMap((kind) =>
    DRAFT_KINDS[kind].draft(facts).map((body) => ({
      ...body,
      key: keyOf(kind, body),
      kind,
      problems: problemsOf(body, sentences),
    })),
  );
}
