import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { articleHome, citeLabel, sentenceHref } from "@/app/lib/content/links";
import type { TArticlePack } from "@/app/lib/content/pack";
import type { TLevels, TReadingLevel } from "@/app/lib/article/schema";
import { LevelText } from "./level-text";

/** A point in the debate, the article sentences it rests on (quoted), and a link back to them. */
export function EvidenceCard({
  pack,
  cites,
  point,
  label,
  level,
}: {
  pack: TArticlePack;
  cites: readonly string[];
  point: TLevels;
  label?: string;
  level: TReadingLevel;
}) {
  const quotes = cites
    .map((id) => pack.sentences.get(id)?.text)
    .filter((text) => text !== undefined);
  return (
    <li data-anchor className={cardClass()}>
      {label && <p className="text-muted text-sm font-semibold">{label}</p>}
      <p className="font-medium">
        <LevelText levels={point} level={level} />
      </p>
      <blockquote className="border-line text-muted mt-3 border-l-4 pl-3">
        {quotes.map((text) => (
          <p key={text}>“{text}”</p>
        ))}
      </blockquote>
      <p className="mt-2 text-sm">
        <Link
          href={sentenceHref(articleHome(pack), cites)}
          aria-label={`Show in the article: ${citeLabel(cites)}`}
        >
          Show in the article
        </Link>
      </p>
    </li>
  );
}
