import "server-only";
import { draftFromPack } from "@/app/lib/authoring/pack-files";
import { publishedFromDraft, versionOf } from "@/app/lib/authoring/publish";
import { scoreTryOut, type TTriedQuestion } from "@/app/lib/authoring/try-out";
import { PackZipError, unzipPack } from "@/app/lib/authoring/pack-zip";
import { checkPack } from "@/app/lib/content/check-pack";
import { formatIssue } from "@/app/lib/content/pack";
import { newDraft, paragraphsFromTexts, type TArticleDraft } from "@/app/lib/authoring/draft";
import type { TExtracted } from "@/app/lib/authoring/extract";
import { decodeArticleDraft } from "@/app/lib/data/columns";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { deleteUnassignedArticleSql } from "@/app/lib/data/raw-sql";
import { canReadAuthoredArticle, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";
import type { TArticleStatusFacts } from "@/app/lib/authoring/article-status";

// Articles teachers write in the studio. Every change is one conditional statement on the row's
// owner and the save count it read: another teacher's crafted request matches no row and changes
// nothing, and two saves in flight never lose one another.

export const articleNotFound = () => new NotFoundError("We could not find that article.");

export type TArticleListItem = TArticleStatusFacts & {
  id: string;
  title: string;
  updatedAt: Date;
  /** Its URL once published (/articles/<slug>), else null. */
  slug: string | null;
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
  archivedAt: true,
  slug: true,
  ownerId: true,
  owner: { select: { displayName: true } },
  versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, version: true } },
} as const;

type TListRow = {
  id: string;
  title: string;
  updatedAt: Date;
  sharedAt: Date | null;
  archivedAt: Date | null;
  slug: string | null;
  ownerId: string;
  owner: { displayName: string };
  versions: { number: number; version: string }[];
};

/** How many of the teacher's classes have each article assigned (assignments not archived). */
async function assignedClassCounts(
  user: TSessionUser,
  slugs: (string | null)[],
): Promise<Map<string, number>> {
  const wanted = slugs.filter((slug): slug is string => slug !== null);
  if (wanted.length === 0) return new Map();
  const prisma = await db();
  const rows = await prisma.assignment.findMany({
    where: { articleSlug: { in: wanted }, archivedAt: null, class: { teacherId: user.id } },
    distinct: ["articleSlug", "classId"],
    select: { articleSlug: true },
  });
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.articleSlug, (counts.get(row.articleSlug) ?? 0) + 1);
  return counts;
}

async function toListItems(user: TSessionUser, rows: TListRow[]): Promise<TArticleListItem[]> {
  const counts = await assignedClassCounts(
    user,
    rows.map((row) => row.slug),
  );
  return rows.map(({ owner, versions, ownerId, ...rest }) => ({
    ...rest,
    ownerName: owner.displayName,
    mine: ownerId === user.id,
    latestVersion: versions[0]?.number ?? null,
    assignedClasses: (rest.slug && counts.get(rest.slug)) || 0,
  }));
}

/**
 * A teacher's own articles (archived ones apart), and those other teachers share with everyone.
 */
export async function listArticles(user: TSessionUser): Promise<{
  mine: TArticleListItem[];
  archived: TArticleListItem[];
  shared: TArticleListItem[];
}> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const [mine, shared] = await Promise.all([
    prisma.authoredArticle.findMany({
      where: { ownerId: user.id },
      orderBy: { updatedAt: "desc" },
      select: LIST_SELECT,
    }),
    prisma.authoredArticle.findMany({
      where: { ownerId: { not: user.id }, sharedAt: { not: null }, archivedAt: null },
      orderBy: { sharedAt: "desc" },
      select: LIST_SELECT,
    }),
  ]);
  const items = await toListItems(user, [...mine, ...shared]);
  const own = items.slice(0, mine.length);
  return {
    mine: own.filter((item) => !item.archivedAt),
    archived: own.filter((item) => item.archivedAt),
    shared: items.slice(mine.length),
  };
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
  options: { withChanges?: boolean } = {},
): Promise<TArticleForEditing> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.authoredArticle.findUnique({
    where: { id: articleId },
    select: { ...LIST_SELECT, revision: true, draft: true },
  });
  if (!row || !canReadAuthoredArticle(user, row)) throw articleNotFound();
  const { draft: stored, revision, ...rest } = row;
  const [item] = await toListItems(user, [rest]);
  const draft = decodeArticleDraft(stored);
  const latest = rest.versions[0];
  // Whether publishing now would make a new version: the same hash publishArticle compares.
  const unpublishedChanges =
    options.withChanges && latest
      ? versionOf(publishedFromDraft(draft, rest.owner.displayName)) !== latest.version
      : undefined;
  return { ...item!, unpublishedChanges, revision, draft, editable: item!.mine };
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

/**
 * Deletes the author's article with its versions, unless a class has ever been assigned it: then
 * students' attempts rest on it, and the teacher archives it instead.
 */
export async function deleteArticle(user: TSessionUser, articleId: string): Promise<void> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const deleted = await prisma.$executeRaw(deleteUnassignedArticleSql(articleId, user.id));
  if (deleted > 0) return;
  const row = await prisma.authoredArticle.findFirst({
    where: { id: articleId, ownerId: user.id },
    select: { id: true },
  });
  if (!row) throw articleNotFound();
  throw new ConflictError(
    "Classes have been assigned this article, and their attempts rest on it, so it cannot be deleted. Archive it instead: it leaves your list and cannot be assigned again, and those classes keep it.",
  );
}

/** Archives the author's article (or brings it back): out of their list and not assignable. */
export async function setArticleArchived(
  user: TSessionUser,
  articleId: string,
  archived: boolean,
): Promise<void> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const { count } = await prisma.authoredArticle.updateMany({
    where: { id: articleId, ownerId: user.id },
    data: { archivedAt: archived ? new Date() : null },
  });
  if (count === 0) throw articleNotFound();
}
