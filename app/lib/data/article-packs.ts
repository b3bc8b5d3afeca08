import "server-only";
import { randomBytes } from "node:crypto";
import { checkDraft } from "@/app/lib/authoring/checks";
import { packFiles } from "@/app/lib/authoring/pack-files";
import {
  packFromPublished,
  publishedFromDraft,
  slugFor,
  versionOf,
} from "@/app/lib/authoring/publish";
import { getPack, listPacks } from "@/app/lib/content";
import type { TArticlePack } from "@/app/lib/content/pack";
import { decodeArticleDraft, decodePublishedPack } from "@/app/lib/data/columns";
import {
  ConflictError,
  InvalidInputError,
  isUniqueViolation,
  NotFoundError,
} from "@/app/lib/data/errors";
import {
  canReadAuthoredArticle,
  readableArticleWhere,
  requireRole,
} from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";

// Articles as students get them: the built-in packs (content/, the server's shared library) and
// the published versions of teachers' articles. A published article is read by its author, by
// every teacher while it is shared, and by a student only through an assignment in a class they
// are in — never by guessing its URL.

const notFound = () => new NotFoundError("We could not find that article.");

/** Decoded versions, by slug and hash: a version never changes once written. */
const decoded = new Map<string, TArticlePack>();

/** A teacher's article's published version: the given number, or the latest when null. */
async function publishedVersion(slug: string, number: number | null = null) {
  const prisma = await db();
  const row = await prisma.articleVersion.findFirst({
    where: { article: { slug }, ...(number === null ? {} : { number }) },
    orderBy: { number: "desc" },
    select: {
      version: true,
      pack: true,
      number: true,
      article: { select: { ownerId: true, sharedAt: true, archivedAt: true } },
    },
  });
  if (!row) return undefined;
  return { pack: toPack(slug, row), number: row.number, ...row.article };
}

function toPack(slug: string, row: { version: string; pack: string }): TArticlePack {
  const key = `${slug}@${row.version}`;
  const pack =
    decoded.get(key) ?? packFromPublished(slug, row.version, decodePublishedPack(row.pack));
  decoded.set(key, pack);
  return pack;
}

/**
 * The newest version of an article the student's assignments give them (each assignment is pinned
 * to a version), or undefined when none of their classes has it assigned.
 */
async function studentAssignedVersion(
  studentId: string,
  slug: string,
): Promise<number | null | undefined> {
  const prisma = await db();
  const row = await prisma.assignment.findFirst({
    where: {
      articleSlug: slug,
      archivedAt: null,
      class: { enrolments: { some: { studentId, removedAt: null } } },
    },
    orderBy: { articleVersion: { sort: "desc", nulls: "last" } },
    select: { articleVersion: true },
  });
  return row ? row.articleVersion : undefined;
}

/** An article pack this user may read (anyone may read the built-in library). */
export async function getReadablePack(
  user: TSessionUser | null,
  slug: string,
): Promise<TArticlePack> {
  return (await getReadableVersion(user, slug)).pack;
}

/**
 * The pack a user reads, with its version number (null for the built-in library): teachers read
 * the latest version (their own, or shared), students the newest version assigned to them.
 */
export async function getReadableVersion(
  user: TSessionUser | null,
  slug: string,
): Promise<{ pack: TArticlePack; number: number | null; archivedAt?: Date | null }> {
  const builtIn = await getPack(slug);
  if (builtIn) return { pack: builtIn, number: null };
  if (!user) throw notFound();
  if (user.role === "TEACHER") {
    const latest = await publishedVersion(slug);
    if (!latest || !canReadAuthoredArticle(user, latest)) throw notFound();
    return latest;
  }
  const assigned = await studentAssignedVersion(user.id, slug);
  const version = assigned === undefined ? undefined : await publishedVersion(slug, assigned);
  if (!version) throw notFound();
  return version;
}

/**
 * The pack an assignment gives its students: the built-in one, or the version it is pinned to.
 * For callers that have checked the user may see that assignment (its class's teacher, or one of
 * its students).
 */
export async function getAssignedPack(assignment: {
  articleSlug: string;
  articleVersion: number | null;
}): Promise<TArticlePack | undefined> {
  return (
    (await getPack(assignment.articleSlug)) ??
    (await publishedVersion(assignment.articleSlug, assignment.articleVersion))?.pack
  );
}

/** The pack an assignment gives its students, or not found when its article is gone. */
export async function requireAssignedPack(assignment: {
  articleSlug: string;
  articleVersion: number | null;
}): Promise<TArticlePack> {
  const pack = await getAssignedPack(assignment);
  if (!pack) throw new NotFoundError("The article of this assignment is missing.");
  return pack;
}

/** An article a teacher may assign, and where it comes from (for the article picker's groups). */
export type TAssignablePack = TArticlePack & { source: "library" | "mine" | "shared" };

/**
 * What a teacher may assign: the library, their own published articles (the latest published
 * first) and those other teachers share; never an archived one.
 */
export async function listAssignablePacks(user: TSessionUser): Promise<TAssignablePack[]> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  // Each article's latest version, in one query.
  const rows = await prisma.articleVersion.findMany({
    where: { article: { ...readableArticleWhere(user), archivedAt: null } },
    orderBy: [{ articleId: "asc" }, { number: "desc" }],
    distinct: ["articleId"],
    select: {
      version: true,
      pack: true,
      publishedAt: true,
      article: { select: { slug: true, ownerId: true } },
    },
  });
  rows.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const published = rows.flatMap((row): TAssignablePack[] =>
    row.article.slug
      ? [
          {
            ...toPack(row.article.slug, row),
            source: row.article.ownerId === user.id ? "mine" : "shared",
          },
        ]
      : [],
  );
  const library = (await listPacks()).map((pack) => ({ ...pack, source: "library" as const }));
  return [...library, ...published];
}

/**
 * Which published version of a teacher's article a content hash is (what an attempt records), or
 * null for the built-in library, whose packs have no numbered versions.
 */
export async function versionNumberOf(slug: string, version: string): Promise<number | null> {
  if (await getPack(slug)) return null;
  const prisma = await db();
  const row = await prisma.articleVersion.findFirst({
    where: { article: { slug }, version },
    select: { number: true },
  });
  return row?.number ?? null;
}

export type TPublishedVersion = { number: number; version: string; publishedAt: Date };

export async function listVersions(
  user: TSessionUser,
  articleId: string,
): Promise<TPublishedVersion[]> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  return prisma.articleVersion.findMany({
    where: {
      articleId,
      article: readableArticleWhere(user),
    },
    orderBy: { number: "desc" },
    select: { number: true, version: true, publishedAt: true },
  });
}

/**
 * The latest published version as a content/ pack folder (named by its URL slug), for its author
 * or, while it is shared, any teacher. A draft is not exported: only what passed the checks.
 */
export async function getArticleExport(
  user: TSessionUser,
  articleId: string,
): Promise<{ folder: string; files: Map<string, string> }> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.articleVersion.findFirst({
    where: {
      articleId,
      article: readableArticleWhere(user),
    },
    orderBy: { number: "desc" },
    select: { pack: true, article: { select: { slug: true } } },
  });
  if (!row?.article.slug)
    throw new NotFoundError("Only a published article can be exported: publish it first.");
  return { folder: row.article.slug, files: packFiles(decodePublishedPack(row.pack)) };
}

/**
 * Freezes the author's draft as the next version, if the checks find no problem and it differs
 * from the last one. The first publication fixes the article's URL and its sentence ids.
 */
export async function publishArticle(
  user: TSessionUser,
  articleId: string,
): Promise<{ slug: string; number: number }> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const row = await prisma.authoredArticle.findFirst({
    where: { id: articleId, ownerId: user.id },
    select: {
      draft: true,
      slug: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, version: true } },
    },
  });
  if (!row) throw notFound();
  const draft = decodeArticleDraft(row.draft);
  const problems = checkDraft(draft).filter((check) => check.level === "problem");
  if (problems.length > 0)
    throw new InvalidInputError(
      `Fix ${problems.length === 1 ? "the problem" : `the ${problems.length} problems`} listed under “Before you publish” first (${problems[0]!.message})`,
    );
  const published = publishedFromDraft(draft, user.displayName);
  const version = versionOf(published);
  const last = row.versions[0];
  if (last?.version === version)
    throw new InvalidInputError(`Nothing has changed since version ${last.number} was published.`);
  let slug = row.slug ?? slugFor(draft.provenance.title, randomBytes(4).toString("hex"));
  while (!row.slug && (await getPack(slug)))
    slug = slugFor(draft.provenance.title, randomBytes(4).toString("hex"));
  const number = (last?.number ?? 0) + 1;
  try {
    await prisma.$transaction([
      prisma.articleVersion.create({
        data: { articleId, number, version, pack: JSON.stringify(published) },
        select: { number: true },
      }),
      prisma.authoredArticle.updateMany({
        where: { id: articleId, ownerId: user.id },
        data: { slug },
      }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        "This article was published from another window at the same moment. Reload to see its versions.",
      );
    throw error;
  }
  return { slug, number };
}

/**
 * The headline of each article an assignment list names, by slug: the library's and teachers'.
 * Read for lists a user may already see (their classes' assignments), so it checks no access.
 */
export async function articleTitlesFor(slugs: readonly string[]): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const pack of await listPacks()) titles.set(pack.slug, pack.article.title);
  const authored = [...new Set(slugs)].filter((slug) => !titles.has(slug));
  if (authored.length > 0) {
    const prisma = await db();
    const rows = await prisma.authoredArticle.findMany({
      where: { slug: { in: authored } },
      select: { slug: true, title: true },
    });
    for (const row of rows) if (row.slug) titles.set(row.slug, row.title);
  }
  return titles;
}

/** Each assignment with the headline of its article (its slug if the article is gone). */
export async function withArticleTitles<T extends { articleSlug: string }>(
  rows: T[],
): Promise<(T & { articleTitle: string })[]> {
  const titles = await articleTitlesFor(rows.map((row) => row.articleSlug));
  return rows.map((row) => ({
    ...row,
    articleTitle: titles.get(row.articleSlug) ?? row.articleSlug,
  }));
}
