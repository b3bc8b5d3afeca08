import nlp from "compromise";
import { inWords, type TNumber, type TSentenceFacts } from "../analyse";
import { escapeRegExp } from "@/app/lib/words";
import lexicon from "../lexicon.json";
import { askedOf, type TDraftKindModule } from "./kind";

// Key details: each number the article gives, as a blank in its own sentence. The accepted
// answers are the ways a student would type it ("20", "twenty"); "about" stays in the sentence, so
// the blank asks only for the number the article gives. Places and people's names the article
// gives (tagged by compromise) are blanks too, up to a few of each. Where the article gives other figures of
// the same kind (sums of money, percentages, plain counts), a single choice offers them as the
// wrong options: each is the article's own, for something else.

const BLANK = "_____";
/** Long sentences make a blank a hunt, not a check of what was read. */
const MAX_WORDS = 45;
/** A page of figures is no quiz: the first few, in reading order, are the story's. */
const MAX_DRAFTS = 6;
const MAX_CHOICES = 3;
const LETTERS = ["a", "b", "c", "d"];

/**
 * A number worth asking about: once in its sentence (two would give each other away), not a year
 * (a date, which the timeline asks about), not in a name ("Pier 33", "Sept. 30"), not part of a
 * score or range ("5-2", "9:30"), where a blank reads as nonsense.
 */
function isDetail(sentence: TSentenceFacts, number: TNumber): boolean {
  return (
    sentence.numbers.filter((n) => n.figure === number.figure).length === 1 &&
    !/^(?:1[89]|20)\d\d$/.test(number.figure) &&
    !new RegExp(`\\p{Lu}[\\p{L}]*\\.?\\s+${number.text}\\b`, "u").test(sentence.text) &&
    !new RegExp(`\\d[-–/:]${number.figure}\\b|\\b${number.figure}[-–/:]\\d`).test(sentence.text)
  );
}

/** A figure with what makes it one kind of figure: "$6.5 billion", "40 percent", "20". */
type TFigure = { label: string; kind: string; start: number; end: number };

function figureOf(text: string, number: TNumber): TFigure {
  const money = text[number.at - 1] === "$";
  const start = money ? number.at - 1 : number.at;
  const after = /^(\s+(?:million|billion|trillion))?(\s*(?:%|percent\b))?/.exec(
    text.slice(number.at + number.figure.length),
  )!;
  const end = number.at + number.figure.length + after[0].length;
  const kind = money ? `money${after[1] ?? ""}` : after[2] ? "percent" : "count";
  return { label: text.slice(start, end), kind, start, end };
}

export const details: TDraftKindModule = {
  title: "Key details",
  intro: "Numbers the article gives, as blanks in their sentences.",
  draft(sentences) {
    const drafts = sentences.flatMap((sentence) => {
      if (sentence.text.split(" ").length > MAX_WORDS) return [];
      const numbers = sentence.numbers.filter((number) => isDetail(sentence, number));
      return numbers.map((number) => {
        const blanked = `${sentence.text.slice(0, number.at)}${BLANK}${sentence.text.slice(number.at + number.figure.length)}`;
        const words = inWords(number.figure);
        const accepted = [
          ...new Set([
            number.figure,
            number.figure.replace(/,/g, ""),
            ...(words ? [words, words.replace(/ /g, "-")] : []),
          ]),
        ];
        return askedOf(sentence, {
          type: "fill",
          prompt: `Fill in the blank with the number the article gives: “${blanked}”`,
          skill: "recall",
          accepted,
        });
      });
    });
    return [...drafts.slice(0, MAX_DRAFTS), ...choices(sentences), ...nameBlanks(sentences)];
  },
};

const MAX_NAME_BLANKS = 3;
const NAME_SENTENCES = 10;
const TITLES = new Set([
  ...lexicon.roleTitles,
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
]);

/** A name as a blank's answer: no trailing punctuation or possessive, no title before it. */
function cleanName(text: string): string {
  const words = text
    .replace(/[’']s$|[,.;:!?”"]+$/gu, "")
    .trim()
    .split(/\s+/);
  while (words.length > 1 && TITLES.has(words[0]!)) words.shift();
  return words.join(" ");
}

/** Places and people the article names, each as a blank in the first sentence that names it. */
function nameBlanks(sentences: readonly TSentenceFacts[]) {
  // The first few sentences name the story's places and people (and tagging the whole article
  // again would double the drafting's time): names are drafted from those.
  const lead = sentences.slice(0, NAME_SENTENCES);
  const doc = nlp(lead.map((s) => s.text).join(" "));
  const kinds = [
    { what: "place", names: doc.places().out("array") as string[] },
    { what: "name", names: doc.people().out("array") as string[] },
  ];
  return kinds.flatMap(({ what, names }) => {
    const unique = [...new Set(names.filter((n) => !/[’']s$/u.test(n)).map(cleanName))];
    return unique
      .filter((name) => name.length > 2)
      .flatMap((name) => {
        // The name as a whole word ("North Korea", not the start of "North Korean"), once.
        const whole = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
        const sentence = lead.find(
          (s) => (s.text.match(whole)?.length ?? 0) === 1 && s.text.split(" ").length <= MAX_WORDS,
        );
        if (!sentence) return [];
        // "Kirby" for "John Kirby"; a longer name ("Kim Jong Un") only whole.
        const parts = name.split(" ");
        const accepted = what === "name" && parts.length === 2 ? [name, parts[1]!] : [name];
        const blanked = sentence.text.replace(whole, BLANK);
        return [
          askedOf(sentence, {
            type: "fill",
            prompt: `Fill in the blank with the ${what} the article gives: “${blanked}”`,
            skill: "recall",
            accepted,
          }),
        ];
      })
      .slice(0, MAX_NAME_BLANKS);
  });
}

/** Single choices among the article's own figures of one kind, for up to three of them. */
function choices(sentences: readonly TSentenceFacts[]) {
  const figures = sentences.flatMap((sentence) =>
    sentence.numbers
      .filter((number) => isDetail(sentence, number))
      .map((number) => ({ sentence, figure: figureOf(sentence.text, number) })),
  );
  return figures
    .flatMap(({ sentence, figure }) => {
      const wrong = [
        ...new Set(
          figures
            .filter(
              (other) => other.figure.kind === figure.kind && other.figure.label !== figure.label,
            )
            .map((other) => other.figure.label),
        ),
      ].slice(0, MAX_CHOICES);
      if (wrong.length < 2 || sentence.text.split(" ").length > MAX_WORDS) return [];
      const blanked = `${sentence.text.slice(0, figure.start)}${BLANK}${sentence.text.slice(figure.end)}`;
      return [
        askedOf(sentence, {
          type: "single",
          prompt: `Which figure does the article give here? “${blanked}”`,
          skill: "recall",
          options: [
            { id: LETTERS[0]!, text: figure.label, correct: true },
            ...wrong.map((label, index) => ({
              id: LETTERS[index + 1]!,
              text: label,
              misconception: "wrong-figure",
              feedback: `The article gives ${label} for something else; here it says ${figure.label} (${sentence.id}).`,
            })),
          ],
        }),
      ];
    })
    .slice(0, MAX_CHOICES);
}
