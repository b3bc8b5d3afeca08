import "server-only";
import { db } from "@/app/lib/db/client";
import { articleTitlesFor, getReadablePack } from "@/app/lib/data/article-packs";
import { articlesAssignedTo } from "@/app/lib/data/assignments";
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  isUniqueViolation,
} from "@/app/lib/data/errors";
import { assertCanManageClass, requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import {
  MAX_ANNOTATIONS_PER_ARTICLE,
  type TAnnotation,
  type TAnnotationCount,
  type TAnnotationKind,
  type TAnnotationSave,
  kindOf,
  quoteOf,
} from "@/app/lib/reading/annotations";

// A student's highlights and notes (issue 32). Saved like answers: each save carries the page's
// sequence number and is written only over an older one, in single statements (no interactive
// transaction, see decision 0002), so a retry or a second tab never loses the newer text.

const SELECT = {
  id: true,
  sentenceId: true,
  start: true,
  end: true,
  quote: true,
  kind: true,
  note: true,
  contentVersion: true,
  seq: true,
} as const;

type TRow = {
  id: string;
  sentenceId: string;
  start: number | null;
  end: number | null;
  quote: string;
  kind: string;
  note: string;
  contentVersion: string;
  seq: number;
};

// A kind no longer known (never written by this code) shows as a main point rather than failing.
const toAnnotation = (row: TRow): TAnnotation => ({
  ...row,
  kind: (kindOf(row.kind)?.id ?? "main") satisfies TAnnotationKind,
});

/** The student's own highlights on an article, oldest first; none for anyone else. */
export async function listOwnAnnotations(
  user: TSessionUser | null,
  articleSlug: string,
): Promise<TAnnotation[]> {
  if (user?.role !== "STUDENT") return [];
  const prisma = await db();
  const rows = await prisma.annotation.findMany({
    where: { studentId: user.id, articleSlug, removed: false },
    orderBy: { createdAt: "asc" },
    select: SELECT,
  });
  return rows.map(toAnnotation);
}

export type TAnnotationSaveResult = { status: "saved" | "stale"; seq: number };

/**
 * Stores a highlight as the page has it now. Its sentence, words and version are fixed when it
 * is first stored, on the version the student reads; later saves change its kind, note or
 * removal, and only with a newer sequence number.
 */
export async function saveAnnotation(
  user: TSessionUser,
  input: TAnnotationSave,
): Promise<TAnnotationSaveResult> {
  requireRole(user, "STUDENT");
  const prisma = await db();
  const change = { kind: input.kind, note: input.note, removed: input.removed, seq: input.seq };
  const update = () =>
    prisma.annotation.updateMany({
      where: { id: input.id, studentId: user.id, seq: { lt: input.seq } },
      data: change,
    });
  const refused = async (): Promise<TAnnotationSaveResult> => {
    const existing = await prisma.annotation.findUnique({
      where: { id: input.id },
      select: { studentId: true, seq: true },
    });
    if (!existing || existing.studentId !== user.id)
      throw new NotFoundError("We could not find that highlight.");
    return { status: "stale", seq: existing.seq };
  };

  if ((await update()).count > 0) return { status: "saved", seq: input.seq };
  const existing = await prisma.annotation.findUnique({
    where: { id: input.id },
    select: { id: true },
  });
  if (existing) return refused();

  // New: made on the version the student reads, of a sentence in it. A removal of a highlight
  // never stored is stored too (removed), so a late retry of its first save cannot bring it back.
  const pack = await getReadablePack(user, input.articleSlug);
  if (pack.version !== input.contentVersion)
    throw new ConflictError(
      "The article has changed since this page opened. Reload it to mark the new version; your highlights are kept.",
    );
  const sentence = pack.sentences.get(input.sentenceId);
  if (!sentence) throw new InvalidInputError("That sentence is not in this article.");
  const quoted = quoteOf(sentence.text, input.start, input.end);
  if (!quoted.ok) throw new InvalidInputError(quoted.message);
  if (!input.removed) {
    const count = await prisma.annotation.count({
      where: { studentId: user.id, articleSlug: pack.slug, removed: false },
    });
    if (count >= MAX_ANNOTATIONS_PER_ARTICLE)
      throw new InvalidInputError(
        `You have ${MAX_ANNOTATIONS_PER_ARTICLE} highlights on this article, the most there can be. Remove one to add another.`,
      );
  }
  try {
    await prisma.annotation.create({
      data: {
        id: input.id,
        studentId: user.id,
        articleSlug: pack.slug,
        contentVersion: pack.version,
        sentenceId: sentence.id,
        start: input.start,
        end: input.end,
        quote: quoted.quote,
        ...change,
      },
      select: { id: true },
    });
    return { status: "saved", seq: input.seq };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Its first save arrived twice at once: the other one stored it; this one updates it if newer.
    if ((await update()).count > 0) return { status: "saved", seq: input.seq };
    return refused();
  }
}

export type TArticleAnnotations = {
  articleSlug: string;
  articleTitle: string;
  annotations: TAnnotation[];
};

/**
 * A student's highlights and notes for their teacher: on the articles this class has been
 * assigned (as their practice is), grouped by article.
 */
export async function listStudentAnnotations(
  user: TSessionUser,
  classId: string,
  studentId: string,
): Promise<TArticleAnnotations[]> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const enrolled = await prisma.enrolment.count({
    where: { classId, studentId, removedAt: null },
  });
  if (enrolled === 0) throw new NotFoundError("We could not find that student in this class.");
  const assigned = await articlesAssignedTo(classId);
  const rows = await prisma.annotation.findMany({
    where: {
      studentId,
      removed: false,
      articleSlug: { in: assigned },
    },
    orderBy: { createdAt: "asc" },
    select: { ...SELECT, articleSlug: true },
  });
  const titles = await articleTitlesFor([...new Set(rows.map((row) => row.articleSlug))]);
  const groups = new Map<string, TArticleAnnotations>();
  for (const { articleSlug, ...row } of rows) {
    const group = groups.get(articleSlug) ?? {
      articleSlug,
      articleTitle: titles.get(articleSlug) ?? articleSlug,
      annotations: [],
    };
    group.annotations.push(toAnnotation(row));
    groups.set(articleSlug, group);
  }
  return [...groups.values()];
}

/**
 * How many highlights and notes each student has on an article, for an assignment's report.
 * For callers that have checked the user teaches those students.
 */
export async function countAnnotations(
  articleSlug: string,
  studentIds: readonly string[],
): Promise<Map<string, TAnnotationCount>> {
  const prisma = await db();
  const where = { articleSlug, studentId: { in: [...studentIds] }, removed: false };
  const [all, noted] = await Promise.all([
    prisma.annotation.groupBy({ by: ["studentId"], where, _count: { _all: true } }),
    prisma.annotation.groupBy({
      by: ["studentId"],
      where: { ...where, note: { not: "" } },
      _count: { _all: true },
    }),
  ]);
  const notes = new Map(noted.map((row) => [row.studentId, row._count._all]));
  return new Map<string, TAnnotationCount>(
    all.map((row) => [
      row.studentId,
      { highlights: row._count._all, notes: notes.get(row.studentId) ?? 0 },
    ]),
  );
}
