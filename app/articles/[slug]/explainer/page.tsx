import type { Metadata } from "next";
import { getPack } from "@/app/lib/content";
import { getCurrentUser } from "@/app/lib/auth/session";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { orNotFound } from "@/app/lib/not-found";
import { Explainer } from "@/components/article/explainer";
import { getReadingSupport } from "@/app/lib/data/reading-support";
import { isReadingLevel, levelNote } from "@/app/lib/reading/support";

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
  const user = await getCurrentUser();
  const pack = await orNotFound(getReadablePack(user, (await params).slug));
  const support = await getReadingSupport(user, pack.slug);
  // An address that names a level wins (a switch, a shared link); else the reader's own level.
  const asked = (await searchParams).level;
  const level = isReadingLevel(asked) ? asked : support.level;
  return (
    <Explainer
      pack={pack}
      level={level}
      reading={{
        note: isReadingLevel(asked) ? null : levelNote(support),
        rememberFor: user?.role === "STUDENT" ? pack.slug : null,
        readAloud: support.readAloud,
      }}
    />
  );
}
