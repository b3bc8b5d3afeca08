import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { answeredChecks, checkDraft } from "@/app/lib/authoring/checks";
import { getAnsweredWarnings } from "@/app/lib/data/article-analysis";
import { listVersions } from "@/app/lib/data/article-packs";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { orNotFound } from "@/app/lib/not-found";
import { draftPreview } from "@/app/lib/authoring/try-out";
import { ArticleEditor } from "./_components/article-editor";

export const metadata: Metadata = { title: "Edit article" };

export default async function ArticleEditorPage({
  params,
}: {
  params: Promise<{ articleId: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { articleId } = await params;
  const [article, versions] = await Promise.all([
    orNotFound(getArticleForEditing(user, articleId)),
    listVersions(user, articleId),
  ]);
  const { questions } = article.draft;
  const answered = article.editable ? await getAnsweredWarnings(user, articleId, questions) : [];
  const checks = [...checkDraft(article.draft), ...answeredChecks(answered)];
  const previews = draftPreview(questions);
  return (
    <ArticleEditor article={article} checks={checks} previews={previews} versions={versions} />
  );
}
