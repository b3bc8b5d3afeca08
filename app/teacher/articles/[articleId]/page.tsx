import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { answeredChecks, checkDraft } from "@/app/lib/authoring/checks";
import { isStudioStep } from "@/app/lib/authoring/studio-steps";
import { draftPreview } from "@/app/lib/authoring/try-out";
import { getAnsweredWarnings } from "@/app/lib/data/article-analysis";
import { listVersions } from "@/app/lib/data/article-packs";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { listTeacherClasses } from "@/app/lib/data/classes";
import { draftsFor } from "@/app/lib/drafting/drafts";
import { orNotFound } from "@/app/lib/not-found";
import { ArticleEditor } from "./_components/article-editor";

export const metadata: Metadata = { title: "Edit article" };

export default async function ArticleEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ edit?: string | string[]; step?: string | string[] }>;
}) {
  const user = await requireUser("TEACHER");
  const { articleId } = await params;
  const { edit, step } = await searchParams;
  const [article, versions, classes, timeZone] = await Promise.all([
    orNotFound(getArticleForEditing(user, articleId, { withChanges: true })),
    listVersions(user, articleId),
    listTeacherClasses(user),
    viewerTimeZone(),
  ]);
  const { questions } = article.draft;
  const answered = article.editable ? await getAnsweredWarnings(user, articleId, questions) : [];
  const checks = [...checkDraft(article.draft), ...answeredChecks(answered)];
  // Every draft the text gives, offered or already handled: the panel counts both.
  const drafts = article.editable ? draftsFor(article.draft.paragraphs) : [];
  return (
    <ArticleEditor
      article={article}
      step={isStudioStep(step) ? step : "text"}
      checks={checks}
      drafts={drafts}
      editing={typeof edit === "string" ? edit : undefined}
      previews={draftPreview(questions)}
      versions={versions}
      classes={classes.filter((klass) => !klass.archivedAt)}
      timeZone={timeZone}
    />
  );
}
