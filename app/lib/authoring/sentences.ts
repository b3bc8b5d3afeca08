// Splits a paragraph into sentences: the platform's Unicode sentence segmenter (ICU, UAX #29),
// which already keeps "U.S. said", "Sept. 5", "3.5" and closing quotes right, and two repairs on
// top: no break after a title or single initial ("Mr.", "Gen.", "J."), and none before a
// lower-case word ("“Is it over?” she asked."). "The U.S. Army" stays a guess — an abbreviation
// before a capital may end a sentence — which is why the editor warns there and lets a teacher
// join and split.

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Words after which a full stop is an abbreviation, not a sentence's end. */
const NEVER_ENDS =
  /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Sen|Sens|Rep|Reps|Gov|Pres|Supt|Rev|Fr|Sr|Jr|St|Mt|Ft|Hon|No|Nos|Vol|Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;
/** How a sentence never starts: lower case, a digit, or punctuation that continues the last one. */
const CONTINUES = /^[\p{Ll}\d,;:)\]’”]/u;

/** One paragraph's text with every run of whitespace made one space, as the pack stores it. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(normaliseSpace(paragraph))) {
    const sentence = segment.trim();
    if (sentence === "") continue;
    const previous = sentences.at(-1);
    if (previous !== undefined && (NEVER_ENDS.test(previous) || CONTINUES.test(sentence)))
      sentences[sentences.length - 1] = `${previous} ${sentence}`;
    else sentences.push(sentence);
  }
  return sentences;
}

/** A level's text as the pack stores it: paragraphs, split where the teacher left a blank line. */
export function levelParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(normaliseSpace)
    .filter((paragraph) => paragraph !== "");
}
