import type { TDraftKindModule } from "./kind";

// Glossary candidates: abbreviations the article spells out itself ("the Democratic People's
// Republic of Korea (DPRK)"). The definition is the article's own expansion; nothing is defined
// from outside the text, so an abbreviation it never spells out is not drafted.

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

export const glossary: TDraftKindModule = {
  title: "Glossary",
  intro: "Abbreviations the article spells out, defined in its own words.",
  draft(sentences) {
    const seen = new Set<string>();
    return sentences.flatMap((sentence) =>
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
  },
};
