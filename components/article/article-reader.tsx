import { plural } from "@/app/lib/words";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { markTerms } from "@/app/lib/article/glossary-marks";
import { articleHome, citeLabel, parseHighlight } from "@/app/lib/content/links";
import type { TArticlePack } from "@/app/lib/content/pack";
import { ReadAloud } from "@/components/reading/read-aloud";
import { MarkedTermDefinitions, MarkedText } from "./marked-text";

export function ArticleReader({
  pack,
  highlight,
  readAloud = false,
}: {
  pack: TArticlePack;
  highlight: string | string[] | undefined;
  /** Offer read-aloud of the text (a teacher, or a student who has it). */
  readAloud?: boolean;
}) {
  const { article, glossary } = pack;
  const home = articleHome(pack);
  const highlighted = new Set(parseHighlight(highlight, new Set(pack.sentences.keys())));
  const sentences = article.paragraphs.flatMap((p) => p.sentences);
  const marked = markTerms(
    sentences.map((s) => s.text),
    glossary.terms,
  );
  const segmentsById = new Map(sentences.map((s, index) => [s.id, marked[index] ?? [s.text]]));

  return (
    <article aria-labelledby="article-title" className="mx-auto max-w-prose">
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

      {highlighted.size > 0 && (
        <div role="status" className={cardClass("mt-6 p-3 text-sm")}>
          Highlighted: {citeLabel([...highlighted])}. <Link href={home}>Clear highlights</Link>
        </div>
      )}

      {readAloud && (
        <div className="mt-6">
          <ReadAloud within="article-text" units=".sentence" label="the article" />
        </div>
      )}
      <section
        id="article-text"
        aria-label="Article text"
        className="mt-8 space-y-5 text-lg leading-relaxed"
      >
        {article.paragraphs.map((paragraph) => (
          <p key={paragraph.id} id={paragraph.id}>
            {paragraph.sentences.map((sentence, index) => {
              const content = (
                <MarkedText
                  segments={segmentsById.get(sentence.id) ?? [sentence.text]}
                  idPrefix="article"
                />
              );
              return (
                <span key={sentence.id}>
                  {index > 0 && " "}
                  <span id={sentence.id} className="sentence" data-sentence={sentence.id}>
                    {highlighted.has(sentence.id) ? (
                      <mark className="bg-mark text-ink rounded-sm">{content}</mark>
                    ) : (
                      content
                    )}
                  </span>
                </span>
              );
            })}
          </p>
        ))}
      </section>
      <MarkedTermDefinitions
        marked={marked}
        glossary={glossary}
        idPrefix="article"
        level="standard"
      />
    </article>
  );
}
