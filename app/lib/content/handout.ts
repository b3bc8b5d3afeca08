import type { TArticlePack } from "@/app/lib/content/pack";
import { describeCorrectAnswer } from "@/app/lib/quiz/describe";
import type { TQuestion } from "@/app/lib/quiz/kinds";

// A printed handout's numbering and key (issue 32): sentences numbered 1, 2, 3… through the
// article, so a student without a device answers "find the sentence" and cites evidence by
// number, and the teacher's key gives each answer with the sentences it rests on.

/** Sentence id → its number in the article (1-based, in reading order). */
export function sentenceNumbers(pack: Pick<TArticlePack, "article">): Map<string, number> {
  const ids = pack.article.paragraphs.flatMap((paragraph) => paragraph.sentences.map((s) => s.id));
  return new Map(ids.map((id, index) => [id, index + 1]));
}

export type TKeyEntry = { answer: string; explanation: string; sentences: number[] };

/** What the key says of one question: the right answer in words, why, and its sentences by number. */
export function keyEntry(
  question: TQuestion,
  pack: Pick<TArticlePack, "article" | "sentences">,
  numbers: ReadonlyMap<string, number>,
): TKeyEntry {
  const texts = new Map([...pack.sentences].map(([id, sentence]) => [id, sentence.text]));
  return {
    answer: describeCorrectAnswer(question, texts),
    explanation: question.explanation,
    sentences: question.cites.flatMap((id) => numbers.get(id) ?? []).sort((a, b) => a - b),
  };
}
