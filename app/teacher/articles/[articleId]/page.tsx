import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { checkDraft } from "@/app/lib/authoring/checks";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { orNotFound } from "@/app/lib/not-found";
import { ArticleEditor } from "./_components/article-editor";

export const metadata: Metadata = { title: "Edit article" };

export default async function ArticleEditorPage({
  params,
}: {
  params: Promise<{ articleId: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { articleId } = await params;
  const article = await orNotFound(getArticleForEditing(user, articleId));
  return <ArticleEditor article={article} checks={checkDraft(article.draft)} />;
}
