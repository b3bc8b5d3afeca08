import type { Metadata } from "next";
import { getPack } from "@/app/lib/content";
import { getCurrentUser } from "@/app/lib/auth/session";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { orNotFound } from "@/app/lib/not-found";
import { Explainer } from "@/components/article/explainer";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ level?: string | string[] }>;
};

// The library's titles only: metadata that waited on the session would stream after the page
// (outside its CSP nonce), and a teacher's headline must not reach who may not read it.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const pack = await getPack((await params).slug);
  return { title: pack ? `Explainer: ${pack.article.title}` : "Article" };
}

export default async function ExplainerPage({ params, searchParams }: TProps) {
  const pack = await orNotFound(getReadablePack(await getCurrentUser(), (await params).slug));
  const level = (await searchParams).level === "simpler" ? "simpler" : "standard";
  return <Explainer pack={pack} level={level} />;
}
