import type { TSegment } from "@/app/lib/article/glossary-marks";
import { type TAnnotation, type TPiece, kindOf, piecesOf } from "@/app/lib/reading/annotations";
import { AnnotationIcon } from "@/components/reading/annotation-icon";
import { MarkedText } from "./marked-text";

export type TTextParagraph = {
  id: string;
  sentences: { id: string; segments: TSegment[] }[];
};

const segmentText = (segment: TSegment) => (typeof segment === "string" ? segment : segment.text);

/** The text of a sentence from its segments (they are its text, cut where glossary terms are). */
export const sentenceTextOf = (segments: readonly TSegment[]) => segments.map(segmentText).join("");

/**
 * A sentence with a student's highlights: each piece covered by highlights is marked in the kind
 * of the newest of them, and each highlight starts with its kind's icon and, for screen readers,
 * its name. Those are left out of the offsets a selection is measured in (data-skip-offset).
 */
function AnnotatedSentence({
  segments,
  annotations,
}: {
  segments: readonly TSegment[];
  annotations: readonly TAnnotation[];
}) {
  const length = sentenceTextOf(segments).length;
  const ranges = annotations.map((a) => ({ id: a.id, start: a.start ?? 0, end: a.end ?? length }));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  // Neighbouring pieces under the same newest highlight make one mark (a glossary term inside a
  // highlight does not cut it in two).
  const runs: { top: TAnnotation | undefined; pieces: TPiece[] }[] = [];
  for (const piece of piecesOf(segments, ranges)) {
    const top = byId.get(piece.marks.at(-1) ?? "");
    const last = runs.at(-1);
    if (last && last.top === top) last.pieces.push(piece);
    else runs.push({ top, pieces: [piece] });
  }
  const started = new Set<string>();
  return runs.map(({ top, pieces }, index) => {
    const content = <MarkedText segments={pieces.map((p) => p.segment)} idPrefix="article" />;
    if (!top) return <span key={index}>{content}</span>;
    const opening = [...new Set(pieces.flatMap((p) => p.marks))].filter((id) => !started.has(id));
    for (const id of opening) started.add(id);
    return (
      <mark key={index} className={`annotation annotation-${top.kind}`} data-annotation={top.id}>
        {opening.map((id) => {
          const kind = kindOf(byId.get(id)?.kind ?? "");
          return (
            kind && (
              <span key={id} data-skip-offset="">
                <AnnotationIcon icon={kind.icon} className="annotation-icon" />
                <span className="sr-only">{kind.name}: </span>
              </span>
            )
          );
        })}
        {content}
      </mark>
    );
  });
}

/** The article's paragraphs, each sentence a link target, with citations and highlights marked. */
export function ArticleText({
  paragraphs,
  highlighted,
  annotations = [],
}: {
  paragraphs: readonly TTextParagraph[];
  /** Sentences a link cites (?highlight=…). */
  highlighted: readonly string[];
  /** A student's own highlights on this version. */
  annotations?: readonly TAnnotation[];
}) {
  const cited = new Set(highlighted);
  const bySentence = new Map<string, TAnnotation[]>();
  for (const annotation of annotations)
    bySentence.set(annotation.sentenceId, [
      ...(bySentence.get(annotation.sentenceId) ?? []),
      annotation,
    ]);
  return (
    <section
      id="article-text"
      aria-label="Article text"
      className="mt-8 space-y-5 text-lg leading-relaxed"
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.id} id={paragraph.id}>
          {paragraph.sentences.map((sentence, index) => {
            const marks = bySentence.get(sentence.id);
            const content = marks ? (
              <AnnotatedSentence segments={sentence.segments} annotations={marks} />
            ) : (
              <MarkedText segments={sentence.segments} idPrefix="article" />
            );
            return (
              <span key={sentence.id}>
                {index > 0 && " "}
                <span id={sentence.id} className="sentence" data-sentence={sentence.id}>
                  {cited.has(sentence.id) ? (
                    <mark className="bg-mark text-ink rounded-sm">{content}</mark>
                  ) : (
                    content
                  )}
                </span>
              </span>
            );
          })}
        </p>
      ))}
    </section>
  );
}
