import "server-only";
import { draftFromPack } from "@/app/lib/authoring/pack-files";
import { scoreTryOut, type TTriedQuestion } from "@/app/lib/authoring/try-out";
import { PackZipError, unzipPack } from "@/app/lib/authoring/pack-zip";
import { checkPack } from "@/app/lib/content/check-pack";
import { formatIssue } from "@/app/lib/content/pack";
import { newDraft, paragraphsFromTexts, type TArticleDraft } from "@/app/lib/authoring/draft";
import type { TExtracted } from "@/app/lib/authoring/extract";
import { decodeArticleDraft } from "@/app/lib/data/columns";
import { InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { canReadAuthoredArticle, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";

// Articles teachers write in the studio. Every change is one conditional statement on the row's
// owner and the save count it read: another teacher's crafted request matches no row and changes
// nothing, and two saves in flight never lose one another.

export const articleNotFound = () => new NotFoundError("We could not find that article.");

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
  if (!row || !canReadAuthoredArticle(user, row)) throw articleNotFound();
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
  if (count === 0) throw articleNotFound();
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
