import type { Metadata } from "next";
import { ArticleReader } from "@/components/article/article-reader";
import { requireUser } from "@/app/lib/auth/session";
import { previewPack } from "@/app/lib/authoring/publish";
import { draftPreview } from "@/app/lib/authoring/try-out";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { orNotFound } from "@/app/lib/not-found";
import { TryQuestions } from "@/app/teacher/articles/[articleId]/_components/questions/try-questions";
import { Section } from "@/components/ui/section";
import { PreviewBanner } from "./_components/preview-banner";

export const metadata: Metadata = { title: "Preview" };

/** The draft's article page as a student reads it, with its quiz to try. */
export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ highlight?: string | string[] }>;
}) {
  const user = await requireUser("TEACHER");
  const { articleId } = await params;
  const article = await orNotFound(getArticleForEditing(user, articleId));
  const pack = previewPack(article.id, article.draft, article.ownerName);
  const questions = draftPreview(article.draft.questions);
  return (
    <>
      <PreviewBanner articleId={article.id} view="article" />
      <ArticleReader pack={pack} highlight={(await searchParams).highlight} />
      <div className="mx-auto max-w-prose">
        <Section id="quiz" title="The quiz">
          {questions.length === 0 ? (
            <p className="mt-2">No questions yet.</p>
          ) : (
            <TryQuestions
              articleId={article.id}
              questions={questions}
              sentences={[...pack.sentences.values()]}
            />
          )}
        </Section>
      </div>
    </>
  );
}
