import Link from "next/link";
import { articleStatus } from "@/app/lib/authoring/article-status";
import type { TArticleListItem } from "@/app/lib/data/authored-articles";
import { formatInZone } from "@/app/lib/time";
import { cardClass } from "@/components/ui/card";

export function ArticleList({
  items,
  timeZone,
  empty,
}: {
  items: TArticleListItem[];
  timeZone: string;
  empty: string;
}) {
  if (items.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <ul className="mt-3 grid gap-4 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.id} className={cardClass()}>
          <h3 className="font-bold">
            <Link href={`/teacher/articles/${item.id}`}>{item.title}</Link>
          </h3>
          <p className="text-muted text-sm">{articleStatus(item)}</p>
          <p className="text-muted text-sm">
            Last changed {formatInZone(item.updatedAt, timeZone)}
          </p>
        </li>
      ))}
    </ul>
  );
}
