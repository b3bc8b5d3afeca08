import type { TAction } from "@/app/lib/action-state";
import type { TAssignablePack } from "@/app/lib/data/article-packs";
import { ArticlePicker } from "./article-picker";
import { AssignmentForm } from "./assignment-form";

/**
 * A new assignment: the article picker (a GET form back to `here` with `?article=`) and the form
 * for the chosen article. The class page's "New assignment" and LTI deep linking both use it.
 */
export function NewAssignment({
  here,
  packs,
  article,
  action,
  hidden,
  timeZone,
  submitLabel,
  initialQuizId,
}: {
  here: string;
  packs: TAssignablePack[];
  /** The article asked for in the address. */
  article: string | undefined;
  action: TAction;
  hidden: Record<string, string>;
  timeZone: string;
  submitLabel: string;
  initialQuizId?: string;
}) {
  // The article asked for, else the teacher's latest published one, else the library's first.
  const pack =
    packs.find((p) => p.slug === article) ?? packs.find((p) => p.source === "mine") ?? packs[0];
  if (!pack) return <p className="mt-6">No articles are available yet.</p>;
  return (
    <>
      <div className="mt-6">
        <ArticlePicker
          action={here}
          articles={packs.map((p) => ({ slug: p.slug, title: p.article.title, source: p.source }))}
          current={pack.slug}
        />
      </div>
      <div className="mt-6">
        <AssignmentForm
          key={pack.slug}
          action={action}
          hidden={hidden}
          pack={pack}
          timeZone={timeZone}
          submitLabel={submitLabel}
          initialQuizId={initialQuizId}
        />
      </div>
    </>
  );
}
