import { draftListOf, draftSchemaOf, draftText } from "@/app/lib/article/drafts";
import {
  ZExplainerSchema,
  ZGlossarySchema,
  ZPeopleSchema,
  ZTimelineSchema,
  type TExplainer,
  type TGlossary,
  type TPeople,
  type TTimeline,
} from "@/app/lib/article/schema";
import { dashed } from "@/app/lib/words";
import type { z } from "zod";

// The explainer's optional parts (who's who, timeline, what each side wants, the debate, what is
// left open, what would change your mind, glossary) as a teacher types them, and as the pack
// files hold them once published. The draft shapes are derived from the pack's schemas
// (app/lib/article/drafts.ts): the same fields less the ids (made from the names on publishing),
// a glossary term's forms typed one per line, anything empty while it is written. What
// publishing needs is the pack's rules (app/lib/article/rules.ts), run by checks.ts.

/** The draft's optional parts, each saved on its own as it is typed. */
export const EXPLAINER_PARTS = {
  people: draftListOf(ZPeopleSchema.shape.people.element, 40, "Keep it to 40 people."),
  timeline: draftListOf(ZTimelineSchema.shape.events.element, 60, "Keep it to 60 events."),
  wants: draftListOf(ZExplainerSchema.shape.wants.unwrap().element, 5, "Keep it to five sides."),
  debate: draftSchemaOf(ZExplainerSchema.shape.debate.unwrap()),
  glossary: draftListOf(ZGlossarySchema.shape.terms.element, 80, "Keep it to 80 terms.", {
    forms: draftText(1000),
  }),
} as const;
export type TExplainerPart = keyof typeof EXPLAINER_PARTS;
export type TExplainerPartsDraft = { [K in TExplainerPart]: z.output<(typeof EXPLAINER_PARTS)[K]> };
export type TDebateDraft = TExplainerPartsDraft["debate"];

export const EMPTY_DEBATE: TDebateDraft = {
  question: { standard: "", simpler: "" },
  cases: [],
  leftOpen: [],
  changeYourMind: [],
};

/** The parts as a stored draft holds them: each empty until it is written. */
export const EXPLAINER_PARTS_DRAFT_SHAPE = {
  people: EXPLAINER_PARTS.people.default([]),
  timeline: EXPLAINER_PARTS.timeline.default([]),
  wants: EXPLAINER_PARTS.wants.default([]),
  debate: EXPLAINER_PARTS.debate.default(EMPTY_DEBATE),
  glossary: EXPLAINER_PARTS.glossary.default([]),
};

/** True when nothing has been typed anywhere in a value. */
export function isBlank(value: unknown): boolean {
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isBlank);
  if (value !== null && typeof value === "object") return Object.values(value).every(isBlank);
  return true;
}

/** Ids made from names, as the pack files want them: lower-case words, unique within the list. */
function withIds<T>(items: readonly T[], name: (item: T) => string, fallback: string) {
  const used = new Set<string>();
  return items.map((item, index) => {
    const base = dashed(name(item), 40) || `${fallback}-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return { id, ...item };
  });
}

/** A glossary term's forms: one per line, the term itself when none is given. */
export function formsOf(term: { term: string; forms: string }): string[] {
  const forms = term.forms
    .split("\n")
    .map((form) => form.trim())
    .filter(Boolean);
  return forms.length > 0 ? forms : [term.term.trim()];
}

export type TPublishedParts = {
  people: TPeople["people"];
  timeline: TTimeline["events"];
  glossary: TGlossary["terms"];
  wants: TExplainer["wants"];
  debate: TExplainer["debate"];
};

/** The parts in the pack files' shapes (not yet validated: the checks do that). */
export function publishedParts(parts: TExplainerPartsDraft): TPublishedParts {
  const { debate } = parts;
  return {
    people: withIds(parts.people, (p) => p.name, "person"),
    timeline: withIds(parts.timeline, (e) => e.title, "event"),
    glossary: withIds(parts.glossary, (t) => t.term, "term").map(({ forms, ...term }) => ({
      ...term,
      forms: formsOf({ term: term.term, forms }),
    })),
    wants: parts.wants,
    debate: isBlank(debate)
      ? undefined
      : { ...debate, cases: withIds(debate.cases, (c) => c.title, "case") },
  };
}

function withoutId<T extends { id: string }>(item: T): Omit<T, "id"> {
  const copy: Partial<T> = { ...item };
  delete copy.id;
  return copy as Omit<T, "id">;
}

/** The draft shapes of a pack's parts: what an imported pack gives the editor. */
export function draftParts(pack: {
  people: TPeople;
  timeline: TTimeline;
  glossary: TGlossary;
  explainer: TExplainer;
}): TExplainerPartsDraft {
  const debate = pack.explainer.debate;
  return {
    people: pack.people.people.map(withoutId),
    timeline: pack.timeline.events.map(withoutId),
    glossary: pack.glossary.terms.map(({ forms, ...term }) => ({
      ...withoutId(term),
      forms: forms.join("\n"),
    })),
    wants: pack.explainer.wants,
    debate: debate ? { ...debate, cases: debate.cases.map(withoutId) } : EMPTY_DEBATE,
  };
}
