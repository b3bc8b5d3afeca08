import "server-only";
import type { z } from "zod";
import type { AUTOSAVED_PARTS } from "@/app/lib/authoring/draft";
import { draftFromPack } from "@/app/lib/authoring/pack-files";
import { scoreTryOut, type TTriedQuestion } from "@/app/lib/authoring/try-out";
import { mergeThreeWay, sameJson } from "@/app/lib/authoring/merge";
import { PackZipError, unzipPack } from "@/app/lib/authoring/pack-zip";
import { checkPack, collectCites, formatIssue } from "@/app/lib/content/load";
import {
  applyTextEdit,
  DraftEditError,
  newDraft,
  paragraphsFromTexts,
  type TArticleDraft,
  type TAutosavedPart,
  type TTextEdit,
  type TUnsavedQuestion,
} from "@/app/lib/authoring/draft";
import type { TExtracted } from "@/app/lib/authoring/extract";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import { decodeArticleDraft } from "@/app/lib/data/columns";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { canReadAuthoredArticle, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";

// Articles teachers write in the studio. Every change is one conditional statement on the row's
// owner and the save count it read: another teacher's crafted request matches no row and changes
// nothing, and two saves in flight never lose one another.

const missing = () => new NotFoundError("We could not find that article.");

export type TArticleListItem = {
  id: string;
  title: string;
  updatedAt: Date;
  sharedAt: Date | null;
  ownerName: string;
};

export type TArticleForEditing = TArticleListItem & {
  revision: number;
  /** Its URL once published (/articles/<slug>), else null. */
  slug: string | null;
  draft: TArticleDraft;
  /** Only the author edits; other teachers see a shared article read-only. */
  editable: boolean;
};

const LIST_SELECT = {
  id: true,
  title: true,
  updatedAt: true,
  sharedAt: true,
  owner: { select: { displayName: true } },
} as const;

function toListItem(row: {
  id: string;
  title: string;
  updatedAt: Date;
  sharedAt: Date | null;
  owner: { displayName: string };
}): TArticleListItem {
  const { owner, ...rest } = row;
  return { ...rest, ownerName: owner.displayName };
}

/** A teacher's own articles, and those other teachers share with everyone. */
export async function listArticles(
  user: TSessionUser,
): Promise<{ mine: TArticleListItem[]; shared: TArticleListItem[] }> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const [mine, shared] = await Promise.all([
    prisma.authoredArticle.findMany({
      where: { ownerId: user.id },
      orderBy: { updatedAt: "desc" },
      select: LIST_SELECT,
    }),
    prisma.authoredArticle.findMany({
      where: { ownerId: { not: user.id }, sharedAt: { not: null } },
      orderBy: { sharedAt: "desc" },
      select: LIST_SELECT,
    }),
  ]);
  return { mine: mine.map(toListItem), shared: shared.map(toListItem) };
}

export async function createArticle(
  user: TSessionUser,
  extracted: TExtracted,
): Promise<{ id: string }> {
  requireRole(user, "TEACHER");
  const paragraphs = paragraphsFromTexts(extracted.paragraphs);
  if (paragraphs.length === 0)
    throw new InvalidInputError(
      "We found no article text there. Paste the article's text, or save the page as HTML and upload that.",
    );
  const draft = newDraft(extracted.provenance, paragraphs);
  const prisma = await db();
  return prisma.authoredArticle.create({
    data: {
      ownerId: user.id,
      title: extracted.provenance.title || "Untitled article",
      draft: JSON.stringify(draft),
    },
    select: { id: true },
  });
}

/**
 * A new draft from an exported pack (or a built-in one), if it passes the checks content:check
 * applies; the teacher then edits and publishes it as their own.
 */
export async function importArticle(user: TSessionUser, zip: Uint8Array): Promise<{ id: string }> {
  requireRole(user, "TEACHER");
  let unzipped: Awaited<ReturnType<typeof unzipPack>>;
  try {
    unzipped = await unzipPack(zip);
  } catch (error) {
    if (error instanceof PackZipError) throw new InvalidInputError(error.message, "file");
    throw error;
  }
  const name = unzipped.folder || "the zip";
  const { pack, issues } = checkPack(unzipped.files, name, unzipped.folder || "pack");
  if (!pack) {
    const shown = issues.slice(0, 3).map(formatIssue).join("; ");
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
    throw new InvalidInputError(
      `That pack does not pass the content checks: ${shown}${more}.`,
      "file",
    );
  }
  const draft = draftFromPack(pack);
  const prisma = await db();
  return prisma.authoredArticle.create({
    data: { ownerId: user.id, title: draft.provenance.title, draft: JSON.stringify(draft) },
    select: { id: true },
  });
}

export async function getArticleForEditing(
  user: TSessionUser,
  articleId: string,
): Promise<TArticleForEditing> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.authoredArticle.findUnique({
    where: { id: articleId },
    select: { ...LIST_SELECT, ownerId: true, revision: true, draft: true, slug: true },
  });
  if (!row || !canReadAuthoredArticle(user, row)) throw missing();
  const { ownerId, draft, revision, slug, ...rest } = row;
  return {
    ...toListItem(rest),
    revision,
    slug,
    draft: decodeArticleDraft(draft),
    editable: ownerId === user.id,
  };
}

/** The draft's questions marked as a student's review would mark them; nothing is saved. */
export async function tryQuestions(
  user: TSessionUser,
  articleId: string,
  answers: Readonly<Record<string, unknown>>,
): Promise<TTriedQuestion[]> {
  const { draft } = await getArticleForEditing(user, articleId);
  return scoreTryOut(draft.questions, draft.paragraphs, answers);
}

const STALE_TEXT =
  "This article's text was changed in another window since you opened it. Your change was not saved: reload the page to see the latest text, then make it again.";

/**
 * Reads the author's draft, derives the next one and writes it only if no other save came in
 * between (compare-and-set on `saves`); if one did, it starts again from the newer draft. `derive`
 * returns undefined when there is nothing to write; its refusals become the form's message.
 */
async function updateDraft(
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
    if (!row) throw missing();
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
      draft: applyTextEdit(current.draft, change, current.published),
      textChanged: true,
    };
  });
}

/**
 * What an autosave did. "stale": a newer save of the part came first (from another window); send
 * again above `seq`. "saved" with `merged`: another window had saved other fields of the part, and
 * both are kept — `merged` is what is stored, for the editor to show. "conflict": another window
 * changed the same `fields`; nothing was written, `theirs` is what is stored.
 */
export type TPartSave =
  | { status: "saved"; seq: number; merged?: unknown }
  | { status: "stale"; seq: number }
  | { status: "conflict"; seq: number; theirs: unknown; fields: string[] };

/**
 * One numbered autosave of a part (or a question's editor) against what is `stored`: stale below
 * the latest number; otherwise `value` on top of what another window stored since `base`, or a
 * conflict. `write` is what to store, absent when nothing is.
 */
function settleAutosave<T>(
  stored: T | undefined,
  latest: number,
  save: { seq: number; value: T; base: T },
): { result: TPartSave; write?: T } {
  if (save.seq <= latest) return { result: { status: "stale", seq: latest } };
  const { value, conflicts } =
    stored === undefined || sameJson(stored, save.base)
      ? { value: save.value, conflicts: [] }
      : mergeThreeWay(save.base, save.value, stored);
  if (conflicts.length > 0)
    return { result: { status: "conflict", seq: latest, theirs: stored, fields: conflicts } };
  const write = value as T;
  return {
    result: sameJson(write, save.value)
      ? { status: "saved", seq: save.seq }
      : { status: "saved", seq: save.seq, merged: write },
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
  seq: number,
  value: z.output<(typeof AUTOSAVED_PARTS)[P]>,
  base: z.output<(typeof AUTOSAVED_PARTS)[P]>,
): Promise<TPartSave> {
  let result: TPartSave = { status: "saved", seq };
  await updateDraft(user, articleId, ({ draft }) => {
    const settled = settleAutosave<unknown>(draft[part], draft.seqs[part] ?? 0, {
      seq,
      value,
      base,
    });
    result = settled.result;
    const merged = settled.write;
    if (merged === undefined) return undefined;
    const known = new Set(draft.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    const unknown = collectCites(merged).find((cite) => !known.has(cite.id))?.id;
    if (unknown)
      throw new InvalidInputError(`There is no sentence ${unknown} in this article any more.`);
    return {
      draft: { ...draft, [part]: merged, seqs: { ...draft.seqs, [part]: seq } },
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
function nextQuestionId(questions: readonly TQuestion[]): string {
  const numbers = questions.map((q) => Number(/^q(\d+)$/.exec(q.id)?.[1] ?? 0));
  return `q${Math.max(0, ...numbers) + 1}`;
}

/** Adds a question (`questionId` "new") or replaces the one with that id. */
export async function saveQuestion(
  user: TSessionUser,
  articleId: string,
  questionId: string,
  question: TQuestion,
): Promise<{ id: string }> {
  let id = questionId;
  await updateDraft(user, articleId, ({ draft }) => {
    const index = draft.questions.findIndex((q) => q.id === questionId);
    if (questionId !== "new" && index < 0)
      throw new InvalidInputError(`There is no question ${questionId} in this article any more.`);
    id = questionId === "new" ? nextQuestionId(draft.questions) : questionId;
    const questions = [...draft.questions];
    questions.splice(index < 0 ? questions.length : index, index < 0 ? 0 : 1, { ...question, id });
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
  seq: number,
  question: TUnsavedQuestion,
  base: TUnsavedQuestion,
): Promise<TPartSave> {
  let result: TPartSave = { status: "saved", seq };
  await updateDraft(user, articleId, ({ draft }) => {
    if (questionId !== "new" && !draft.questions.some((q) => q.id === questionId))
      throw new InvalidInputError(`There is no question ${questionId} in this article any more.`);
    // What is stored: another window's unsaved copy, else the saved question (none for "new").
    const stored: TUnsavedQuestion | undefined =
      draft.questionDrafts[questionId]?.question ??
      draft.questions.find((q) => q.id === questionId);
    const settled = settleAutosave(stored, draft.questionDrafts[questionId]?.seq ?? 0, {
      seq,
      value: question,
      base,
    });
    result = settled.result;
    const kept = settled.write;
    if (kept === undefined) return undefined;
    return {
      draft: {
        ...draft,
        questionDrafts: { ...draft.questionDrafts, [questionId]: { seq, question: kept } },
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

export async function setArticleShared(
  user: TSessionUser,
  articleId: string,
  shared: boolean,
): Promise<void> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const { count } = await prisma.authoredArticle.updateMany({
    where: { id: articleId, ownerId: user.id },
    data: { sharedAt: shared ? new Date() : null },
  });
  if (count === 0) throw missing();
}

/** A teacher's own editable copy of an article they can read (their own, or a shared one). */
export async function copyArticle(user: TSessionUser, articleId: string): Promise<{ id: string }> {
  const source = await getArticleForEditing(user, articleId);
  const prisma = await db();
  return prisma.authoredArticle.create({
    data: { ownerId: user.id, title: source.title, draft: JSON.stringify(source.draft) },
    select: { id: true },
  });
}
