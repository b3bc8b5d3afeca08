import "server-only";
import { DraftEditError, paragraphsFromTexts, type TArticleDraft } from "@/app/lib/authoring/draft";
import type { TExtracted } from "@/app/lib/authoring/extract";
import { decodeArticleDraft } from "@/app/lib/data/columns";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { canReadAuthoredArticle, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";

// Articles teachers write in the studio. Every change is one conditional statement on the row's
// owner and the revision the editor showed: a second tab's stale form, or another teacher's
// crafted request, matches no row and changes nothing.

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
  const draft: TArticleDraft = { provenance: extracted.provenance, paragraphs };
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

export async function getArticleForEditing(
  user: TSessionUser,
  articleId: string,
): Promise<TArticleForEditing> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.authoredArticle.findUnique({
    where: { id: articleId },
    select: { ...LIST_SELECT, ownerId: true, revision: true, draft: true },
  });
  if (!row || !canReadAuthoredArticle(user, row)) throw missing();
  const { ownerId, draft, revision, ...rest } = row;
  return {
    ...toListItem(rest),
    revision,
    draft: decodeArticleDraft(draft),
    editable: ownerId === user.id,
  };
}

/**
 * Applies one edit to the author's draft, provided nobody saved since `revision`. The edit is pure
 * (app/lib/authoring/draft.ts); its refusals come back as the form's message.
 */
export async function editArticle(
  user: TSessionUser,
  articleId: string,
  revision: number,
  edit: (draft: TArticleDraft) => TArticleDraft,
): Promise<void> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.authoredArticle.findFirst({
    where: { id: articleId, ownerId: user.id },
    select: { draft: true, revision: true },
  });
  if (!row) throw missing();
  const stale = new ConflictError(
    "This article was changed in another window since you opened it. Your change was not saved: reload the page to see the latest text, then make it again.",
  );
  if (row.revision !== revision) throw stale;
  let next: TArticleDraft;
  try {
    next = edit(decodeArticleDraft(row.draft));
  } catch (error) {
    if (error instanceof DraftEditError) throw new InvalidInputError(error.message);
    throw error;
  }
  const { count } = await prisma.authoredArticle.updateMany({
    where: { id: articleId, ownerId: user.id, revision },
    data: {
      draft: JSON.stringify(next),
      title: next.provenance.title || "Untitled article",
      revision: revision + 1,
    },
  });
  if (count === 0) throw stale;
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
