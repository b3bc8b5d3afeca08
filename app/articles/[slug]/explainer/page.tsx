import type { Metadata } from "next";
import { getCurrentUser } from "@/app/lib/auth/session";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { orNotFound } from "@/app/lib/not-found";
import { Explainer } from "./_components/explainer";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ level?: string | string[] }>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const pack = await getReadablePack(await getCurrentUser(), (await params).slug).catch(
    () => undefined,
  );
  return { title: pack ? `Explainer: ${pack.article.title}` : "Article not found" };
}

export default async function ExplainerPage({ params, searchParams }: TProps) {
  const pack = await orNotFound(getReadablePack(await getCurrentUser(), (await params).slug));
  const level = (await searchParams).level === "simpler" ? "simpler" : "standard";
  return <Explainer pack={pack} level={level} />;
}
