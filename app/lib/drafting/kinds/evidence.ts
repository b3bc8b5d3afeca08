import type { TSentenceFacts } from "../analyse";
import { askedOf, DRAFT_ID, quoteOf, type TDraftKindModule } from "./kind";

// Fact, claim or forecast: the skill Debrief exists to teach. A sort of sentences into what the
// article states itself, what it gives to a source and what it hedges; and for each hedged
// sentence a true/false that tests the hedge. A sentence that is both attributed and hedged is
// left out of the sort: it belongs in two bins.

const CATEGORIES = {
  stated: {
    label: "The article states it",
    description: "Told as fact, with no source named and no hedge.",
  },
  attributed: {
    label: "A source says it",
    description: "The article gives it to a person or group: said, believes, according to.",
  },
  hedged: {
    label: "Not certain",
    description: "Hedged with a word such as likely, may or expected to.",
  },
} as const;
type TCategory = keyof typeof CATEGORIES;

const PER_CATEGORY = 2;

function categoryOf(sentence: TSentenceFacts): TCategory | undefined {
  if (sentence.reports && (sentence.hedge || !sentence.attribution)) return undefined;
  if (sentence.attribution) return "attributed";
  if (sentence.hedge) return "hedged";
  // A quotation without its speaker, or a fragment, is no statement to sort.
  const words = sentence.text.split(" ").length;
  return /[“”"]/.test(sentence.text) || words < 8 ? undefined : "stated";
}

export const evidence: TDraftKindModule = {
  title: "Fact, claim or forecast",
  intro: "What the article states, what it gives to a source, and what it only expects.",
  draft(sentences) {
    const picked = new Map<TCategory, TSentenceFacts[]>();
    for (const sentence of sentences) {
      const category = categoryOf(sentence);
      if (!category) continue;
      const list = picked.get(category) ?? [];
      if (list.length < PER_CATEGORY) picked.set(category, [...list, sentence]);
    }
    const chosen = [...picked.entries()].flatMap(([category, list]) =>
      list.map((sentence) => ({ category, sentence })),
    );
    const sorts =
      picked.size >= 2
        ? [
            {
              part: "questions" as const,
              cites: chosen.map(({ sentence }) => sentence.id),
              question: {
                id: DRAFT_ID,
                type: "sort" as const,
                prompt:
                  "Sort each sentence: does the article state it, give it to a source, or say it is not certain?",
                skill: "evidence" as const,
                difficulty: 2,
                points: 2,
                explanation: chosen
                  .map(
                    ({ category, sentence }) =>
                      `${sentence.id}: ${CATEGORIES[category].label.toLowerCase()}`,
                  )
                  .join("; "),
                cites: chosen.map(({ sentence }) => sentence.id),
                categories: [...picked.keys()].map((id) => ({ id, ...CATEGORIES[id] })),
                statements: chosen
                  .sort((a, b) => sentences.indexOf(a.sentence) - sentences.indexOf(b.sentence))
                  .map(({ category, sentence }, index) => ({
                    id: `s${index + 1}`,
                    text: sentence.text,
                    category,
                  })),
              },
            },
          ]
        : [];
    const hedges = sentences
      .filter((sentence) => sentence.hedge && !sentence.reports)
      .map((sentence) =>
        askedOf(sentence, {
          type: "truefalse",
          prompt: `True or false: the article says this for certain. “${sentence.text}”`,
          skill: "inference",
          difficulty: 2,
          explanation: `False: it says “${sentence.hedge}”. ${quoteOf(sentence)}`,
          correct: false,
          wrong: {
            misconception: "hedge-read-as-fact",
            feedback: `The sentence says “${sentence.hedge}”: the article expects it, it does not say it is certain.`,
          },
        }),
      );
    return [...sorts, ...hedges];
  },
};
