import type { TExplainerPart, TExplainerPartsDraft } from "@/app/lib/authoring/explainer-parts";

// What the editor shows for each optional part of the explainer: the fields of its items, in the
// order the explainer shows them, and what one item of each list is called (which the checks'
// messages use too: "Side 2, Want 1"). The types tie each spec to the part's draft shape, itself
// derived from the pack schema: a key the draft does not have, or a field of the wrong kind, does
// not compile. One generic editor renders any part, so a new part is a new entry here.

type TLevelsValue = { standard: string; simpler: string };
/** The keys of T whose values are exactly V. */
type TKeysOf<T, V> = {
  [K in keyof T & string]: [T[K]] extends [V] ? ([V] extends [T[K]] ? K : never) : never;
}[keyof T & string];
type TListKeys<T> = {
  [K in keyof T & string]: T[K] extends readonly object[] ? K : never;
}[keyof T & string];
type TItemOf<L> = L extends readonly (infer E)[] ? E : never;

type TListSpec<E> = {
  kind: "list";
  /** What one item is called: "Person" → legends "Person 1", button "Add a person". */
  item: string;
  add: string;
  fields: readonly TFieldSpec<E>[];
  blank: () => E;
};

/** The fields of a value of type T (an item of a list, or a part that is an object). */
export type TFieldSpec<T> =
  | { kind: "text" | "lines"; key: TKeysOf<T, string>; label: string; hint?: string }
  | { kind: "levels"; key: TKeysOf<T, TLevelsValue>; label: string }
  | { kind: "cites"; key: TKeysOf<T, string[]> }
  | { [K in TListKeys<T>]: TListSpec<TItemOf<T[K]>> & { key: K } }[TListKeys<T>]
  /** The value itself: a part that is a list, a list item that is a text at both levels. */
  | (T extends readonly (infer E)[] ? TListSpec<E> & { key: null } : never)
  | (T extends TLevelsValue ? { kind: "levels"; key: null; label: string } : never);

/** Any part's field, as the editor walks them: keys as plain strings. */
export type TAnyFieldSpec =
  | { kind: "text" | "lines"; key: string; label: string; hint?: string }
  | { kind: "levels"; key: string | null; label: string }
  | { kind: "cites"; key: string }
  | {
      kind: "list";
      key: string | null;
      item: string;
      add: string;
      fields: readonly TAnyFieldSpec[];
      blank: () => unknown;
    };

type TPartSpecOf<P extends TExplainerPart> = {
  title: string;
  intro: string;
  fields: readonly TFieldSpec<TExplainerPartsDraft[P]>[];
};

export type TPartSpec = {
  part: TExplainerPart;
  title: string;
  intro: string;
  fields: readonly TAnyFieldSpec[];
};

const levels = () => ({ standard: "", simpler: "" });
const cites = { kind: "cites", key: "cites" } as const;

const SPECS: { [P in TExplainerPart]: TPartSpecOf<P> } = {
  people: {
    title: "Explainer: who's who",
    intro: "The people and groups the article names, and what it says about each.",
    fields: [
      {
        kind: "list",
        key: null,
        item: "Person",
        add: "Add a person",
        blank: () => ({ name: "", role: "", about: levels(), cites: [] }),
        fields: [
          { kind: "text", key: "name", label: "Name" },
          { kind: "text", key: "role", label: "Role", hint: "As the article gives it." },
          { kind: "levels", key: "about", label: "About them" },
          cites,
        ],
      },
    ],
  },
  timeline: {
    title: "Explainer: timeline",
    intro: "Events in the order the article gives them; “when” in the article's own words.",
    fields: [
      {
        kind: "list",
        key: null,
        item: "Event",
        add: "Add an event",
        blank: () => ({ when: "", title: "", about: levels(), cites: [] }),
        fields: [
          { kind: "text", key: "when", label: "When" },
          { kind: "text", key: "title", label: "What" },
          { kind: "levels", key: "about", label: "About it" },
          cites,
        ],
      },
    ],
  },
  wants: {
    title: "Explainer: what each side wants",
    intro: "Each side, what it wants, and the sentences that say so.",
    fields: [
      {
        kind: "list",
        key: null,
        item: "Side",
        add: "Add a side",
        blank: () => ({ side: "", summary: levels(), items: [] }),
        fields: [
          { kind: "text", key: "side", label: "Side" },
          { kind: "levels", key: "summary", label: "In short" },
          {
            kind: "list",
            key: "items",
            item: "Want",
            add: "Add something it wants",
            blank: () => ({ label: "", cites: [] }),
            fields: [{ kind: "text", key: "label", label: "What it wants" }, cites],
          },
        ],
      },
    ],
  },
  debate: {
    title: "Explainer: the debate",
    intro:
      "A question the article leaves for the reader, two to five cases with evidence cards, what is left open, and what would change your mind. Leave it all empty for an article without a debate.",
    fields: [
      { kind: "levels", key: "question", label: "The question" },
      {
        kind: "list",
        key: "cases",
        item: "Case",
        add: "Add a case",
        blank: () => ({ title: "", summary: levels(), evidence: [] }),
        fields: [
          { kind: "text", key: "title", label: "Title" },
          { kind: "levels", key: "summary", label: "The case" },
          {
            kind: "list",
            key: "evidence",
            item: "Evidence",
            add: "Add an evidence card",
            blank: () => ({ point: levels(), cites: [] }),
            fields: [{ kind: "levels", key: "point", label: "What it shows" }, cites],
          },
        ],
      },
      {
        kind: "list",
        key: "leftOpen",
        item: "Left open",
        add: "Add something the article leaves open",
        blank: () => ({ whoSays: "", point: levels(), cites: [] }),
        fields: [
          {
            kind: "text",
            key: "whoSays",
            label: "Who says so",
            hint: "As the article attributes it.",
          },
          { kind: "levels", key: "point", label: "What is open" },
          cites,
        ],
      },
      {
        kind: "list",
        key: "changeYourMind",
        item: "Change your mind",
        add: "Add what would change your mind",
        blank: levels,
        fields: [{ kind: "levels", key: null, label: "What would change your mind" }],
      },
    ],
  },
  glossary: {
    title: "Explainer: glossary",
    intro:
      "Words a student may not know. Each must appear in the article; it is marked where it does.",
    fields: [
      {
        kind: "list",
        key: null,
        item: "Term",
        add: "Add a term",
        blank: () => ({ term: "", forms: "", definition: levels() }),
        fields: [
          { kind: "text", key: "term", label: "Term" },
          {
            kind: "lines",
            key: "forms",
            label: "Forms in the text",
            hint: "One per line, as the article writes them (“DPRK”, “North Korean”). Empty: the term itself.",
          },
          { kind: "levels", key: "definition", label: "Definition" },
        ],
      },
    ],
  },
};

export const PART_SPECS: readonly TPartSpec[] = (Object.keys(SPECS) as TExplainerPart[]).map(
  (part) => ({ part, ...SPECS[part] }),
);
