import { z } from "zod";
import { draftSchemaOf, draftText } from "@/app/lib/article/drafts";
import { ZExplainerSchema, type TArticle } from "@/app/lib/article/schema";
import {
  EMPTY_DEBATE,
  EXPLAINER_PARTS,
  EXPLAINER_PARTS_DRAFT_SHAPE,
} from "@/app/lib/authoring/explainer-parts";
import { normaliseSpace, splitSentences } from "@/app/lib/authoring/sentences";
import { ZQuestionSchema } from "@/app/lib/quiz/kinds";
import { QUESTION_TYPES } from "@/app/lib/quiz/kinds/kind";

// A teacher's article while it is being written: provenance and the text as paragraphs of
// sentences, in the shape article.yaml stores. Until the first publication nothing cites the ids
// from outside the draft, so every edit renumbers them p1.s1, p1.s2, … in reading order.
// Pure: the data layer loads a draft, applies one of these edits and writes it back.

export const ZProvenanceSchema = z.object({
  title: z.string().trim().min(1, "Give the article's headline.").max(300),
  byline: z.string().trim().max(300),
  publisher: z
    .string()
    .trim()
    .min(1, "Name the newspaper, site or agency that published it.")
    .max(200),
  publishedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date it was published.")
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, "Give a real date."),
  url: z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(2000)
      .regex(/^https?:\/\/\S+$/, "Give the web address starting with https://, or leave it empty."),
  ]),
});

/**
 * A paragraph of the text, as article.yaml holds it. Read back from storage without the pack's
 * id and length rules: the editor makes the ids, and no stored draft is ever refused.
 */
const ZDraftParagraphSchema: z.ZodType<TArticle["paragraphs"][number]> = z.object({
  id: z.string(),
  sentences: z.array(z.object({ id: z.string(), text: z.string() })),
});

/**
 * The explainer's first part, as typed: each level is paragraphs separated by a blank line. It may
 * be incomplete while it is written; the checks say what publishing needs.
 */
export const ZWhatHappenedSchema = draftSchemaOf(ZExplainerSchema.shape.whatHappened, {
  standard: draftText(10_000),
  simpler: draftText(10_000),
});

export type TWhatHappened = z.infer<typeof ZWhatHappenedSchema>;

/**
 * Provenance as the editor sends it, complete or not (the checks say what publishing needs,
 * ZProvenanceSchema); only its length is limited.
 */
const ZProvenanceDraftSchema = z.object({
  title: draftText(300),
  byline: draftText(300),
  publisher: draftText(200),
  publishedOn: z.string().max(40),
  url: draftText(2000),
});

/** The parts of a draft the editor saves as they are typed, each with the schema its value meets. */
export const AUTOSAVED_PARTS = {
  provenance: ZProvenanceDraftSchema,
  whatHappened: ZWhatHappenedSchema,
  ...EXPLAINER_PARTS,
} as const;
export type TAutosavedPart = keyof typeof AUTOSAVED_PARTS;

/** Imported questions waiting to be finished, at most: one file's worth. */
export const MAX_IMPORTED_WAITING = 200;

/**
 * A question as its editor holds it, complete or not: its type's fields with the types they
 * have (so the editor can show it again), not yet its type's rules.
 */
export const ZUnsavedQuestionSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().max(5000),
    skill: z.string().max(40),
    difficulty: z.number(),
    points: z.number(),
    explanation: z.string().max(5000),
    cites: z.array(z.string().max(20)).max(100),
  })
  .catchall(z.unknown());

export type TUnsavedQuestion = z.infer<typeof ZUnsavedQuestionSchema>;

const ZQuestionDraftSchema = z.object({ seq: z.number().int(), question: ZUnsavedQuestionSchema });

/** What is stored; provenance may be incomplete while the teacher is still filling it in. */
export const ZArticleDraftSchema = z.object({
  provenance: z.object({
    title: z.string(),
    byline: z.string(),
    publisher: z.string(),
    publishedOn: z.string(),
    url: z.string(),
  }),
  paragraphs: z.array(ZDraftParagraphSchema),
  whatHappened: ZWhatHappenedSchema.default({ standard: "", simpler: "", cites: [] }),
  ...EXPLAINER_PARTS_DRAFT_SHAPE,
  /** Questions as saved from the editor: each met its type's schema when it was saved. */
  questions: z.array(ZQuestionSchema).default([]),
  /**
   * A question's editor as it was last typed, by question id ("new" for one not saved yet), until
   * it is saved into `questions`: incomplete questions do not pass their schema, but nothing typed
   * may be lost. Each with the number of its latest save, as for the parts.
   */
  questionDrafts: z.record(z.string(), ZQuestionDraftSchema).default({}),
  /**
   * Questions imported from a Moodle XML or GIFT file (app/lib/exchange), each waiting to be
   * opened in the editor — where its citations are picked — or dismissed, with what is left to do.
   */
  imported: z
    .array(
      z.object({
        key: z.string().max(40),
        name: z.string().max(300),
        question: ZUnsavedQuestionSchema,
        todo: z.array(z.string().max(2000)).max(20),
      }),
    )
    .max(MAX_IMPORTED_WAITING)
    .default([]),
  /** Per autosaved part, the number of its latest save: one arriving late never overwrites it. */
  seqs: z.record(z.string(), z.number().int()).default({}),
  /**
   * The drafts Debrief made from the text (app/lib/drafting) that the teacher accepted or
   * dismissed, by key: neither is offered again, across visits and windows.
   */
  handledDrafts: z.record(z.string(), z.enum(["accepted", "dismissed"])).default({}),
  /**
   * What the latest text edits did to sentence ids, each by the revision it made: old id → the
   * ids its text now has, only where that changed. A save from a window that still shows an
   * older text is carried through them (citesAtRevision), so its citations follow their sentences.
   */
  renames: z
    .array(z.object({ revision: z.number().int(), ids: z.record(z.string(), z.array(z.string())) }))
    .default([]),
});

export type TArticleDraft = z.infer<typeof ZArticleDraftSchema>;
export type TDraftParagraph = z.infer<typeof ZDraftParagraphSchema>;

/** Why an edit cannot be made, in words for the teacher. */
export class DraftEditError extends Error {
  override name = "DraftEditError";
}

/**
 * The text while an edit is made: each sentence remembers the ids it came from, so that after
 * renumbering every citation can follow its sentence (into a join, or into both halves of a split).
 */
type TWorking = { id: string; sentences: { text: string; from: string[] }[] }[];

export type TTextEditResult = {
  paragraphs: TDraftParagraph[];
  /** Old sentence id → the ids its text now has (empty when the text is gone). */
  renamed: Map<string, string[]>;
};

/**
 * Gives the edited text its ids. Before the first publication they follow reading order (p1.s1,
 * p1.s2, …). Once published (`keepIds`), an id never moves: a sentence keeps the id it came
 * from, the second half of a split and rewritten text get new ids after the paragraph's highest.
 */
function numbered(working: TWorking, keepIds = false): TTextEditResult {
  const renamed = new Map<string, string[]>();
  const rename = (from: readonly string[], id: string) => {
    for (const old of from) renamed.set(old, [...(renamed.get(old) ?? []), id]);
  };
  const kept = working.filter((paragraph) => paragraph.sentences.length > 0);
  const paragraphs = kept.map((paragraph, p) => {
    if (!keepIds) {
      const id = `p${p + 1}`;
      return {
        id,
        sentences: paragraph.sentences.map((sentence, s) => {
          rename(sentence.from, `${id}.s${s + 1}`);
          return { id: `${id}.s${s + 1}`, text: sentence.text };
        }),
      };
    }
    const own = (id: string) => id.startsWith(`${paragraph.id}.`);
    const number = (id: string) => Number(id.split(".s")[1]);
    let highest = Math.max(
      0,
      ...paragraph.sentences.flatMap((s) => s.from.filter(own).map(number)),
    );
    const used = new Set<string>();
    return {
      id: paragraph.id,
      sentences: paragraph.sentences.map((sentence) => {
        const id =
          sentence.from.find((old) => own(old) && !used.has(old)) ??
          `${paragraph.id}.s${(highest += 1)}`;
        used.add(id);
        rename(sentence.from, id);
        return { id, text: sentence.text };
      }),
    };
  });
  return { paragraphs, renamed };
}

export function newDraft(
  provenance: TArticleDraft["provenance"],
  paragraphs: TDraftParagraph[],
): TArticleDraft {
  return {
    provenance,
    paragraphs,
    whatHappened: { standard: "", simpler: "", cites: [] },
    people: [],
    timeline: [],
    wants: [],
    debate: EMPTY_DEBATE,
    glossary: [],
    questions: [],
    questionDrafts: {},
    imported: [],
    seqs: {},
    handledDrafts: {},
    renames: [],
  };
}

export function paragraphsFromTexts(texts: readonly string[]): TDraftParagraph[] {
  return numbered(
    texts.map((text) => ({
      id: "",
      sentences: splitSentences(text).map((t) => ({ text: t, from: [] })),
    })),
  ).paragraphs;
}

const working = (paragraphs: readonly TDraftParagraph[]): TWorking =>
  paragraphs.map((paragraph) => ({
    id: paragraph.id,
    sentences: paragraph.sentences.map((sentence) => ({
      text: sentence.text,
      from: [sentence.id],
    })),
  }));

function locate(paragraphs: readonly TDraftParagraph[], sentenceId: string) {
  for (const [p, paragraph] of paragraphs.entries()) {
    const s = paragraph.sentences.findIndex((sentence) => sentence.id === sentenceId);
    if (s >= 0) return { p, s };
  }
  throw new DraftEditError(`There is no sentence ${sentenceId} in this article any more.`);
}

function paragraphIndex(paragraphs: readonly TDraftParagraph[], paragraphId: string): number {
  const p = paragraphs.findIndex((paragraph) => paragraph.id === paragraphId);
  if (p < 0) throw new DraftEditError(`There is no paragraph ${paragraphId} any more.`);
  return p;
}

/** Joins a sentence with the one after it in the same paragraph. */
export function mergeWithNext(
  paragraphs: readonly TDraftParagraph[],
  sentenceId: string,
  keepIds = false,
): TTextEditResult {
  const { p, s } = locate(paragraphs, sentenceId);
  const all = working(paragraphs);
  const own = all[p]!.sentences;
  const [first, second] = [own[s]!, own[s + 1]];
  if (!second)
    throw new DraftEditError("That is the last sentence of its paragraph: there is none to join.");
  own.splice(s, 2, { text: `${first.text} ${second.text}`, from: [...first.from, ...second.from] });
  return numbered(all, keepIds);
}

/** The words of a sentence, as the split control offers them. */
export function wordsOf(text: string): string[] {
  return text.split(" ");
}

/** Starts a new sentence at word `wordIndex` (counted from 0) of a sentence. */
export function splitSentenceAt(
  paragraphs: readonly TDraftParagraph[],
  sentenceId: string,
  wordIndex: number,
  keepIds = false,
): TTextEditResult {
  const { p, s } = locate(paragraphs, sentenceId);
  const all = working(paragraphs);
  const own = all[p]!.sentences;
  const sentence = own[s]!;
  const words = wordsOf(sentence.text);
  if (!Number.isInteger(wordIndex) || wordIndex < 1 || wordIndex >= words.length)
    throw new DraftEditError("Choose a word after the first one for the new sentence to start at.");
  own.splice(
    s,
    1,
    { text: words.slice(0, wordIndex).join(" "), from: sentence.from },
    { text: words.slice(wordIndex).join(" "), from: sentence.from },
  );
  return numbered(all, keepIds);
}

/**
 * Replaces a paragraph's text (a typo, a stray caption) and splits it into sentences again. A
 * sentence that comes back word for word keeps its citations; a changed one loses them, because
 * what was cited is no longer there.
 */
export function replaceParagraph(
  paragraphs: readonly TDraftParagraph[],
  paragraphId: string,
  text: string,
  keepIds = false,
): TTextEditResult {
  const p = paragraphIndex(paragraphs, paragraphId);
  if (normaliseSpace(text) === "")
    throw new DraftEditError("A paragraph cannot be empty: remove it instead.");
  const all = working(paragraphs);
  const unused = [...all[p]!.sentences];
  all[p]!.sentences = splitSentences(text).map((sentence) => {
    const same = unused.findIndex((old) => old.text === sentence);
    return { text: sentence, from: same >= 0 ? unused.splice(same, 1)[0]!.from : [] };
  });
  return numbered(all, keepIds);
}

/** Removes a paragraph that is not part of the story (a caption, a sign-up line). */
export function removeParagraph(
  paragraphs: readonly TDraftParagraph[],
  paragraphId: string,
  keepIds = false,
): TTextEditResult {
  const p = paragraphIndex(paragraphs, paragraphId);
  if (paragraphs.length === 1) throw new DraftEditError("An article needs at least one paragraph.");
  const all = working(paragraphs);
  all.splice(p, 1);
  return numbered(all, keepIds);
}

/** Every `cites` list in a draft part, with each id replaced by the ids its text now has. */
function remapCites<T>(value: T, idsOf: (id: string) => readonly string[]): T {
  if (Array.isArray(value)) return value.map((item: unknown) => remapCites(item, idsOf)) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      key === "cites" && Array.isArray(child)
        ? [...new Set(child.flatMap((id: string) => idsOf(id)))]
        : remapCites(child, idsOf),
    ]),
  ) as T;
}

/** How many text edits' renames a draft keeps: a window further behind is asked to reload. */
export const RENAMES_KEPT = 20;

/**
 * `value` (any draft part, a question) written against the text of revision `from`, its
 * citations carried to `to` through the draft's renames; undefined when the draft no longer
 * holds every rename between (the window is too far behind to tell where its citations went).
 */
export function citesAtRevision<T>(
  value: T,
  renames: TArticleDraft["renames"],
  from: number,
  to: number,
): T | undefined {
  if (from === to) return value;
  if (from > to) return undefined;
  let carried = value;
  for (let revision = from + 1; revision <= to; revision += 1) {
    const step = renames.find((entry) => entry.revision === revision);
    if (!step) return undefined;
    const ids = new Map(Object.entries(step.ids));
    carried = remapCites(carried, (id) => ids.get(id) ?? [id]);
  }
  return carried;
}

/** One change to the text, as the editor's forms send it. */
export type TTextEdit =
  | { edit: "merge"; sentenceId: string }
  | { edit: "split"; sentenceId: string; word: number }
  | { edit: "replace"; paragraphId: string; text: string }
  | { edit: "remove"; paragraphId: string };

/**
 * The edit made on the text of `revision`, which makes revision + 1. `keepIds` once the article
 * is published: from then on a sentence's id never changes.
 */
export function applyTextEdit(
  draft: TArticleDraft,
  change: TTextEdit,
  revision: number,
  keepIds = false,
): TArticleDraft {
  const { paragraphs, renamed } =
    change.edit === "merge"
      ? mergeWithNext(draft.paragraphs, change.sentenceId, keepIds)
      : change.edit === "split"
        ? splitSentenceAt(draft.paragraphs, change.sentenceId, change.word, keepIds)
        : change.edit === "replace"
          ? replaceParagraph(draft.paragraphs, change.paragraphId, change.text, keepIds)
          : removeParagraph(draft.paragraphs, change.paragraphId, keepIds);
  const { provenance, seqs, renames, ...cited } = draft;
  const changed = [...renamed].filter(([id, ids]) => ids.length !== 1 || ids[0] !== id);
  // A sentence no edit reached keeps its id; one whose text is gone is named with no ids.
  const gone = draft.paragraphs
    .flatMap((p) => p.sentences.map((s) => s.id))
    .filter((id) => !renamed.has(id))
    .map((id): [string, string[]] => [id, []]);
  return {
    ...remapCites(cited, (id) => renamed.get(id) ?? []),
    provenance,
    seqs,
    renames: [
      ...renames,
      { revision: revision + 1, ids: Object.fromEntries([...changed, ...gone]) },
    ].slice(-RENAMES_KEPT),
    paragraphs,
  };
}
