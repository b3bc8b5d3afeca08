import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { answeredChecks, checkDraft } from "@/app/lib/authoring/checks";
import { getAnsweredWarnings } from "@/app/lib/data/article-analysis";
import { listVersions } from "@/app/lib/data/article-packs";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { draftsFor } from "@/app/lib/drafting/drafts";
import { orNotFound } from "@/app/lib/not-found";
import { draftPreview } from "@/app/lib/authoring/try-out";
import { ArticleEditor } from "./_components/article-editor";

export const metadata: Metadata = { title: "Edit article" };

export default async function ArticleEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ edit?: string | string[] }>;
}) {
  const user = await requireUser("TEACHER");
  const { articleId } = await params;
  const { edit } = await searchParams;
  const [article, versions] = await Promise.all([
    orNotFound(getArticleForEditing(user, articleId)),
    listVersions(user, articleId),
  ]);
  const { questions } = article.draft;
  const answered = article.editable ? await getAnsweredWarnings(user, articleId, questions) : [];
  const checks = [...checkDraft(article.draft), ...answeredChecks(answered)];
  const previews = draftPreview(questions);
  // Every draft the text gives, offered or already handled: the panel counts both.
  const drafts = article.editable ? draftsFor(article.draft.paragraphs) : [];
  return (
    <ArticleEditor
      article={article}
      checks={checks}
      drafts={drafts}
      editing={typeof edit === "string" ? edit : undefined}
      previews={previews}
      versions={versions}
    />
  );
}
