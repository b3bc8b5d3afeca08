import type { TExplainerPartsDraft } from "@/app/lib/authoring/explainer-parts";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import type { TSentenceFacts } from "../analyse";

// What every kind of draft provides (one module per kind, gathered in ../kinds.ts): a name and a
// line for the teacher, and the drafts it makes from the analysed sentences. Each draft cites the
// sentences it comes from; the honesty rules (drafting.test.ts) hold for every one.

/** What a draft becomes when the teacher accepts it. */
export type TDraftBody =
  | { part: "questions"; question: TQuestion }
  | { part: "people"; person: TExplainerPartsDraft["people"][number] }
  | { part: "timeline"; event: TExplainerPartsDraft["timeline"][number] }
  | { part: "glossary"; term: TExplainerPartsDraft["glossary"][number] }
  | { part: "whatHappened"; outline: string[] };

export type TDraftKindModule = {
  /** The panel's heading for this kind. */
  title: string;
  /** What these drafts are for, in a line. */
  intro: string;
  draft(sentences: readonly TSentenceFacts[]): (TDraftBody & { cites: string[] })[];
};

/** A question's fields that are not its type's: set by the kind, with its own id left to accepting. */
export const DRAFT_ID = "draft";

/** "Officials" → "Officials"; "the White House" → "The White House": an option as its own line. */
export const asOption = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A quotation of a sentence, for explanations: the words a student can check. */
export const quoteOf = (sentence: TSentenceFacts) => `${sentence.id}: “${sentence.text}”`;
