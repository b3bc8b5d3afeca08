import { z } from "zod";
import { termPattern } from "@/app/lib/content/glossary-marks";
import {
  ZExplainerSchema,
  ZGlossarySchema,
  ZPeopleSchema,
  ZTimelineSchema,
  type TExplainer,
  type TGlossary,
  type TPeople,
  type TTimeline,
} from "@/app/lib/content/schema";
import { dashed } from "@/app/lib/words";

// The explainer's optional parts (who's who, timeline, what each side wants, the debate, what is
// left open, what would change your mind, glossary) as a teacher types them, and as the pack
// files hold them once published. The draft shapes are the pack's, less the ids (made from the
// names on publishing) and with a glossary term's forms typed one per line; anything may be
// empty while it is written, and the pack's own schemas say what publishing needs.

const text = (max: number) =>
  z.string().max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`);
const ZLevelsDraftSchema = z.object({ standard: text(3000), simpler: text(3000) });
const ZCitesDraftSchema = z.array(z.string().regex(/^p\d+\.s\d+$/, "must look like p3.s2")).max(50);

export const ZPeopleDraftSchema = z
  .array(
    z.object({
      name: text(200),
      role: text(300),
      about: ZLevelsDraftSchema,
      cites: ZCitesDraftSchema,
    }),
  )
  .max(40, "Keep it to 40 people.");

export const ZTimelineDraftSchema = z
  .array(
    z.object({
      when: text(200),
      title: text(300),
      about: ZLevelsDraftSchema,
      cites: ZCitesDraftSchema,
    }),
  )
  .max(60, "Keep it to 60 events.");

export const ZWantsDraftSchema = z
  .array(
    z.object({
      side: text(200),
      summary: ZLevelsDraftSchema,
      items: z.array(z.object({ label: text(300), cites: ZCitesDraftSchema })).max(20),
    }),
  )
  .max(5, "Keep it to five sides.");

const ZEvidenceDraftSchema = z.object({ point: ZLevelsDraftSchema, cites: ZCitesDraftSchema });

export const ZDebateDraftSchema = z.object({
  question: ZLevelsDraftSchema,
  cases: z
    .array(
      z.object({
        title: text(200),
        summary: ZLevelsDraftSchema,
        evidence: z.array(ZEvidenceDraftSchema).max(20),
      }),
    )
    .max(5, "The debate has at most five cases."),
  leftOpen: z.array(ZEvidenceDraftSchema.extend({ whoSays: text(200) })).max(20),
  changeYourMind: z.array(ZLevelsDraftSchema).max(20),
});

export const ZGlossaryDraftSchema = z
  .array(z.object({ term: text(100), forms: text(1000), definition: ZLevelsDraftSchema }))
  .max(80, "Keep it to 80 terms.");

export type TDebateDraft = z.infer<typeof ZDebateDraftSchema>;

export const EMPTY_DEBATE: TDebateDraft = {
  question: { standard: "", simpler: "" },
  cases: [],
  leftOpen: [],
  changeYourMind: [],
};

/** The draft's optional parts, each saved on its own as it is typed. */
export const EXPLAINER_PARTS = {
  people: ZPeopleDraftSchema,
  timeline: ZTimelineDraftSchema,
  wants: ZWantsDraftSchema,
  debate: ZDebateDraftSchema,
  glossary: ZGlossaryDraftSchema,
} as const;
export type TExplainerPart = keyof typeof EXPLAINER_PARTS;
export type TExplainerPartsDraft = { [K in TExplainerPart]: z.infer<(typeof EXPLAINER_PARTS)[K]> };

export const ZExplainerPartsDraftSchema = z.object({
  people: ZPeopleDraftSchema.default([]),
  timeline: ZTimelineDraftSchema.default([]),
  wants: ZWantsDraftSchema.default([]),
  debate: ZDebateDraftSchema.default(EMPTY_DEBATE),
  glossary: ZGlossaryDraftSchema.default([]),
});

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

export type TPartIssue = {
  /** The element id of the field: the part, then the path through the draft (`people-0-about-standard`). */
  target: string;
  message: string;
};

/** How the editor names the items of each list, so a message says which one it means. */
const ITEM_NAMES: Record<string, string> = {
  people: "Person",
  timeline: "Event",
  wants: "Side",
  glossary: "Term",
  items: "item",
  cases: "case",
  evidence: "evidence",
  leftOpen: "left open",
  changeYourMind: "change your mind",
};

/** "Side 2, item 1" for the path [1, "items", 0] in what each side wants. */
function where(part: TExplainerPart, path: readonly PropertyKey[]): string {
  const words = part === "debate" ? ["The debate"] : [];
  let list = ITEM_NAMES[part] ?? part;
  for (const key of path) {
    if (typeof key === "number") words.push(`${list} ${key + 1}`);
    else if (key === "question") words.push("its question");
    else list = ITEM_NAMES[String(key)] ?? list;
  }
  return words.join(", ");
}

/** Where a message about a field links: ids stop at the field (a cited list, not its 3rd id). */
function targetOf(part: TExplainerPart, path: readonly PropertyKey[]): string {
  const cut = path.findIndex((key) => key === "cites" || key === "forms");
  const kept = (cut >= 0 ? path.slice(0, cut + 1) : path).filter((key) => key !== "id");
  return [part, ...kept.map(String)].join("-");
}

const STRICT = {
  people: ZPeopleSchema.shape.people.element,
  timeline: ZTimelineSchema.shape.events.element,
  glossary: ZGlossarySchema.shape.terms.element,
  wants: ZExplainerSchema.shape.wants.unwrap().element,
  debate: ZExplainerSchema.shape.debate.unwrap(),
};

/**
 * What publishing needs of the parts, each message at its field: the pack's schemas (every text at
 * both levels, a source for each card, two cases at least), sources still in the text, glossary
 * terms that appear in it. A part left empty is simply left out.
 */
export function checkParts(
  parts: TExplainerPartsDraft,
  sentenceIds: ReadonlySet<string>,
  fullText: string,
): TPartIssue[] {
  const issues: TPartIssue[] = [];
  const published = publishedParts(parts);
  const add = (part: TExplainerPart, path: readonly PropertyKey[], message: string) =>
    issues.push({ target: targetOf(part, path), message: `${where(part, path)}: ${message}.` });
  const validate = (part: TExplainerPart, value: unknown, at: PropertyKey[]) => {
    const result = STRICT[part].safeParse(value);
    if (!result.success)
      for (const issue of result.error.issues)
        add(
          part,
          [...at, ...issue.path],
          issue.code === "invalid_type" ? "is required" : issue.message,
        );
  };
  for (const part of ["people", "timeline", "wants", "glossary"] as const) {
    published[part].forEach((item, index) => validate(part, item, [index]));
  }
  if (published.debate) validate("debate", published.debate, []);

  const cites = (part: TExplainerPart, value: unknown, at: PropertyKey[]): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => cites(part, item, [...at, i]));
    if (value === null || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "cites" && Array.isArray(child)) {
        for (const id of child.filter((id: string) => !sentenceIds.has(id)))
          add(part, [...at, key], `cites sentence ${id}, which is no longer in the text`);
      } else cites(part, child, [...at, key]);
    }
  };
  for (const part of Object.keys(EXPLAINER_PARTS) as TExplainerPart[]) cites(part, parts[part], []);

  published.glossary.forEach((term, index) => {
    if (term.term.trim() !== "" && !termPattern(term.forms).test(fullText))
      add(
        "glossary",
        [index, "forms"],
        `“${term.term}” never appears in the article's text: give the form it takes there`,
      );
  });
  return issues;
}
