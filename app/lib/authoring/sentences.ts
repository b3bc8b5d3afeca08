// Splits a paragraph into sentences: the platform's Unicode sentence segmenter (ICU, UAX #29),
// which already keeps "U.S. said", "Sept. 5", "3.5" and closing quotes right, and repairs on top:
// - no break after a title or single initial ("Mr.", "Gen.", "J."), nor inside a run of initials
//   that is a name ("D.A. Davidson");
// - no break after "U.S.", "U.K.", "U.N.", "E.U." or "D.C." before a noun that belongs to it
//   ("the U.S. Embassy", "U.N. Security Council"), from a small lexicon;
// - no break before a lower-case word ("“Is it over?” she asked."), nor before a speech tag after
//   a quoted question or exclamation ("“In grocery?” Forte said.");
// - no break inside an inline numbered list ("1. Finland 2. Norway 3. Denmark").
// Anything else after an abbreviation before a capital ("… to the U.S. He said") stays a break —
// which is why the editor warns there and lets a teacher join and split.

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Words after which a full stop is an abbreviation, not a sentence's end. */
const NEVER_ENDS =
  /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Sen|Sens|Rep|Reps|Gov|Pres|Supt|Rev|Fr|Sr|Jr|St|Mt|Ft|Hon|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;
/** How a sentence never starts: lower case, a digit, or punctuation that continues the last one. */
const CONTINUES = /^[\p{Ll}\d,;:)\]’”]/u;

/** A run of two or more initials with no spaces ("D.A.", "J.R.R."), as in a name. */
const INITIALS = /(?:^|\s)(?:[A-Z]\.){2,}$/;
/** Initials that are also places or bodies, and so may end a sentence ("… moved to the U.S."). */
const PLACE_INITIALS = /(?:^|\s)(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.|D\.C\.)$/;
/** Words that follow such initials as part of one name: "the U.S. Embassy", "U.N. Security Council". */
const PLACE_NOUNS = [
  "Embassy",
  "Embassies",
  "Consulate",
  "Army",
  "Navy",
  "Air Force",
  "Marine",
  "Marines",
  "Coast Guard",
  "Senate",
  "Senator",
  "Senators",
  "House",
  "Congress",
  "Capitol",
  "Supreme Court",
  "Court",
  "Government",
  "Department",
  "State Department",
  "Treasury",
  "Attorney",
  "Ambassador",
  "Secretary",
  "President",
  "Forces",
  "Military",
  "Troops",
  "Intelligence",
  "Security Council",
  "General Assembly",
  "Secretary-General",
  "Census",
  "Open",
  "Dollar",
  "Border Patrol",
  "Postal Service",
  "Circuit",
  "District",
];
const BELONGS_TO_PLACE = new RegExp(`^(?:${PLACE_NOUNS.join("|")})\\b`);
/** A speech tag: a name or two and a verb of saying ("Forte said.", "Mr. Kim told reporters."). */
const SPEECH_TAG =
  /^(?:[A-Z][\w.'’-]*\s){1,3}(?:said|says|asked|asks|told|added|wrote|replied|explained)\b/;
/** The end of a quoted question or exclamation. */
const QUOTED_ASK = /[?!][”"’]$/;

/** The numbers of an inline numbered list in the paragraph ("1. … 2. … 3. …"), if it has one. */
function listNumbers(paragraph: string): Set<string> {
  const numbers = [...paragraph.matchAll(/(?:^|\s)(\d{1,2})\.\s+\S/g)].map((m) => Number(m[1]));
  const run = new Set<string>();
  for (const [index, n] of numbers.entries()) {
    if (n === 1 && numbers[index + 1] === 2 && numbers[index + 2] === 3) {
      for (let k = index; k < numbers.length && numbers[k] === n + (k - index); k += 1)
        run.add(String(numbers[k]));
    }
  }
  return run;
}

/** Whether the break between `previous` and `next` is a guess to undo. */
function joins(previous: string, next: string, listed: ReadonlySet<string>): boolean {
  if (NEVER_ENDS.test(previous) || CONTINUES.test(next)) return true;
  if (INITIALS.test(previous) && !PLACE_INITIALS.test(previous)) return true;
  if (PLACE_INITIALS.test(previous) && BELONGS_TO_PLACE.test(next)) return true;
  const number = /(?:^|\s)(\d{1,2})\.$/.exec(previous)?.[1];
  return number !== undefined && listed.has(number);
}

/** Joins a speech tag to the quoted question or exclamation before it (once the tag is whole). */
function joinSpeechTags(sentences: string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    const previous = joined.at(-1);
    if (previous !== undefined && QUOTED_ASK.test(previous) && SPEECH_TAG.test(sentence))
      joined[joined.length - 1] = `${previous} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/** One paragraph's text with every run of whitespace made one space, as the pack stores it. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function splitSentences(paragraph: string): string[] {
  const text = normaliseSpace(paragraph);
  const listed = listNumbers(text);
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (sentence === "") continue;
    const previous = sentences.at(-1);
    if (previous !== undefined && joins(previous, sentence, listed))
      sentences[sentences.length - 1] = `${previous} ${sentence}`;
    else sentences.push(sentence);
  }
  return joinSpeechTags(sentences);
}

/** A level's text as the pack stores it: paragraphs, split where the teacher left a blank line. */
export function levelParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(normaliseSpace)
    .filter((paragraph) => paragraph !== "");
}
