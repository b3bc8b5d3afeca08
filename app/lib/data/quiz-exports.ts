import "server-only";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { NotFoundError } from "@/app/lib/data/errors";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { type TQuizSource, quizSource } from "@/app/lib/exchange/quiz-source";

/**
 * A quiz to export for another tool (issue 34): a teacher's, from an article they may read (the
 * library's, their own or a shared one, as published). Students never: it carries the keys.
 */
export async function getQuizForExport(
  user: TSessionUser,
  articleSlug: string,
  quizId: string,
): Promise<TQuizSource> {
  requireRole(user, "TEACHER");
  const source = quizSource(await getReadablePack(user, articleSlug), quizId);
  if (!source) throw new NotFoundError("That article has no such quiz.");
  return source;
}
