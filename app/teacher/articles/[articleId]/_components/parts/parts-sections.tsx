import { isBlank, type TExplainerPart } from "@/app/lib/authoring/explainer-parts";
import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import { Section } from "@/components/ui/section";
import { PartEditor } from "./part-editor";
import { PART_SPECS } from "@/app/lib/authoring/part-specs";

/** The explainer's optional parts, each in its own section; a part left empty is left out. */
export function PartsSections({
  article,
  acceptedDrafts,
}: {
  article: TArticleForEditing;
  /** How many drafts were accepted into each part. */
  acceptedDrafts: (part: TExplainerPart) => number;
}) {
  return PART_SPECS.map((spec) => (
    <Section key={spec.part} id={`part-${spec.part}`} title={spec.title}>
      <p className="text-muted mt-1 max-w-prose text-sm">Optional. {spec.intro}</p>
      {article.editable ? (
        <PartEditor
          articleId={article.id}
          revision={article.revision}
          part={spec.part}
          initial={article.draft[spec.part]}
          initialSeq={article.draft.seqs[spec.part] ?? 0}
          acceptedDrafts={acceptedDrafts(spec.part)}
          paragraphs={article.draft.paragraphs}
        />
      ) : (
        <p className="mt-2">
          {isBlank(article.draft[spec.part])
            ? "Not written."
            : "Written: read it in the published explainer, or make a copy to edit it."}
        </p>
      )}
    </Section>
  ));
}
