import type { TArticleAnnotations } from "@/app/lib/data/annotations";
import { annotationCountText, countOf } from "@/app/lib/reading/annotations";
import { sentenceHref } from "@/app/lib/content/links";
import { AnnotationKindLabel } from "./annotation-icon";

/**
 * A student's highlights and notes for their teacher, by article: the words as the version the
 * student read had them, and the note as written (React renders both as text, never as markup).
 */
export function AnnotationList({ groups }: { groups: readonly TArticleAnnotations[] }) {
  return groups.map((group) => (
    <section key={group.articleSlug} aria-label={group.articleTitle} className="mt-4">
      <h3 className="font-bold">
        {group.articleTitle}{" "}
        <span className="text-muted text-sm font-normal">
          ({annotationCountText(countOf(group.annotations))})
        </span>
      </h3>
      <ul className="mt-2 space-y-2">
        {group.annotations.map((annotation) => (
          <li key={annotation.id} className="border-line border-l-4 pl-3">
            <p className="text-sm">
              <AnnotationKindLabel kind={annotation.kind} />{" "}
              <a href={sentenceHref(`/articles/${group.articleSlug}`, [annotation.sentenceId])}>
                In the article
              </a>
            </p>
            <p className="mt-1">
              <q>{annotation.quote}</q>
            </p>
            {annotation.note !== "" && (
              <p className="mt-1 whitespace-pre-line">
                <span className="font-semibold">Note: </span>
                {annotation.note}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  ));
}
