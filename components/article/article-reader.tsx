import { plural } from "@/app/lib/words";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { markTerms } from "@/app/lib/article/glossary-marks";
import { articleHome, citeLabel, parseHighlight } from "@/app/lib/content/links";
import type { TArticlePack } from "@/app/lib/content/pack";
import { ReadAloud } from "@/components/reading/read-aloud";
import type { TAnnotation } from "@/app/lib/reading/annotations";
import { AnnotatedArticle } from "@/components/reading/annotated-article";
import { ArticleText } from "./article-text";
import { MarkedTermDefinitions } from "./marked-text";

export function ArticleReader({
  pack,
  highlight,
  readAloud = false,
  annotations,
}: {
  pack: TArticlePack;
  highlight: string | string[] | undefined;
  /** Offer read-aloud of the text (a teacher, or a student who has it). */
  readAloud?: boolean;
  /** A student's own highlights, which they can add to; absent for anyone else. */
  annotations?: { studentId: string; initial: TAnnotation[] };
}) {
  const { article, glossary } = pack;
  const home = articleHome(pack);
  const highlighted = parseHighlight(highlight, new Set(pack.sentences.keys()));
  const sentences = article.paragraphs.flatMap((p) => p.sentences);
  const marked = markTerms(
    sentences.map((s) => s.text),
    glossary.terms,
  );
  const segmentsById = new Map(sentences.map((s, index) => [s.id, marked[index] ?? [s.text]]));
  const paragraphs = article.paragraphs.map((paragraph) => ({
    id: paragraph.id,
    sentences: paragraph.sentences.map((s) => ({
      id: s.id,
      segments: segmentsById.get(s.id) ?? [s.text],
    })),
  }));

  const header = (
    <>
      <p className="text-muted text-sm font-semibold tracking-wide uppercase">The article</p>
      <h1 id="article-title" className="mt-1 text-3xl font-bold text-balance">
        {article.title}
      </h1>
      <dl className="text-muted mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">When</dt>
        <dd>{article.dateContext}</dd>
        <dt className="font-semibold">Reading time</dt>
        <dd>{plural(article.readingMinutes, "minute")}</dd>
        <dt className="font-semibold">Source</dt>
        <dd>{article.source.provenance}</dd>
      </dl>
      <p className="mt-4">
        <Link href={`${home}/explainer`}>
          Read the explainer
          {pack.explainer.debate ? `: ${pack.explainer.debate.question.simpler}` : ""}
        </Link>
      </p>

      {highlighted.length > 0 && (
        <div role="status" className={cardClass("mt-6 p-3 text-sm")}>
          Highlighted: {citeLabel(highlighted)}. <Link href={home}>Clear highlights</Link>
        </div>
      )}

      {readAloud && (
        <div className="mt-6">
          <ReadAloud within="article-text" units=".sentence" label="the article" />
        </div>
      )}
    </>
  );
  const definitions = (
    <MarkedTermDefinitions
      marked={marked}
      glossary={glossary}
      idPrefix="article"
      level="standard"
    />
  );

  if (annotations)
    return (
      <AnnotatedArticle
        studentId={annotations.studentId}
        articleSlug={pack.slug}
        version={pack.version}
        paragraphs={paragraphs}
        highlighted={highlighted}
        initial={annotations.initial}
        after={definitions}
      >
        {header}
      </AnnotatedArticle>
    );
  return (
    <article aria-labelledby="article-title" className="mx-auto max-w-prose">
      {header}
      <ArticleText paragraphs={paragraphs} highlighted={highlighted} />
      {definitions}
    </article>
  );
}
