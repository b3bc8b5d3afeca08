import "server-only";
import type { TArticlePack } from "@/app/lib/content/pack";
import { decodeSnapshot, type TSnapshot } from "@/app/lib/data/columns";
import { isUniqueViolation, NotFoundError } from "@/app/lib/data/errors";
import { db } from "@/app/lib/db/client";

// Each attempt is taken on one version of its pack: the questions, sentences and quiz titles of
// that version are stored once (see docs/decisions/0004), so later edits never rewrite the past.

function snapshotOf(pack: TArticlePack): TSnapshot {
  return {
    questions: [...pack.questions.values()],
    sentences: [...pack.sentences.values()],
    quizzes: pack.quizzes.map(({ id, title }) => ({ id, title })),
  };
}

/** Stores the pack's questions for its version once, the first time an attempt uses it. */
export async function ensureSnapshot(pack: TArticlePack): Promise<void> {
  const prisma = await db();
  const where = { articleSlug_version: { articleSlug: pack.slug, version: pack.version } };
  if (await prisma.contentSnapshot.findUnique({ where, select: { version: true } })) return;
  try {
    await prisma.contentSnapshot.create({
      data: {
        articleSlug: pack.slug,
        version: pack.version,
        data: JSON.stringify(snapshotOf(pack)),
      },
      select: { version: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

const snapshotCache = new Map<string, TSnapshot>();

export async function getSnapshot(articleSlug: string, version: string): Promise<TSnapshot> {
  const key = `${articleSlug}@${version}`;
  const cached = snapshotCache.get(key);
  if (cached) return cached;
  const prisma = await db();
  const row = await prisma.contentSnapshot.findUnique({
    where: { articleSlug_version: { articleSlug, version } },
    select: { data: true },
  });
  if (!row) throw new NotFoundError("The content this attempt was taken on is missing.");
  const snapshot = decodeSnapshot(row.data);
  snapshotCache.set(key, snapshot);
  return snapshot;
}
