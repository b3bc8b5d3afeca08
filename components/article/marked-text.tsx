import type { TSegment } from "@/app/lib/article/glossary-marks";
import type { TGlossary, TReadingLevel } from "@/app/lib/article/schema";
import { GlossaryDefinitions, GlossaryTermButton } from "./glossary-term";

/** Text with its glossary terms (already located by markTerms) turned into definition buttons. */
export function MarkedText({
  segments,
  idPrefix,
}: {
  segments: readonly TSegment[];
  idPrefix: string;
}) {
  return segments.map((segment, index) =>
    typeof segment === "string" ? (
      segment
    ) : (
      <GlossaryTermButton
        key={index}
        termId={segment.termId}
        text={segment.text}
        idPrefix={idPrefix}
      />
    ),
  );
}

/** The definitions for every term marked in these segments. */
export function MarkedTermDefinitions({
  marked,
  glossary,
  idPrefix,
  level,
}: {
  marked: readonly (readonly TSegment[])[];
  glossary: TGlossary;
  idPrefix: string;
  level: TReadingLevel;
}) {
  const used = new Set(
    marked.flat().flatMap((segment) => (typeof segment === "string" ? [] : [segment.termId])),
  );
  return (
    <GlossaryDefinitions
      terms={glossary.terms.filter((term) => used.has(term.id))}
      idPrefix={idPrefix}
      level={level}
    />
  );
}
