import { sameSource, singularVerb, type TSentenceFacts } from "../analyse";
import { askedOf, asOption, DRAFT_ID, quoteOf, type TDraftKindModule } from "./kind";

// Who says what: for each sentence that attributes a claim, "According to the article, who …?"
// with the article's other sources as wrong options, and for each source a find-the-sentence.

const LETTERS = ["a", "b", "c", "d"];

/** Content words, to tell whether two sources are said to say the same thing. */
const wordsOf = (text: string) =>
  new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter(Boolean));

function overlap(a: string, b: string): number {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

type TAttributed = TSentenceFacts & { attribution: NonNullable<TSentenceFacts["attribution"]> };

/**
 * "the German automaker", "the agency": a source named by what it is, not by its name (a name
 * ends in a capital: "the White House", "the Pentagon").
 */
const isDescription = (source: string) =>
  /^(?:[Tt]he|[Aa]n?)\s/.test(source) && /\s\p{Ll}[\p{L}’'-]*$/u.test(source);

/** One source per group, as first named: the wrong options a question may offer. */
function sourcesOf(attributed: readonly TAttributed[]): TAttributed[] {
  const firsts: TAttributed[] = [];
  for (const sentence of attributed)
    if (!firsts.some((s) => sameSource(s.attribution.key, sentence.attribution.key)))
      firsts.push(sentence);
  return firsts;
}

/** A claim short enough to read as one side of a matching. */
const MAX_MATCHING_WORDS = 25;
const MAX_PAIRS = 4;

/** Sources matched to what each says: one claim a source, at least two sources. */
function matchings(attributed: readonly TAttributed[]) {
  const picked: TAttributed[] = [];
  for (const sentence of attributed) {
    const { key, source, said } = sentence.attribution;
    if (isDescription(source) || said.split(" ").length > MAX_MATCHING_WORDS) continue;
    if (picked.some((p) => sameSource(p.attribution.key, key))) continue;
    if (picked.length < MAX_PAIRS) picked.push(sentence);
  }
  if (picked.length < 2) return [];
  const cites = picked.map((s) => s.id);
  return [
    {
      part: "questions" as const,
      cites,
      question: {
        id: DRAFT_ID,
        type: "matching" as const,
        prompt: "Match each claim to the source the article gives it to.",
        skill: "evidence" as const,
        difficulty: 2,
        points: picked.length,
        explanation: picked.map((s) => quoteOf(s)).join(" "),
        cites,
        choices: picked.map((s, index) => ({
          id: `c${index + 1}`,
          text: asOption(s.attribution.source),
        })),
        pairs: picked.map((s, index) => ({
          id: `m${index + 1}`,
          text: asOption(s.attribution.said.replace(/^that /, "")),
          match: `c${index + 1}`,
        })),
      },
    },
  ];
}

/** Who spoke last in the paragraph before a sentence that reports without naming anyone. */
function lastSpeaker(sentences: readonly TSentenceFacts[], index: number) {
  for (let i = index - 1; i >= 0; i -= 1) {
    const sentence = sentences[i]!;
    if (sentence.paragraphId !== sentences[index]!.paragraphId) return undefined;
    if (sentence.attribution) return sentence.attribution;
  }
  return undefined;
}

function promptOf({ attribution }: TAttributed): string {
  if (attribution.verb === "according to")
    return `Who does the article give as the source of this: “${attribution.said.replace(/^[“"]|[”"]$/g, "")}”?`;
  return `According to the article, who ${singularVerb(attribution.verb)} ${attribution.said}?`;
}

export const attribution: TDraftKindModule = {
  title: "Who says what",
  intro: "Claims the article attributes to a source, and the sentences that give each source.",
  draft(sentences) {
    const attributed = sentences.filter((s): s is TAttributed => s.attribution !== undefined);
    const sources = sourcesOf(attributed);
    const questions = attributed.flatMap((sentence) => {
      const { key, source } = sentence.attribution;
      // "The German automaker says …": who that is, the article says elsewhere, so any other
      // source offered as wrong may be the same one.
      if (isDescription(source)) return [];
      // Never a wrong option that the article says also said it, or that names the same source;
      // never a description ("the German automaker"), which may be another name of the speaker.
      const wrong = sources.filter(
        (other) =>
          !sameSource(other.attribution.key, key) &&
          !isDescription(other.attribution.source) &&
          !attributed.some(
            (s) =>
              sameSource(s.attribution.key, other.attribution.key) &&
              overlap(s.attribution.said, sentence.attribution.said) >= 0.6,
          ),
      );
      if (wrong.length === 0) return [];
      const options = [
        { id: LETTERS[0]!, text: asOption(source), correct: true as const },
        ...wrong.slice(0, 3).map((other, index) => ({
          id: LETTERS[index + 1]!,
          text: asOption(other.attribution.source),
          misconception: "wrong-source",
          feedback: `The article gives this to ${source} (${sentence.id}), not to ${other.attribution.source}.`,
        })),
      ];
      return [
        askedOf(sentence, {
          type: "single",
          prompt: promptOf(sentence),
          skill: "evidence",
          options,
        }),
      ];
    });
    const finds = sources.map((first) => {
      // "She said …" after Ortiz's words is Ortiz again: a student who picks it is right too.
      const accepted = sentences
        .filter((s, index) => {
          const speaker =
            s.attribution ?? (s.byPronoun ? lastSpeaker(sentences, index) : undefined);
          return speaker !== undefined && sameSource(speaker.key, first.attribution.key);
        })
        .map((s) => s.id);
      const { source } = first.attribution;
      return {
        part: "questions" as const,
        cites: accepted,
        question: {
          id: DRAFT_ID,
          type: "find" as const,
          prompt: `Find a sentence that gives the words or views of ${source}.`,
          skill: "evidence" as const,
          difficulty: 1,
          points: 1,
          explanation: `The article gives the words or views of ${source} in ${accepted.join(", ")}.`,
          cites: accepted,
          accepted,
        },
      };
    });
    return [...questions, ...finds, ...matchings(attributed)];
  },
};
