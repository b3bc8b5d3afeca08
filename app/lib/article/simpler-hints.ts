import plain from "./plain-words.json";
import { isRare, plainWords } from "./word-rarity";

// What makes a text at the simpler reading level hard to read, said while it is written: its long
// sentences, and its rare words with plainer ones to try. Hints, never refusals: the reading-level
// rule (readability.ts) decides what publishing needs.

/** Longer than this, a sentence is hard for a struggling reader. */
export const LONG_SENTENCE_WORDS = 20;
/** Rarer than this in everyday English (SUBTLEX-US rank), a word is worth a second look. */
const HARD_FROM_RANK = 10_000;
const PLAIN: Readonly<Record<string, string>> = plain.words;

export type TSimplerHint = { message: string };

const sentencesOf = (text: string) =>
  text
    .match(/[^.!?]+(?:[.!?]+["”’)]*|$)/g)
    ?.map((s) => s.trim())
    .filter(Boolean) ?? [];

export function simplerHints(text: string): TSimplerHint[] {
  const hints: TSimplerHint[] = [];
  sentencesOf(text).forEach((sentence, index) => {
    const words = sentence.split(/\s+/).length;
    if (words > LONG_SENTENCE_WORDS)
      hints.push({
        message: `sentence ${index + 1} has ${words} words (“${sentence.split(/\s+/).slice(0, 6).join(" ")}…”): split it in two`,
      });
  });
  const seen = new Set<string>();
  for (const word of plainWords(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const simpler = PLAIN[word];
    if (simpler) hints.push({ message: `“${word}”: try “${simpler}”` });
    else if (word.length >= 6 && isRare(word, HARD_FROM_RANK))
      hints.push({ message: `“${word}” is a rare word: say it more simply, or explain it` });
  }
  return hints;
}
