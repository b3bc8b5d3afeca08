import "server-only";
import { db } from "@/app/lib/db/client";
import { decodeAttemptOrder } from "@/app/lib/data/columns";
import type { TAttemptOrder } from "@/app/lib/quiz/public";

// What never changes about an attempt once it is started: whose it is, the content it was taken
// on and its question order. Every answer save needs them to check the answer before the one
// statement that writes, so each process remembers them: a save then costs the session lookup
// and that statement. The statement itself still checks the owner, the status and every cutoff,
// so nothing remembered here can let a save through that the database would refuse.

export type TAttemptKeys = {
  studentId: string;
  articleSlug: string;
  contentVersion: string;
  order: TAttemptOrder;
};

const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, TAttemptKeys>();

/** The attempt's fixed keys, or null if there is no such attempt. */
export async function getAttemptKeys(attemptId: string): Promise<TAttemptKeys | null> {
  const known = remembered.get(attemptId);
  if (known) return known;
  const prisma = await db();
  const row = await prisma.attempt.findUnique({
    where: { id: attemptId },
    select: { studentId: true, articleSlug: true, contentVersion: true, questionOrder: true },
  });
  if (!row) return null;
  const keys = {
    studentId: row.studentId,
    articleSlug: row.articleSlug,
    contentVersion: row.contentVersion,
    order: decodeAttemptOrder(row.questionOrder),
  };
  // Oldest first out: a Map iterates in insertion order.
  if (remembered.size >= MAX_REMEMBERED) {
    const oldest = remembered.keys().next();
    if (!oldest.done) remembered.delete(oldest.value);
  }
  remembered.set(attemptId, keys);
  return keys;
}
