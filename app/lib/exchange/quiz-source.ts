import type { TArticle, TQuiz } from "@/app/lib/article/schema";
import type { TQuestion } from "@/app/lib/quiz/kinds";

// What every export format reads: one quiz of an article, its questions in the quiz's order, and
// the article's sentences (their text, for citations and find-the-sentence).

export type TQuizSource = {
  slug: string;
  title: string;
  /** Where the article came from, as the pack says (publisher, date, link). */
  provenance: string;
  paragraphs: { id: string; sentences: { id: string; text: string }[] }[];
  quiz: Pick<TQuiz, "id" | "title" | "description" | "shuffleQuestions">;
  questions: TQuestion[];
};

export type TSentenceList = { id: string; text: string }[];

export function quizSource(
  pack: {
    slug: string;
    article: TArticle;
    questions: ReadonlyMap<string, TQuestion>;
    quizzes: readonly TQuiz[];
  },
  quizId: string,
): TQuizSource | null {
  const quiz = pack.quizzes.find((q) => q.id === quizId);
  if (!quiz) return null;
  return {
    slug: pack.slug,
    title: pack.article.title,
    provenance: pack.article.source.provenance,
    paragraphs: pack.article.paragraphs.map((p) => ({
      id: p.id,
      sentences: p.sentences.map((s) => ({ id: s.id, text: s.text })),
    })),
    quiz: {
      id: quiz.id,
      title: quiz.title,
      description: quiz.description,
      shuffleQuestions: quiz.shuffleQuestions,
    },
    questions: quiz.questions.flatMap((id) => {
      const question = pack.questions.get(id);
      return question ? [question] : [];
    }),
  };
}

export const sentencesOf = (source: TQuizSource): TSentenceList =>
  source.paragraphs.flatMap((p) => p.sentences);

/** The evidence a question cites, in words: "Evidence: sentence p2.s1: “…”". */
export function evidenceText(question: TQuestion, sentences: TSentenceList): string {
  const quoted = question.cites.map((id) => {
    const text = sentences.find((s) => s.id === id)?.text;
    return text ? `sentence ${id}: “${text}”` : `sentence ${id}`;
  });
  return `Evidence: ${quoted.join("; ")}`;
}

/** Tags that carry what a format has no field for: skill, difficulty and cited sentences. */
export const questionTags = (question: TQuestion): string[] => [
  `skill:${question.skill}`,
  `difficulty:${question.difficulty}`,
  ...question.cites.map((id) => `cite:${id}`),
];

/** A fraction of the points as a percentage, as Moodle writes them (at most 5 decimals). */
export const percent = (share: number) => String(Number((share * 100).toFixed(5)));
