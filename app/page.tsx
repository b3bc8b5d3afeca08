import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { listPacks } from "@/app/lib/content";

export default async function HomePage() {
  const packs = await listPacks();
  return (
    <>
      <section aria-labelledby="intro-heading" className="max-w-3xl">
        <h1 id="intro-heading" className="text-4xl font-bold text-balance">
          Read the news. Weigh the evidence. Make up your own mind.
        </h1>
        <p className="text-muted mt-4 text-lg">
          Debrief takes a real news article and helps you read it critically. A plain-language
          explainer lays out the debate around it, every claim links back to the sentence it comes
          from, and quizzes check what you understood.
        </p>
        <ol className="mt-6 grid gap-3 sm:grid-cols-3">
          {[
            ["Read", "the original article, word for word."],
            ["Understand", "who is who, what happened, and what each side wants."],
            ["Decide", "which case the evidence supports — and what would change your mind."],
          ].map(([step, text]) => (
            <li key={step} className={cardClass()}>
              <strong>{step}</strong> {text}
            </li>
          ))}
        </ol>
      </section>

      <section id="articles" aria-labelledby="articles-heading" className="mt-12">
        <h2 id="articles-heading" className="text-2xl font-bold">
          Articles
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {packs.map((pack) => (
            <li key={pack.slug} className={cardClass("p-5")}>
              <h3 className="text-xl font-bold">
                <Link href={`/articles/${pack.slug}`} className="text-ink">
                  {pack.article.title}
                </Link>
              </h3>
              <p className="text-muted mt-1 text-sm">
                {pack.article.dateContext} · {pack.article.readingMinutes} min read
              </p>
              <p className="mt-3">{pack.article.summary}</p>
              <p className="mt-3">
                <Link
                  href={`/articles/${pack.slug}/explainer`}
                  aria-label={`Explainer: ${pack.article.title}`}
                >
                  Explainer
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
