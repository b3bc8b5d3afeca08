import type { TDraftParagraph } from "@/app/lib/authoring/draft";
import { parseAnswer } from "@/app/lib/quiz/answers";
import { describeAnswer, describeCorrectAnswer } from "@/app/lib/quiz/describe";
import type { TAnswer, TQuestion } from "@/app/lib/quiz/kinds";
import { buildAttemptOrder, decodeAnswer, publicQuestionsInOrder } from "@/app/lib/quiz/public";
import { misconceptionsShown, scoreQuestion, type TOutcome } from "@/app/lib/quiz/scoring";

// A teacher tries a draft's questions as a student would and sees them marked the way a student's
// review shows them. The preview's order is the one attempt seed 1 gives; its choices keep their
// authored ids (students get one-attempt tokens, which hide nothing from the questions' author),
// so what the preview sends is read back against the same order.

/** One question of the try-out as a review shows it: in words, nothing left to look up. */
export type TTriedQuestion = {
  questionId: string;
  prompt: string;
  outcome: TOutcome;
  points: number | null;
  maxPoints: number;
  answer: string;
  /** Absent for written answers, which a teacher grades. */
  correct?: string;
  feedback: string[];
  explanation: string;
  cites: string[];
};

function draftOrder(questions: readonly TQuestion[]) {
  const bank = new Map(questions.map((q) => [q.id, q]));
  const order = buildAttemptOrder([...bank.keys()], bank, { shuffleQuestions: false }, 1);
  return { bank, order: { ...order, tokens: {} } };
}

/** The draft's questions as a student's attempt shows them. */
export function draftPreview(questions: readonly TQuestion[]) {
  const { bank, order } = draftOrder(questions);
  return publicQuestionsInOrder(bank, order);
}

export function scoreTryOut(
  questions: readonly TQuestion[],
  paragraphs: readonly TDraftParagraph[],
  sent: Readonly<Record<string, unknown>>,
): TTriedQuestion[] {
  const { bank, order } = draftOrder(questions);
  const sentences = new Map(
    paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)),
  );
  const ids = new Set(sentences.keys());
  return order.questions.flatMap((id) => {
    const question = bank.get(id);
    if (!question) return [];
    let answer: TAnswer | undefined;
    if (sent[id] !== undefined) {
      const decoded = decodeAnswer(question, sent[id], order);
      const parsed = decoded.ok ? parseAnswer(question, decoded.answer, ids) : undefined;
      answer = parsed?.ok ? parsed.answer : undefined;
    }
    const score = scoreQuestion(question, answer);
    return [
      {
        questionId: id,
        prompt: question.prompt,
        outcome: score.outcome,
        points: score.points,
        maxPoints: score.maxPoints,
        answer: describeAnswer(question, answer, sentences),
        ...(question.type === "cer" ? {} : { correct: describeCorrectAnswer(question, sentences) }),
        feedback: misconceptionsShown(question, answer).map((shown) => shown.feedback),
        explanation: question.explanation,
        cites: question.cites,
      },
    ];
  });
}
