import Link from "next/link";
import { cardClass } from "@/components/ui/card";

/** Says, above every preview page, that this is the draft and not what students have now. */
export function PreviewBanner({
  articleId,
  view,
}: {
  articleId: string;
  view: "article" | "explainer";
}) {
  const base = `/teacher/articles/${articleId}/preview`;
  return (
    <div role="note" className={cardClass("mx-auto mb-8 max-w-prose border-amber-700 p-3")}>
      <p>
        <strong>Preview of your draft.</strong> This is what students will see once you publish it;
        nothing you answer here is saved.
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <Link href={`/teacher/articles/${articleId}?step=publish`}>← Back to the studio</Link>
        {view === "explainer" ? <Link href={base}>The article and its quiz</Link> : null}
        {view === "article" ? <Link href={`${base}/explainer`}>The explainer</Link> : null}
        {view === "article" ? <a href="#quiz-heading">The quiz</a> : null}
      </p>
    </div>
  );
}
