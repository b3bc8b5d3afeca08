import nlp from "compromise";
import { sameSource, sourceKey, type TSentenceFacts } from "../analyse";
import lexicon from "../lexicon.json";
import { asOption, DRAFT_ID, type TDraftKindModule } from "./kind";

// Who's who: the people the article names with a role, in the article's words — an appositive
// ("John Kirby, the National Security Council spokesman,") or a title before the name ("Defense
// Minister Sergei Shoigu"). Each entry cites the sentence that gives the role.

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}`;
const APPOSITIVE = new RegExp(String.raw`(${NAME}),\s+((?:the|a|an)\s+[^,;]{3,80}?),`, "u");
const titles = [...lexicon.roleTitles].sort((a, b) => b.length - a.length).join("|");
const TITLED = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}-]*[’']s\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:${titles.replace(/\./g, "\\.")}))\s+(${NAME})`,
  "gu",
);

type TFound = { name: string; role: string; sentence: TSentenceFacts };

/**
 * A role that starts the sentence is capitalised for that alone ("Library director Priya Nand
 * said") unless its first word is a name ("North Korean leader", "Defense Minister").
 */
function asWritten(role: string, atStart: boolean): string {
  const [first, second] = role.split(" ");
  if (!atStart || !second || /^\p{Lu}/u.test(second)) return role;
  const tags = new Set(
    (nlp(first!).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags,
  );
  const common =
    tags.has("Noun") && !["ProperNoun", "Place", "Demonym", "Person"].some((t) => tags.has(t));
  return common ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

function found(sentence: TSentenceFacts): TFound[] {
  const appositive = APPOSITIVE.exec(sentence.text);
  const titled = [...sentence.text.matchAll(TITLED)].map((match) => ({
    name: match[2]!,
    role: asWritten(match[1]!, match.index === 0),
    sentence,
  }));
  return [
    ...(appositive ? [{ name: appositive[1]!, role: appositive[2]!, sentence }] : []),
    ...titled,
  ];
}

export const people: TDraftKindModule = {
  title: "Who's who",
  intro: "People the article names with a role, described in the article's own words.",
  draft(sentences) {
    const entries: TFound[] = [];
    for (const entry of sentences.flatMap(found)) {
      if (!entries.some((e) => sameSource(sourceKey(e.name), sourceKey(entry.name))))
        entries.push(entry);
    }
    const persons = entries.map(({ name, role, sentence }) => {
      const described = role.replace(/^The /, "the ");
      return {
        part: "people" as const,
        cites: [sentence.id],
        person: {
          name,
          role,
          about: {
            standard: `The article describes ${name} as ${described}.`,
            simpler: `The article describes ${name} as ${described}.`,
          },
          cites: [sentence.id],
        },
      };
    });
    // People matched to their roles, once there are three to tell apart.
    const shown = entries
      .filter((e, index) => entries.findIndex((o) => o.role === e.role) === index)
      .slice(0, 5);
    if (shown.length < 3) return persons;
    const cites = [...new Set(shown.map((e) => e.sentence.id))];
    return [
      ...persons,
      {
        part: "questions" as const,
        cites,
        question: {
          id: DRAFT_ID,
          type: "matching" as const,
          prompt: "Match each person to the role the article gives them.",
          skill: "recall" as const,
          difficulty: 1,
          points: shown.length,
          explanation: shown.map((e) => `${e.name}: ${e.role} (${e.sentence.id})`).join("; "),
          cites,
          choices: shown.map((e, index) => ({ id: `r${index + 1}`, text: asOption(e.role) })),
          pairs: shown.map((e, index) => ({
            id: `p${index + 1}`,
            text: e.name,
            match: `r${index + 1}`,
          })),
        },
      },
    ];
  },
};
