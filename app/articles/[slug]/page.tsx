import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPack } from "@/app/lib/content";
import { ArticleReader } from "./_components/article-reader";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ highlight?: string | string[] }>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const pack = await getPack((await params).slug);
  return { title: pack?.article.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: TProps) {
  const pack = await getPack((await params).slug);
  if (!pack) notFound();
  return <ArticleReader pack={pack} highlight={(await searchParams).highlight} />;
}
