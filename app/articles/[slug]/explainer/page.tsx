import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPack } from "@/app/lib/content";
import { Explainer } from "./_components/explainer";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ level?: string | string[] }>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const pack = await getPack((await params).slug);
  return { title: pack ? `Explainer: ${pack.article.title}` : "Article not found" };
}

export default async function ExplainerPage({ params, searchParams }: TProps) {
  const pack = await getPack((await params).slug);
  if (!pack) notFound();
  const level = (await searchParams).level === "simpler" ? "simpler" : "standard";
  return <Explainer pack={pack} level={level} />;
}
