// Grading one question at a time: which questions have written answers, the answers to one in a
// steady order (by student, so nothing moves when one is graded), which answer is open, which
// comes next, and the comments the teacher has written on the question so far. Pure: the grading
// page passes what the data layer read.

/** What this needs of a written answer in the grading queue. */
export type TQueueAnswer = {
  responseId: string;
  studentId: string;
  studentName: string;
  questionId: string;
  prompt: string;
  grade: { comment: string } | null;
};

export type TQueueQuestion = { questionId: string; prompt: string; waiting: number; total: number };

/** The questions with written answers, in the order their first answer appears, with counts. */
export function queueQuestions(answers: readonly TQueueAnswer[]): TQueueQuestion[] {
  const questions = new Map<string, TQueueQuestion>();
  for (const answer of answers) {
    const question = questions.get(answer.questionId) ?? {
      questionId: answer.questionId,
      prompt: answer.prompt,
      waiting: 0,
      total: 0,
    };
    question.total += 1;
    if (!answer.grade) question.waiting += 1;
    questions.set(answer.questionId, question);
  }
  return [...questions.values()];
}

export type TQueueView<T extends TQueueAnswer> = {
  question: TQueueQuestion;
  /** The question's answers, by student name (a student's second attempt after the first). */
  answers: T[];
  current: T;
  /** The next answer awaiting a grade after the current one (wrapping round), if any. */
  next: T | null;
};

/**
 * What the grading page shows for the asked question and answer: an unknown or missing question
 * is the first with answers waiting (else the first); an unknown or missing answer is the
 * question's first waiting one (else its first). Null when there is nothing to grade.
 */
export function queueView<T extends TQueueAnswer>(
  all: readonly T[],
  asked: { question?: string; answer?: string },
): TQueueView<T> | null {
  const questions = queueQuestions(all);
  const question =
    questions.find((q) => q.questionId === asked.question) ??
    questions.find((q) => q.waiting > 0) ??
    questions[0];
  if (!question) return null;
  const answers = all
    .filter((answer) => answer.questionId === question.questionId)
    .map((answer, index) => ({ answer, index }))
    .sort(
      (a, b) =>
        a.answer.studentName.localeCompare(b.answer.studentName) ||
        a.answer.studentId.localeCompare(b.answer.studentId) ||
        a.index - b.index,
    )
    .map(({ answer }) => answer);
  const current =
    answers.find((answer) => answer.responseId === asked.answer) ??
    answers.find((answer) => !answer.grade) ??
    answers[0]!;
  const at = answers.indexOf(current);
  const after = [...answers.slice(at + 1), ...answers.slice(0, at)];
  return { question, answers, current, next: after.find((answer) => !answer.grade) ?? null };
}

/** The comments written on a question's answers so far, most used first, to use again. */
export function commentBank(answers: readonly TQueueAnswer[], limit = 8): string[] {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const comment = answer.grade?.comment.trim();
    if (comment) counts.set(comment, (counts.get(comment) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([comment]) => comment);
}
