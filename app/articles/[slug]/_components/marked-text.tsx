import type { TSegment } from "@/app/lib/content/glossary-marks";
import type { TGlossary } from "@/app/lib/content/schema";
import { GlossaryTerm } from "./glossary-term";

/** Text with its glossary terms (already located by markTerms) turned into definition buttons. */
export function MarkedText({
  segments,
  glossary,
  idPrefix,
}: {
  segments: readonly TSegment[];
  glossary: TGlossary;
  idPrefix: string;
}) {
  return segments.map((segment, index) => {
    if (typeof segment === "string") return segment;
    const term = glossary.terms.find((t) => t.id === segment.termId);
    return term ? (
      <GlossaryTerm key={index} term={term} text={segment.text} idPrefix={idPrefix} />
    ) : (
      segment.text
    );
  });
}
