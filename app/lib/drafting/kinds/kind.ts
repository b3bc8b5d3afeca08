import type { TExplainerPartsDraft } from "@/app/lib/authoring/explainer-parts";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import type { TSentenceFacts } from "../analyse";

// What every kind of draft provides (one module per kind, gathered in ../drafts.ts): a name and a
// line for the teacher, and the drafts it makes from the analysed sentences. Each draft cites the
// sentences it comes from; the honesty rules (drafts.test.ts) hold for every one.

/** What a draft becomes when the teacher accepts it. */
export type TDraftBody =
  | { part: "questions"; question: TQuestion }
  | { part: "people"; person: TExplainerPartsDraft["people"][number] }
  | { part: "timeline"; event: TExplainerPartsDraft["timeline"][number] }
  | { part: "glossary"; term: TExplainerPartsDraft["glossary"][number] }
  | { part: "whatHappened"; outline: string[] };

/** The parts of the article a draft can go into. */
export const DRAFT_PARTS = ["whatHappened", "questions", "people", "timeline", "glossary"] as const;
export type TDraftPart = (typeof DRAFT_PARTS)[number];

export type TDraftKindModule = {
  /** The panel's heading for this kind. */
  title: string;
  /** What these drafts are for, in a line. */
  intro: string;
  draft(sentences: readonly TSentenceFacts[]): (TDraftBody & { cites: string[] })[];
};

/** A drafted question's id until it is accepted and given the next free one. */
export const DRAFT_ID = "draft";

/** "Officials" → "Officials"; "the White House" → "The White House": an option as its own line. */
export const asOption = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A quotation of a sentence, for explanations: the words a student can check. */
export const quoteOf = (sentence: TSentenceFacts) => `${sentence.id}: “${sentence.text}”`;

type TDrafted = TDraftBody & { cites: string[] };
/** A question's own fields; what every drafted question shares is filled in by `askedOf`. */
type TAsked = TQuestion extends infer Q
  ? Q extends TQuestion
    ? Omit<Q, "id" | "cites" | "points" | "difficulty" | "explanation"> &
        Partial<Pick<Q, "points" | "difficulty" | "explanation">>
    : never
  : never;

/**
 * A question drafted from one sentence: it cites that sentence, and unless told otherwise is
 * worth a point, easy, and explained by quoting it.
 */
export function askedOf(sentence: TSentenceFacts, fields: TAsked): TDrafted {
  return {
    part: "questions",
    cites: [sentence.id],
    question: {
      id: DRAFT_ID,
      difficulty: 1,
      points: 1,
      explanation: quoteOf(sentence),
      cites: [sentence.id],
      ...fields,
    },
  };
}
