import nlp from "compromise";
import { escapeRegExp } from "@/app/lib/words";
import lexicon from "./lexicon.json";

// What the drafting reads in each sentence of an article: who it attributes what to, the word
// that hedges it, and the numbers it gives. Parts of speech come from compromise (a maintained
// rule-based tagger that runs offline and gives the same answer every time); the word lists are
// data (lexicon.json). Pure: the same text always gives the same facts.

export type TArticleSentence = { id: string; paragraphId: string; text: string };

export type TAttribution = {
  /** The source exactly as the sentence names it ("John Kirby", "Officials", "the White House"). */
  source: string;
  /** The same source across the article: lower-case, aliases joined ("us" for the White House). */
  key: string;
  /** The reporting verb with its auxiliaries, as written ("has urged", "believes"). */
  verb: string;
  /** What the source says, in the article's words: the rest of the clause after the verb. */
  said: string;
};

export type TNumber = {
  /** As written, with any "about" ("about 20"). */
  text: string;
  /** The number itself as written ("20"). */
  figure: string;
  value: number;
  /** Where the figure starts in the sentence. */
  at: number;
};

export type TSentenceFacts = TArticleSentence & {
  attribution?: TAttribution;
  /** It reports what someone says, named or not ("she said"): never the article's own statement. */
  reports: boolean;
  /** It reports what someone says by a pronoun ("she said"): the speaker named before. */
  byPronoun: boolean;
  /** The word or words that hedge the sentence ("likely", "may", "expected to"). */
  hedge?: string;
  numbers: TNumber[];
};

const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

const REPORTING = new RegExp(
  `\\b((?:(?:${alternatives(lexicon.auxiliaries)})\\s+)*)(${alternatives(lexicon.reportingVerbs)})\\b`,
);
const BY_PRONOUN = new RegExp(
  `\\b(?:he|she|they|we|He|She|They|We)\\s+((?:(?:${alternatives(lexicon.auxiliaries)})\\s+)*)(?:${alternatives(lexicon.reportingVerbs)})\\b`,
);
// "may" as a word of the sentence, not the month (which is capitalised).
const HEDGE = new RegExp(`\\b(${alternatives(lexicon.hedges)})\\b`);
const ACCORDING = /^(.*?)\baccording to ((?:the |a )?[^,.;]+?)(?:,|\.|;|$)/i;
const UNNAMED = new Set(lexicon.unnamedSources);
/** Abbreviations inside a name or title ("Mr. Grant Hollis", "Walt Disney Co. executive"). */
const TITLE_ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Co|Inc|Corp|Prof)\.$/;
/** Words the tagger may not call prepositions ("sources inside the camp"). */
const PREPOSITIONS = new Set([
  "in",
  "inside",
  "of",
  "at",
  "from",
  "near",
  "within",
  "outside",
  "for",
  "with",
  "on",
  "across",
]);
const NAME_TAGS = ["ProperNoun", "Person", "Organization", "Place", "Acronym", "Country"];
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "this", "that", "who"]);
const NUMBER = new RegExp(
  `\\b(?:(${alternatives(lexicon.approximately)})\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d.,]*\\d)`,
  "gi",
);

/** The same source under another of its names: "the US" and "the White House", "Kirby" and "John Kirby". */
export function sourceKey(source: string): string {
  const plain = source
    .toLowerCase()
    .replace(/^(the|a|an|some|many|several)\s+/, "")
    .replace(/[’']s$/, "")
    .trim();
  const group = lexicon.aliases.find((names) => names.includes(plain));
  return group ? group[0]! : plain;
}

/** Whether two source keys name the same source: equal, or one's words all in the other's. */
export function sameSource(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const words = new Set(long.split(" "));
  if (short.split(" ").every((word) => words.has(word))) return true;
  // "vw" and "volkswagen", "nasa" and "national aeronautics and space administration": an
  // abbreviation may be the other name, so neither is offered as a wrong answer for the other.
  if (/\s/.test(short) || short.length > 5) return false;
  const initials = long
    .split(" ")
    .filter((word) => !["of", "and", "the", "for"].includes(word))
    .map((word) => word[0])
    .join("");
  return initials === short || (long[0] === short[0] && inOrder(short, long.replace(/\s/g, "")));
}

const inOrder = (letters: string, within: string) => {
  let at = 0;
  for (const letter of letters) {
    at = within.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
};

type TTerm = { text: string; tags: Set<string> };

function terms(text: string): TTerm[] {
  return (nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[]).map(
    (term) => ({ text: term.text, tags: new Set(term.terms[0]?.tags ?? []) }),
  );
}

const nounish = (term: TTerm) =>
  term.tags.has("Noun") ||
  term.tags.has("ProperNoun") ||
  term.tags.has("Acronym") ||
  (term.tags.has("Adjective") && /^[A-Z]/.test(term.text));

/**
 * The noun phrase a clause ends with: its subject when a reporting verb follows ("But experts" →
 * "experts", "This comes after the White House" → "the White House"). An appositive between the
 * name and the verb is skipped ("John Kirby, the … spokesman," → "John Kirby").
 */
function subjectBefore(text: string): string | undefined {
  let before = text.trimEnd();
  if (before.endsWith(",")) {
    const open = before.slice(0, -1).lastIndexOf(",");
    if (open < 0) return undefined;
    before = before.slice(0, open);
  }
  const words = terms(before);
  let start = words.length;
  // A word that ends a quotation or a clause ("us,”") is not part of the speaker's name.
  const ends = (word: TTerm) =>
    (/[,;:.!?"”]$/.test(word.text) && !TITLE_ABBREVIATION.test(word.text)) ||
    /^[“"]/.test(word.text);
  while (start > 0 && nounish(words[start - 1]!) && !ends(words[start - 1]!)) start -= 1;
  if (start === words.length) return undefined;
  const previous = words[start - 1];
  if (previous && previous.tags.has("Determiner") && /^(the|The)$/.test(previous.text)) start -= 1;
  // "sources in the Rukban camp told", "… Center in Greenbelt, Maryland, has confirmed": the
  // noun phrase belongs to the noun before the preposition, which is the speaker (or no one).
  // After a verb ("This comes after the White House revealed") it is the speaker.
  const [preposition, before2] = [words[start - 1], words[start - 2]];
  const isPreposition = (word: TTerm | undefined) =>
    word !== undefined &&
    (word.tags.has("Preposition") || PREPOSITIONS.has(word.text.toLowerCase()));
  if (isPreposition(preposition) && before2 && nounish(before2)) return undefined;
  const phrase = words
    .slice(start)
    .map((word) => word.text)
    .join(" ")
    .replace(/[“”"]/g, "")
    .trim();
  const key = sourceKey(phrase);
  if (phrase === "" || PRONOUNS.has(key)) return undefined;
  // A name ("Kirby", "the White House"), or a group a story quotes without naming ("officials");
  // not "Others" or "Reports", capitalised only because they start the sentence.
  const named = words.slice(start).some((word) => NAME_TAGS.some((tag) => word.tags.has(tag)));
  return named || UNNAMED.has(key) ? phrase : undefined;
}

/** The end of the attributed clause: the next clause the sentence starts ("…, but highlighted that"). */
function clauseOf(text: string): string {
  const cut = text.search(/,\s+(?:but|while|and then|although|though)\b|;|\s+—\s+/);
  return (cut >= 0 ? text.slice(0, cut) : text).replace(/[\s.!?,;:]+["”’]?$/, "").trim();
}

/** Enough words to be a claim a student can recognise, not a fragment ("that while the ID"). */
const MIN_CLAIM_WORDS = 6;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Whether the words after a reporting verb are what was said: not a place, a time or a
 * punctuation mark ("said at a rally…", "said Tuesday", "said , via") — then the quotation
 * before the verb is.
 */
function startsAClaim(rest: string): boolean {
  const [first] = terms(rest.slice(0, 60));
  if (!first || /^[,;:.—–-]/.test(rest.trim())) return false;
  return !["Preposition", "Date", "Value"].some((tag) => first.tags.has(tag));
}

function attributionOf(text: string): TAttribution | undefined {
  const according = ACCORDING.exec(text);
  if (according) {
    const source = according[2]!.trim();
    const said = clauseOf(text.replace(according[0], according[1]!).replace(/^[\s,]+/, ""));
    // "According to a paper published in the journal … on Monday" is a citation, not a source.
    if (wordCount(said) >= MIN_CLAIM_WORDS && wordCount(source) <= 5)
      return { source, key: sourceKey(source), verb: "according to", said };
  }
  const match = REPORTING.exec(text);
  if (!match) return undefined;
  const subject = subjectBefore(text.slice(0, match.index));
  if (!subject) return undefined;
  // Capitalised only because it starts the sentence: "Officials say" → "officials".
  const source =
    text.startsWith(subject) && (subject.startsWith("The ") || UNNAMED.has(subject.toLowerCase()))
      ? subject.charAt(0).toLowerCase() + subject.slice(1)
      : subject;
  const rest = text.slice(match.index + match[0].length);
  const said = clauseOf(rest);
  // A verb after the quotation ("…,” Kirby said.) attributes the quotation.
  const quoted = /^[“"](.+?)[,.]?[”"]/.exec(text);
  const words =
    startsAClaim(rest) && wordCount(said) >= MIN_CLAIM_WORDS
      ? said
      : quoted && wordCount(quoted[1]!) >= MIN_CLAIM_WORDS
        ? quoted[1]
        : undefined;
  if (!words) return undefined;
  return {
    source,
    key: sourceKey(source),
    verb: `${match[1] ?? ""}${match[2]!}`.trim(),
    said: words === said ? closeQuotes(said) : `“${words}”`,
  };
}

/** A quotation the clause opens and the sentence split left open ("… said that he "can't …"). */
function closeQuotes(text: string): string {
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return `${text}"`;
  if ((text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0)) return `${text}”`;
  return text;
}

function numbersIn(text: string): TNumber[] {
  return [...text.matchAll(NUMBER)].map((match) => ({
    text: match[0],
    figure: match[2]!,
    value: Number(match[2]!.replace(/,/g, "")),
    at: match.index + match[0].length - match[2]!.length,
  }));
}

export function analyse(sentences: readonly TArticleSentence[]): TSentenceFacts[] {
  return sentences.map((sentence) => {
    const attribution = attributionOf(sentence.text);
    const hedge = HEDGE.exec(sentence.text)?.[1];
    return {
      ...sentence,
      ...(attribution ? { attribution } : {}),
      byPronoun: attribution === undefined && BY_PRONOUN.test(sentence.text),
      reports:
        attribution !== undefined ||
        REPORTING.test(sentence.text) ||
        /\baccording to\b/i.test(sentence.text),
      ...(hedge ? { hedge } : {}),
      numbers: numbersIn(sentence.text),
    };
  });
}

/** The verb as "who" takes it: "say" → "says", "have urged" → "has urged", "said" stays. */
export function singularVerb(verb: string): string {
  const words = verb.split(" ");
  if (words[0] === "have") words[0] = "has";
  const last = words.length - 1;
  if (last === 0 && lexicon.reportingVerbs.includes(`${words[0]}s`)) words[0] = `${words[0]}s`;
  return words.join(" ");
}

/** Numbers past this are typed in figures; their words come out garbled from the tagger. */
const MAX_IN_WORDS = 100;

/** A whole number in words as students may type it ("20" → "twenty"), from compromise. */
export function inWords(figure: string): string | undefined {
  const value = Number(figure.replace(/,/g, ""));
  if (!Number.isInteger(value) || value > MAX_IN_WORDS) return undefined;
  const words = nlp(figure).numbers().toText().text().trim();
  if (words === "" || words === figure) return undefined;
  // Only words that read back as the same number ("449,000" once came back garbled).
  const back = (nlp(words).numbers().get() as number[])[0];
  return back === Number(figure.replace(/,/g, "")) ? words : undefined;
}
