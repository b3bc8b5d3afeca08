import Link from "next/link";
import type { TPublishedVersion } from "@/app/lib/data/article-packs";
import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import { publishArticleAction } from "@/app/teacher/articles/actions";
import { ActionButton } from "@/components/ui/action-form";
import { Section } from "@/components/ui/section";

/** Versions students get; the draft below is always the next one. */
export function PublishSection({
  article,
  versions,
}: {
  article: TArticleForEditing;
  versions: TPublishedVersion[];
}) {
  const latest = versions[0];
  return (
    <Section id="publish" title="Publish">
      {article.slug && latest ? (
        <>
          <p className="mt-2">
            Students get version {latest.number}:{" "}
            <Link href={`/articles/${article.slug}`}>the article as they see it</Link> (only through
            an assignment). Changes below make the next version; attempts already made keep the
            version they were taken on.
          </p>
          <ul className="text-muted mt-2 text-sm">
            {versions.map((version) => (
              <li key={version.number}>
                Version {version.number}, published {version.publishedAt.toISOString().slice(0, 10)}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            {/* A file download, not a page: a plain link so the browser saves it. */}
            <a href={`/teacher/articles/${article.id}/export`} download>
              Download version {latest.number} as a content pack (.zip)
            </a>{" "}
            <span className="text-muted text-sm">
              — the folder format of content/articles, to import on another Debrief server or keep.
            </span>
          </p>
        </>
      ) : (
        <p className="mt-2">
          Not published yet. Publishing freezes this draft as version 1, fixes its sentence ids, and
          lets you assign its questions from a class page.
        </p>
      )}
      {article.editable ? (
        <div className="mt-3">
          <ActionButton
            action={publishArticleAction}
            fields={{ articleId: article.id }}
            variant="primary"
          >
            {latest ? `Publish version ${latest.number + 1}` : "Publish"}
          </ActionButton>
        </div>
      ) : null}
    </Section>
  );
}
