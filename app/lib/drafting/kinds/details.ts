import { inWords } from "../analyse";
import { DRAFT_ID, quoteOf, type TDraftKindModule } from "./kind";

// Key details: each number the article gives, as a blank in its own sentence. The accepted
// answers are the ways a student would type it ("20", "twenty"); "about" stays in the sentence, so
// the blank asks only for the number the article gives.

const BLANK = "_____";
/** Long sentences make a blank a hunt, not a check of what was read. */
const MAX_WORDS = 45;
/** A page of figures is no quiz: the first few, in reading order, are the story's. */
const MAX_DRAFTS = 6;

export const details: TDraftKindModule = {
  title: "Key details",
  intro: "Numbers the article gives, as blanks in their sentences.",
  draft(sentences) {
    const drafts = sentences.flatMap((sentence) => {
      if (sentence.text.split(" ").length > MAX_WORDS) return [];
      // A sentence with two numbers would give the other away or ask for both: one blank each.
      // A number in a name ("Pier 33", "Route 66") is no detail to remember.
      const numbers = sentence.numbers.filter(
        (number, _, all) =>
          all.filter((n) => n.figure === number.figure).length === 1 &&
          // A year belongs to a date, which a timeline asks about, not a blank.
          !/^(?:1[89]|20)\d\d$/.test(number.figure) &&
          !new RegExp(`\\p{Lu}[\\p{L}]*\\.?\\s+${number.text}\\b`, "u").test(sentence.text) &&
          // Part of a score or range ("5-2", "9:30"): a blank in it reads as nonsense.
          !new RegExp(`\\d[-–/:]${number.figure}\\b|\\b${number.figure}[-–/:]\\d`).test(
            sentence.text,
          ),
      );
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
        return {
          part: "questions" as const,
          cites: [sentence.id],
          question: {
            id: DRAFT_ID,
            type: "fill" as const,
            prompt: `Fill in the blank with the number the article gives: “${blanked}”`,
            skill: "recall" as const,
            difficulty: 1,
            points: 1,
            explanation: quoteOf(sentence),
            cites: [sentence.id],
            accepted,
          },
        };
      });
    });
    return drafts.slice(0, MAX_DRAFTS);
  },
};
