import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listPacks } from "@/app/lib/content";
import { listArticles } from "@/app/lib/data/authored-articles";
import { ArticleList } from "./_components/article-list";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string | string[] }>;
}) {
  const user = await requireUser("TEACHER");
  const { deleted } = await searchParams;
  const [{ mine, archived, shared }, packs, timeZone] = await Promise.all([
    listArticles(user),
    listPacks(),
    viewerTimeZone(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-bold">Articles</h1>
      {deleted ? (
        <div className="mt-3">
          <FormMessage state={{ ok: true, message: "The article is deleted." }} />
        </div>
      ) : null}
      <p className="text-muted mt-2 max-w-prose">
        Turn today&rsquo;s news into a lesson: bring a saved web page or paste an article&rsquo;s
        text, check how it was split into sentences, and write about it from there.
      </p>
      <ButtonLink href="/teacher/articles/new" className="mt-4">
        New article
      </ButtonLink>

      <Section id="mine" title="My articles">
        <ArticleList
          items={mine}
          timeZone={timeZone}
          empty="None yet. Start one with “New article”."
        />
        {archived.length > 0 ? (
          <details className="mt-4">
            <summary className="min-h-11 cursor-pointer py-2">Archived ({archived.length})</summary>
            <ArticleList items={archived} timeZone={timeZone} empty="" />
          </details>
        ) : null}
      </Section>

      <Section id="shared" title="Shared by other teachers">
        <ArticleList
          items={shared}
          timeZone={timeZone}
          empty="No other teacher on this server shares an article yet."
        />
      </Section>

      <Section id="library" title="Library">
        <p className="text-muted mt-1 text-sm">Articles that come with Debrief.</p>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {packs.map((pack) => (
            <li key={pack.slug} className={cardClass()}>
              <h3 className="font-bold">
                <Link href={`/articles/${pack.slug}`}>{pack.article.title}</Link>
              </h3>
              <p className="text-muted text-sm">{pack.article.summary}</p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
