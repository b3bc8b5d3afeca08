import type { Metadata } from "next";
import { Explainer } from "@/components/article/explainer";
import { requireUser } from "@/app/lib/auth/session";
import { previewPack } from "@/app/lib/authoring/publish";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { orNotFound } from "@/app/lib/not-found";
import { PreviewBanner } from "../_components/preview-banner";

export const metadata: Metadata = { title: "Preview: explainer" };

/** The draft's explainer as a student reads it, at either level. */
export default async function PreviewExplainerPage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ level?: string | string[] }>;
}) {
  const user = await requireUser("TEACHER");
  const { articleId } = await params;
  const article = await orNotFound(getArticleForEditing(user, articleId));
  const level = (await searchParams).level === "simpler" ? "simpler" : "standard";
  return (
    <>
      <PreviewBanner articleId={article.id} view="explainer" />
      <Explainer pack={previewPack(article.id, article.draft, article.ownerName)} level={level} />
    </>
  );
}
