import type { TDraftKindModule } from "./kind";

// What happened: the sentences that carry the main facts — a news story's lead paragraph, and the
// first sentence of each paragraph after it, up to six — cited, as an outline for the teacher to
// rewrite at both levels. Accepting it ticks them as what happened's sources; it writes no text.

const MAX_SENTENCES = 6;

export const whatHappened: TDraftKindModule = {
  title: "What happened",
  intro: "The sentences that carry the main facts, as an outline to rewrite at both levels.",
  draft(sentences) {
    const lead = sentences.filter((s) => s.paragraphId === sentences[0]?.paragraphId);
    const firsts = sentences.filter(
      (s, index) => index > 0 && s.paragraphId !== sentences[index - 1]!.paragraphId,
    );
    const outline = [...lead, ...firsts].slice(0, MAX_SENTENCES);
    if (outline.length === 0) return [];
    return [
      {
        part: "whatHappened" as const,
        cites: outline.map((s) => s.id),
        outline: outline.map((s) => s.text),
      },
    ];
  },
};
