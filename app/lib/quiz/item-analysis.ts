import { percentOf } from "@/app/lib/numbers";
import { answerDistribution } from "@/app/lib/quiz/describe";
import type { TAnswer, TQuestion } from "@/app/lib/quiz/kinds";
import type { TDistributionRow } from "@/app/lib/quiz/kinds/kind";
import { misconceptionsShown } from "@/app/lib/quiz/scoring";
import {
  itemStats,
  MIN_ANSWERS,
  quizStats,
  type TItemStats,
  type TQuizStats,
} from "@/app/lib/quiz/statistics";

/**
 * The first thing a teacher should look at for a question, in words; from fewer than MIN_ANSWERS
 * graded answers, only that there are too few yet.
 */
export function itemVerdict(stats: TItemStats): string {
  if (stats.facility === null) return "—";
  if (stats.n < MIN_ANSWERS) return `Too few answers yet (${stats.n} of ${MIN_ANSWERS})`;
  if (stats.discrimination !== null && stats.discrimination < 0)
    return "Stronger students did worse: check the key";
  if (stats.facility < 30) return "Most missed it: reteach";
  if (stats.facility > 95) return "Everyone knew it";
  if (stats.discrimination !== null && stats.discrimination < 20)
    return "Does not separate: read it again";
  return "Working as intended";
}

/** Cronbach's alpha as the report shows it: only from MIN_ANSWERS students up. */
export function alphaShown(quiz: TQuizStats): number | null {
  return quiz.n < MIN_ANSWERS ? null : quiz.alpha;
}

// The assignment report's analysis, from plain data: one counted attempt per student, each
// question's mark (null while a written answer awaits its grade) and answer. No database here.

export type TAnalysedAttempt = {
  studentName: string;
  responses: ReadonlyMap<string, { mark: number | null; answer: TAnswer | undefined }>;
};

export type TQuestionAnalysis = {
  questionId: string;
  prompt: string;
  type: string;
  skill: string;
  maxMark: number;
  stats: TItemStats;
  pending: number;
  distribution: TDistributionRow[];
  misconceptions: { tag: string; feedback: string; students: string[] }[];
};

export type TItemAnalysis = {
  quiz: TQuizStats & {
    meanPercent: number | null;
    medianPercent: number | null;
    sdPercent: number | null;
    maxScore: number;
  };
  questions: TQuestionAnalysis[];
  skills: { skill: string; facility: number | null }[];
};

export function analyseItems(
  questions: readonly TQuestion[],
  attempts: readonly TAnalysedAttempt[],
  sentences: ReadonlyMap<string, string>,
): TItemAnalysis {
  // marks[student][question]: an unanswered question counts 0, a pending one is unknown.
  const marks = attempts.map((attempt) =>
    questions.map((q) => {
      const response = attempt.responses.get(q.id);
      return response ? response.mark : 0;
    }),
  );
  const totals = marks.map((row) => row.reduce<number>((sum, m) => sum + (m ?? 0), 0));
  const maxScore = questions.reduce((sum, q) => sum + q.points, 0);

  const analysis = questions.map((question, index): TQuestionAnalysis => {
    const known = marks.flatMap((row, s) =>
      row[index] === null ? [] : [{ mark: row[index] ?? 0, total: totals[s] ?? 0 }],
    );
    const answers = attempts.map((attempt) => attempt.responses.get(question.id)?.answer);
    const byTag = new Map<string, { tag: string; feedback: string; students: string[] }>();
    attempts.forEach((attempt, s) => {
      for (const shown of misconceptionsShown(question, answers[s])) {
        const entry = byTag.get(shown.misconception) ?? {
          tag: shown.misconception,
          feedback: shown.feedback,
          students: [],
        };
        entry.students.push(attempt.studentName);
        byTag.set(shown.misconception, entry);
      }
    });
    return {
      questionId: question.id,
      prompt: question.prompt,
      type: question.type,
      skill: question.skill,
      maxMark: question.points,
      stats: itemStats(
        known.map((k) => k.mark),
        known.map((k) => k.total),
        question.points,
      ),
      pending: marks.filter((row) => row[index] === null).length,
      distribution: answerDistribution(question, answers, sentences),
      misconceptions: [...byTag.values()].sort((a, b) => b.students.length - a.students.length),
    };
  });

  const skills = [...new Set(questions.map((q) => q.skill))].map((skill) => {
    const items = analysis.filter((a) => a.skill === skill && a.stats.facility !== null);
    return {
      skill,
      facility: items.length
        ? items.reduce((sum, a) => sum + (a.stats.facility ?? 0), 0) / items.length
        : null,
    };
  });
  const stats = quizStats(marks.filter((row): row is number[] => row.every((m) => m !== null)));
  return {
    quiz: {
      ...stats,
      maxScore,
      meanPercent: percentOf(stats.mean, maxScore),
      medianPercent: percentOf(stats.median, maxScore),
      sdPercent: percentOf(stats.sd, maxScore),
    },
    questions: analysis,
    skills,
  };
}
