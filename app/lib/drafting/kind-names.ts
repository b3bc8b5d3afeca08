/** The kinds of draft, in the order the studio shows them (each a module in ./kinds/). */
export const DRAFT_KIND_NAMES = [
  "whatHappened",
  "attribution",
  "evidence",
  "details",
  "people",
  "timeline",
  "glossary",
] as const;
export type TDraftKind = (typeof DRAFT_KIND_NAMES)[number];
