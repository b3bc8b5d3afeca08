import Link from "next/link";
import type { TPublishedVersion } from "@/app/lib/data/article-packs";
import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import type { TClassSummary } from "@/app/lib/data/classes";
import { assignHref } from "@/app/lib/content/links";
import { formatInZone } from "@/app/lib/time";
import {
  archiveArticleAction,
  copyArticleAction,
  deleteArticleAction,
  publishArticleAction,
  shareArticleAction,
} from "@/app/teacher/articles/actions";
import { ActionButton } from "@/components/ui/action-form";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-button";
import { Section } from "@/components/ui/section";

/**
 * Publish and assign: the versions students get, the button that makes the next one (primary only
 * when it can succeed), and a link per class to assign it there.
 */
export function PublishSection({
  article,
  versions,
  classes,
  problems,
  timeZone,
}: {
  article: TArticleForEditing;
  versions: TPublishedVersion[];
  /** The teacher's classes that are not archived. */
  classes: TClassSummary[];
  /** How many problems block publishing. */
  problems: number;
  timeZone: string;
}) {
  const latest = versions[0];
  const changed = !latest || article.unpublishedChanges === true;
  const ready = problems === 0 && changed;
  return (
    <>
      <Section id="publish" title="Publish">
        {article.slug && latest ? (
          <>
            <p className="mt-2">
              Students get version {latest.number}:{" "}
              <Link href={`/articles/${article.slug}`}>the published article</Link> (students reach
              it only through an assignment). Changes in the studio make the next version; attempts
              already made keep the version they were taken on.
            </p>
            <ul className="text-muted mt-2 text-sm">
              {versions.map((version) => (
                <li key={version.number}>
                  Version {version.number}, published {formatInZone(version.publishedAt, timeZone)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-2">
            Not published yet. Publishing freezes this draft as version 1 and fixes its sentence
            ids; then you assign it to a class.
          </p>
        )}
        {article.editable ? (
          <div className="mt-3 space-y-2">
            {problems > 0 ? (
              <p>
                {problems === 1 ? "1 thing blocks" : `${problems} things block`} publishing: see{" "}
                <a href="#checks-heading">Before you publish</a>.
              </p>
            ) : !changed ? (
              <p>Nothing has changed since version {latest?.number} was published.</p>
            ) : null}
            <ActionButton
              action={publishArticleAction}
              fields={{ articleId: article.id }}
              variant={ready ? "primary" : "secondary"}
            >
              {latest ? `Publish version ${latest.number + 1}` : "Publish"}
            </ActionButton>
          </div>
        ) : null}
      </Section>

      {article.slug && latest ? (
        <Section id="assign" title="Assign">
          {article.archivedAt ? (
            <p className="mt-2">Archived articles cannot be assigned: restore it first.</p>
          ) : classes.length === 0 ? (
            <p className="mt-2">
              You have no class yet: <Link href="/teacher">create one</Link>, then assign it from
              here.
            </p>
          ) : (
            <ul className="mt-3 flex flex-wrap gap-3">
              {classes.map((klass) => (
                <li key={klass.id}>
                  <ButtonLink href={assignHref(klass.id, article.slug!)} variant="primary">
                    Assign to {klass.name}
                  </ButtonLink>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-4">
            {/* A file download, not a page: a plain link so the browser saves it. */}
            <a href={`/teacher/articles/${article.id}/export`} download>
              Download version {latest.number} as a content pack (.zip)
            </a>{" "}
            <span className="text-muted text-sm">
              — the folder format of content/articles, to import on another Debrief server or keep.
            </span>
          </p>
        </Section>
      ) : null}

      <Section id="sharing" title="Sharing and keeping">
        <div className="mt-3 flex flex-wrap items-start gap-3">
          {article.editable ? (
            <ActionButton
              action={shareArticleAction}
              fields={{ articleId: article.id, value: article.sharedAt ? "false" : "true" }}
            >
              {article.sharedAt ? "Stop sharing" : "Share with all teachers"}
            </ActionButton>
          ) : null}
          <ActionButton action={copyArticleAction} fields={{ articleId: article.id }}>
            Make a copy
          </ActionButton>
          {article.editable ? (
            <ActionButton
              action={archiveArticleAction}
              fields={{ articleId: article.id, value: article.archivedAt ? "false" : "true" }}
            >
              {article.archivedAt ? "Restore from the archive" : "Archive"}
            </ActionButton>
          ) : null}
          {article.editable ? (
            <ConfirmActionButton
              action={deleteArticleAction}
              fields={{ articleId: article.id }}
              confirm={{
                title: `Delete “${article.title}”?`,
                body: (
                  <p>
                    The article, its questions and every version go for good. An article a class has
                    been assigned cannot be deleted: archive it instead.
                  </p>
                ),
                confirmLabel: "Delete the article",
              }}
            >
              Delete this article
            </ConfirmActionButton>
          ) : null}
        </div>
        {article.editable ? (
          <p className="text-muted mt-2 max-w-prose text-sm">
            Archiving takes it out of your list and out of what can be assigned; classes that have
            it keep it, with their students&apos; attempts.
          </p>
        ) : null}
      </Section>
    </>
  );
}
