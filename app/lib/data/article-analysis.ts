import "server-only";
import { analysisWarnings } from "@/app/lib/authoring/analysis-warnings";
import type { TItemWarning } from "@/app/lib/authoring/item-warnings";
import { requireRole } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { db } from "@/app/lib/db/client";

/**
 * The item analysis of an author's published article, as warnings on its draft's questions: from
 * the submitted attempts of assignments in the author's own classes (another teacher's students
 * are theirs to analyse), every version counted, a question known by its id.
 */
export async function getAnsweredWarnings(
  user: TSessionUser,
  articleId: string,
  questions: readonly { id: string; points: number }[],
): Promise<TItemWarning[]> {
  requireRole(user, "TEACHER");
  const prisma = await db();
  const article = await prisma.authoredArticle.findFirst({
    where: { id: articleId, ownerId: user.id },
    select: { slug: true },
  });
  if (!article?.slug) return [];
  const attempts = await prisma.attempt.findMany({
    where: {
      articleSlug: article.slug,
      status: "SUBMITTED",
      assignment: { class: { teacherId: user.id } },
    },
    select: { responses: { select: { questionId: true, points: true, outcome: true } } },
  });
  return analysisWarnings(
    questions,
    attempts.map(
      (attempt) =>
        new Map(
          attempt.responses.map((r) => [
            r.questionId,
            r.outcome === "pending" ? null : (r.points ?? 0),
          ]),
        ),
    ),
  );
}
