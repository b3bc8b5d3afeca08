import { isRare, plainWords } from "@/app/lib/article/word-rarity";
import type { TSentenceFacts } from "../analyse";
import lexicon from "../lexicon.json";
import type { TDraftKindModule } from "./kind";

// Glossary candidates: abbreviations the article spells out itself ("the Democratic People's
// Republic of Korea (DPRK)"), defined by the article's own expansion; and words a student may not
// know — rare in everyday English by the SUBTLEX-US frequency list (74,286 words by how often
// film subtitles use them) — left for the teacher to define: no offline dictionary says what a
// word means in this article, and nothing is defined from outside the text.

const SPELLED_OUT =
  /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|and|for|the|on|in)\s+)*){1,8})\((\p{Lu}{2,8})\)/gu;

/** Whether the abbreviation's letters are the capitals of the words before it, in order. */
function matches(expansion: string, abbreviation: string): string | undefined {
  const words = expansion.trim().split(/\s+/);
  for (let start = 0; start < words.length; start += 1) {
    const capitals = words
      .slice(start)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word[0])
      .join("");
    if (capitals === abbreviation) return words.slice(start).join(" ");
  }
  return undefined;
}

/** Words rarer than this in everyday English are glossary candidates. */
const RARE_FROM_RANK = lexicon.glossary.rareFromRank;
const MIN_LETTERS = 6;
const MAX_WORDS = 8;

/**
 * Rare words, first use of each, in reading order. Only lower-case words: a capital mid-sentence
 * is a name, and a name is for who's who, not the glossary. (The tagger is not needed here: the
 * frequency list decides, and tagging every sentence again would triple the drafting's time.)
 */
function rareWords(sentences: readonly TSentenceFacts[]) {
  const seen = new Set<string>();
  return sentences.flatMap((sentence) =>
    plainWords(sentence.text).flatMap((word) => {
      if (word.length < MIN_LETTERS || seen.has(word) || !isRare(word, RARE_FROM_RANK)) return [];
      seen.add(word);
      return [{ word, sentence }];
    }),
  );
}

export const glossary: TDraftKindModule = {
  title: "Glossary",
  intro:
    "Abbreviations the article spells out, defined in its own words, and rare words for you to define.",
  draft(sentences) {
    const seen = new Set<string>();
    const spelled = sentences.flatMap((sentence) =>
      [...sentence.text.matchAll(SPELLED_OUT)].flatMap((match) => {
        const abbreviation = match[2]!;
        const expansion = matches(match[1]!, abbreviation);
        if (!expansion || seen.has(abbreviation)) return [];
        seen.add(abbreviation);
        const definition = `Short for ${expansion}.`;
        return [
          {
            part: "glossary" as const,
            cites: [sentence.id],
            term: {
              term: abbreviation,
              forms: abbreviation,
              definition: { standard: definition, simpler: definition },
            },
          },
        ];
      }),
    );
    const rare = rareWords(sentences)
      .filter(({ word }) => !seen.has(word.toUpperCase()))
      .slice(0, MAX_WORDS)
      .map(({ word, sentence }) => ({
        part: "glossary" as const,
        cites: [sentence.id],
        term: { term: word, forms: word, definition: { standard: "", simpler: "" } },
      }));
    return [...spelled, ...rare];
  },
};
