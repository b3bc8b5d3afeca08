import "server-only";
import type { z } from "zod";
import type { AUTOSAVED_PARTS } from "@/app/lib/authoring/draft";
import { mergeThreeWay, sameJson } from "@/app/lib/authoring/merge";
import { collectCites } from "@/app/lib/article/rules";
import {
  applyTextEdit,
  citesAtRevision,
  DraftEditError,
  type TArticleDraft,
  type TAutosavedPart,
  type TTextEdit,
  type TUnsavedQuestion,
} from "@/app/lib/authoring/draft";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import { decodeArticleDraft } from "@/app/lib/data/columns";
import { ConflictError, InvalidInputError } from "@/app/lib/data/errors";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";
import { articleNotFound } from "@/app/lib/data/authored-articles";

// Every change to the content of a teacher's draft: text edits, autosaved parts and questions.
// Each is one compare-and-set on the row's owner and save count (updateDraft): another teacher's
// crafted request matches no row, and two saves in flight never lose one another.

const STALE_TEXT =
  "This article's text was changed in another window since you opened it. Your change was not saved: reload the page to see the latest text, then make it again.";

/**
 * Reads the author's draft, derives the next one and writes it only if no other save came in
 * between (compare-and-set on `saves`); if one did, it starts again from the newer draft. `derive`
 * returns undefined when there is nothing to write; its refusals become the form's message.
 */
export async function updateDraft(
  user: TSessionUser,
  articleId: string,
  derive: (current: {
    draft: TArticleDraft;
    revision: number;
    /** Published at least once: sentence ids are fixed. */
    published: boolean;
  }) => { draft: TArticleDraft; textChanged: boolean } | undefined,
): Promise<void> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  for (let round = 0; round < 5; round += 1) {
    const row = await prisma.authoredArticle.findFirst({
      where: { id: articleId, ownerId: user.id },
      select: { draft: true, revision: true, saves: true, slug: true },
    });
    if (!row) throw articleNotFound();
    let next: ReturnType<typeof derive>;
    try {
      next = derive({
        draft: decodeArticleDraft(row.draft),
        revision: row.revision,
        published: row.slug !== null,
      });
    } catch (error) {
      if (error instanceof DraftEditError) throw new InvalidInputError(error.message);
      throw error;
    }
    if (!next) return;
    const { count } = await prisma.authoredArticle.updateMany({
      where: { id: articleId, ownerId: user.id, saves: row.saves },
      data: {
        draft: JSON.stringify(next.draft),
        title: next.draft.provenance.title || "Untitled article",
        saves: row.saves + 1,
        revision: next.textChanged ? row.revision + 1 : row.revision,
      },
    });
    if (count === 1) return;
  }
  throw new ConflictError("Too many saves arrived at once. Try again in a moment.");
}

/** Joins, splits, rewrites or removes text — only on the text the editor showed (`revision`). */
export async function editArticleText(
  user: TSessionUser,
  articleId: string,
  revision: number,
  change: TTextEdit,
): Promise<void> {
  await updateDraft(user, articleId, (current) => {
    if (current.revision !== revision) throw new ConflictError(STALE_TEXT);
    return {
      draft: applyTextEdit(current.draft, change, current.revision, current.published),
      textChanged: true,
    };
  });
}

const TEXT_MOVED_ON =
  "This article's text was changed many times in another window since you opened this one, so Debrief cannot tell which sentences your citations meant. Copy what you typed, reload the page and add it again.";

/**
 * What an autosave did. "stale": a newer save of the part came first (from another window); send
 * again above `seq`. "saved" with `merged`: another window had saved other fields of the part, or
 * the text was edited since this window's (its citations now name the sentences' new ids) —
 * `merged` is what is stored, for the editor to show. "conflict": another window changed the same
 * `fields`; nothing was written, `theirs` is what is stored and `mine` the save as it would be
 * stored. Every answer names the text `revision` its citations are in.
 */
export type TPartSave = { revision: number } & (
  | { status: "saved"; seq: number; merged?: unknown }
  | { status: "stale"; seq: number }
  | { status: "conflict"; seq: number; theirs: unknown; mine: unknown; fields: string[] }
);

/** An autosave as the editor sends it: numbered, against `base`, in the text of `revision`. */
export type TAutosave<T> = { seq: number; value: T; base: T; revision: number };

/**
 * The save's value and base with their citations carried to the draft's text revision (a
 * window behind a text edit cites the old ids); refused when that can no longer be told.
 */
function atRevision<T>(
  save: TAutosave<T>,
  draft: TArticleDraft,
  revision: number,
): { value: T; base: T } {
  const value = citesAtRevision(save.value, draft.renames, save.revision, revision);
  const base = citesAtRevision(save.base, draft.renames, save.revision, revision);
  if (value === undefined || base === undefined) {
    // Behind further than the draft remembers: only a save that cites nothing is safe.
    if (collectCites(save.value).length > 0 || collectCites(save.base).length > 0)
      throw new InvalidInputError(TEXT_MOVED_ON);
    return save;
  }
  return { value, base };
}

/** Refuses citations of sentences the draft does not have (a crafted request, a removed one). */
function assertCitesKnown(draft: TArticleDraft, value: unknown): void {
  const known = new Set(draft.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
  const unknown = collectCites(value).find((cite) => !known.has(cite.id))?.id;
  if (unknown)
    throw new InvalidInputError(`There is no sentence ${unknown} in this article any more.`);
}

/**
 * One numbered autosave of a part (or a question's editor) against what is `stored`: stale below
 * the latest number; otherwise `value` on top of what another window stored since `base`, or a
 * conflict. `write` is what to store, absent when nothing is.
 */
function settleAutosave<T>(
  stored: T | undefined,
  latest: number,
  save: TAutosave<T>,
  current: { draft: TArticleDraft; revision: number },
): { result: TPartSave; write?: T } {
  const { revision } = current;
  if (save.seq <= latest) return { result: { status: "stale", seq: latest, revision } };
  const carried = atRevision(save, current.draft, revision);
  const { value, conflicts } =
    stored === undefined || sameJson(stored, carried.base)
      ? { value: carried.value, conflicts: [] }
      : mergeThreeWay(carried.base, carried.value, stored);
  if (conflicts.length > 0)
    return {
      result: {
        status: "conflict",
        seq: latest,
        theirs: stored,
        mine: carried.value,
        fields: conflicts,
        revision,
      },
    };
  const write = value as T;
  return {
    // Compared with what was sent: citations carried to new ids are news to the editor too.
    result: sameJson(write, save.value)
      ? { status: "saved", seq: save.seq, revision }
      : { status: "saved", seq: save.seq, merged: write, revision },
    write,
  };
}

/**
 * An autosave of one part of the draft, numbered by the editor like answers are: a save older than
 * the part's latest is ignored ("stale", with the number to go above). A save whose `base` is not
 * what is stored is merged field by field with it (nothing another window saved is lost), or
 * refused as a conflict. Citations must name sentences the draft has.
 */
export async function saveDraftPart<P extends TAutosavedPart>(
  user: TSessionUser,
  articleId: string,
  part: P,
  save: TAutosave<z.output<(typeof AUTOSAVED_PARTS)[P]>>,
): Promise<TPartSave> {
  let result: TPartSave = { status: "saved", seq: save.seq, revision: save.revision };
  await updateDraft(user, articleId, (current) => {
    const { draft } = current;
    const settled = settleAutosave<unknown>(draft[part], draft.seqs[part] ?? 0, save, current);
    result = settled.result;
    const merged = settled.write;
    if (merged === undefined) return undefined;
    assertCitesKnown(draft, merged);
    return {
      draft: { ...draft, [part]: merged, seqs: { ...draft.seqs, [part]: save.seq } },
      textChanged: false,
    };
  });
  return result;
}

/** A record less one key: a question's unsaved editor, once the question is saved or removed. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The next free question id, q1, q2, …: ids stay put when other questions are removed. */
export function nextQuestionId(questions: readonly TQuestion[]): string {
  const numbers = questions.map((q) => Number(/^q(\d+)$/.exec(q.id)?.[1] ?? 0));
  return `q${Math.max(0, ...numbers) + 1}`;
}

/**
 * Adds a question (`questionId` "new") or replaces the one with that id; its citations, written
 * against the text of `revision`, follow their sentences through any text edit since.
 */
export async function saveQuestion(
  user: TSessionUser,
  articleId: string,
  questionId: string,
  question: TQuestion,
  revision: number,
): Promise<{ id: string }> {
  let id = questionId;
  await updateDraft(user, articleId, (current) => {
    const { draft } = current;
    const index = draft.questions.findIndex((q) => q.id === questionId);
    if (questionId !== "new" && index < 0)
      throw new InvalidInputError(`There is no question ${questionId} in this article any more.`);
    id = questionId === "new" ? nextQuestionId(draft.questions) : questionId;
    const carried = atRevision(
      { seq: 0, value: question, base: question, revision },
      draft,
      current.revision,
    ).value;
    assertCitesKnown(draft, carried);
    const questions = [...draft.questions];
    questions.splice(index < 0 ? questions.length : index, index < 0 ? 0 : 1, { ...carried, id });
    return {
      draft: { ...draft, questions, questionDrafts: without(draft.questionDrafts, questionId) },
      textChanged: false,
    };
  });
  return { id };
}

/**
 * An autosave of a question's editor, complete or not, kept beside the question until it is
 * saved (numbered like the parts: a late one never overwrites a newer one; merged with another
 * window's, or refused as a conflict, like them).
 */
export async function saveQuestionDraft(
  user: TSessionUser,
  articleId: string,
  questionId: string,
  save: TAutosave<TUnsavedQuestion>,
): Promise<TPartSave> {
  let result: TPartSave = { status: "saved", seq: save.seq, revision: save.revision };
  await updateDraft(user, articleId, (current) => {
    const { draft } = current;
    if (questionId !== "new" && !draft.questions.some((q) => q.id === questionId))
      throw new InvalidInputError(`There is no question ${questionId} in this article any more.`);
    // What is stored: another window's unsaved copy, else the saved question (none for "new").
    const stored: TUnsavedQuestion | undefined =
      draft.questionDrafts[questionId]?.question ??
      draft.questions.find((q) => q.id === questionId);
    const settled = settleAutosave(
      stored,
      draft.questionDrafts[questionId]?.seq ?? 0,
      save,
      current,
    );
    result = settled.result;
    const kept = settled.write;
    if (kept === undefined) return undefined;
    return {
      draft: {
        ...draft,
        questionDrafts: {
          ...draft.questionDrafts,
          [questionId]: { seq: save.seq, question: kept },
        },
      },
      textChanged: false,
    };
  });
  return result;
}

export async function removeQuestion(
  user: TSessionUser,
  articleId: string,
  questionId: string,
): Promise<void> {
  await updateDraft(user, articleId, ({ draft }) => {
    if (!draft.questions.some((q) => q.id === questionId))
      throw new InvalidInputError(`There is no question ${questionId} in this article any more.`);
    return {
      draft: {
        ...draft,
        questions: draft.questions.filter((q) => q.id !== questionId),
        questionDrafts: without(draft.questionDrafts, questionId),
      },
      textChanged: false,
    };
  });
}
