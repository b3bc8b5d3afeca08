import "server-only";
import { countAnnotations } from "@/app/lib/data/annotations";
import type { TAnnotationCount } from "@/app/lib/reading/annotations";
import type { TReadingLevel } from "@/app/lib/article/schema";
import { levelOr, readingLevelFor, type TLevelSource } from "@/app/lib/reading/support";
import { db } from "@/app/lib/db/client";
import { finalPercent, type TResultFacts } from "@/app/lib/score-words";
import { listSkillTotals, type TSkillTotal } from "@/app/lib/data/skills";
import { getSnapshot } from "@/app/lib/data/snapshots";
import { quizTitle } from "@/app/lib/data/attempts";
import {
  ASSIGNMENT_SELECT,
  rulesFor,
  statusFromCounts,
  toAssignment,
  type TAssignmentRow,
  type TStudentStatus,
} from "@/app/lib/data/assignment-rows";
import { withArticleTitles } from "@/app/lib/data/article-packs";
import { articlesAssignedTo, getAssignmentForTeacher } from "@/app/lib/data/assignments";
import { listStandings, type TStanding } from "@/app/lib/data/standings";
import { assertCanManageClass } from "@/app/lib/data/permissions";
import { NotFoundError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { readAnswer } from "@/app/lib/quiz/answers";
import {
  analyseItems,
  type TAnalysedAttempt,
  type TItemAnalysis,
} from "@/app/lib/quiz/item-analysis";
import { median } from "@/app/lib/quiz/statistics";

// Gradebook and analysis read where each student stands, aggregated in the database
// (data/standings.ts), never the attempts themselves: their cost follows the class's size, not
// how many attempts it has made.

export type TCell = {
  status: TStudentStatus;
  /** What is known of the counted attempt's score (score-words.ts says how it is shown). */
  result: TResultFacts;
  /** The counted attempt's final percentage; null while none is submitted or it awaits grading. */
  percent: number | null;
  attemptId: string | null;
};

export type TGradebook = {
  className: string;
  /** Which stretch of assignments this is: 1 is the latest, higher pages go back in time. */
  page: number;
  pages: number;
  /** Position of the first assignment shown among all live ones (oldest due is 1). */
  first: number;
  /** Live assignments in all pages. */
  total: number;
  assignments: (TAssignmentRow & {
    articleTitle: string;
    mean: number | null;
    median: number | null;
    /** What the mean and median rest on: final scores, and counted attempts awaiting grading. */
    graded: number;
    awaiting: number;
  })[];
  students: {
    id: string;
    displayName: string;
    username: string | null;
    cells: Record<string, TCell>;
  }[];
};

const NO_ATTEMPTS = { submitted: 0, submittedOnTime: 0, open: 0 };

function cellFor(standing: TStanding | undefined, dueAt: Date, now: Date): TCell {
  const counted = standing?.counted;
  const result: TResultFacts = {
    submitted: Boolean(counted),
    score: counted?.score ?? null,
    maxScore: counted?.maxScore ?? null,
    pending: counted?.pending ?? false,
  };
  return {
    status: statusFromCounts(standing ?? NO_ATTEMPTS, dueAt, now),
    result,
    percent: finalPercent(result),
    attemptId: counted?.id ?? standing?.lastId ?? null,
  };
}

const standingKey = (s: { studentId: string; assignmentId: string }) =>
  `${s.studentId}:${s.assignmentId}`;

/** How many assignments the gradebook page shows at once; a school year has a hundred. */
export const GRADEBOOK_PAGE_SIZE = 10;

/**
 * A class's gradebook over its live assignments, oldest due first. With `page`, only that stretch
 * of GRADEBOOK_PAGE_SIZE assignments (1: the latest) is read and aggregated; without it, all (CSV).
 */
export async function getClassGradebook(
  user: TSessionUser,
  classId: string,
  { page, now = new Date() }: { page?: number; now?: Date } = {},
): Promise<TGradebook> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const live = await prisma.assignment.findMany({
    where: { classId, archivedAt: null },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: ASSIGNMENT_SELECT,
  });
  const pages = page === undefined ? 1 : Math.max(1, Math.ceil(live.length / GRADEBOOK_PAGE_SIZE));
  const shownPage = Math.min(Math.max(1, page ?? 1), pages);
  // Pages count back from the latest: page 1 ends at the last assignment.
  const end =
    page === undefined ? live.length : live.length - (shownPage - 1) * GRADEBOOK_PAGE_SIZE;
  const start = page === undefined ? 0 : Math.max(0, end - GRADEBOOK_PAGE_SIZE);
  const assignments = live.slice(start, end).map(toAssignment);
  const assignmentIds = assignments.map((a) => a.id);
  const [klass, standings, accommodations] = await Promise.all([
    prisma.class.findUniqueOrThrow({
      where: { id: classId },
      select: {
        name: true,
        enrolments: {
          where: { removedAt: null },
          orderBy: { student: { displayName: "asc" } },
          select: { student: { select: { id: true, displayName: true, username: true } } },
        },
      },
    }),
    listStandings(assignmentIds),
    prisma.accommodation.findMany({
      where: { assignmentId: { in: assignmentIds } },
      select: {
        assignmentId: true,
        studentId: true,
        extraTimeSec: true,
        extraAttempts: true,
        dueAt: true,
      },
    }),
  ]);
  const byKey = new Map(standings.map((s) => [standingKey(s), s]));
  const accommodationByKey = new Map(accommodations.map((a) => [standingKey(a), a]));
  const students = klass.enrolments.map(({ student }) => {
    const cells: Record<string, TCell> = {};
    for (const assignment of assignments) {
      const key = standingKey({ studentId: student.id, assignmentId: assignment.id });
      const dueAt = rulesFor(assignment, accommodationByKey.get(key)).dueAt;
      cells[assignment.id] = cellFor(byKey.get(key), dueAt, now);
    }
    return { ...student, cells };
  });
  return {
    className: klass.name,
    page: shownPage,
    pages,
    first: start + 1,
    total: live.length,
    students,
    assignments: await withArticleTitles(
      assignments.map((assignment) => {
        // Work awaiting a teacher's grade has no final score yet: it stays out of the statistics.
        const cells = students.flatMap((s) => s.cells[assignment.id] ?? []);
        const percents = cells.flatMap((cell) => (cell.percent === null ? [] : [cell.percent]));
        const mean = percents.length ? percents.reduce((a, b) => a + b, 0) / percents.length : null;
        return {
          ...assignment,
          mean,
          median: median(percents),
          graded: percents.length,
          awaiting: cells.filter((cell) => cell.result.pending).length,
        };
      }),
    ),
  };
}

export type TAssignmentReport = {
  assignment: TAssignmentRow;
  statuses: {
    studentId: string;
    displayName: string;
    status: TStudentStatus;
    result: TResultFacts;
    attemptId: string | null;
    dueAt: Date;
    extraTimeSec: number;
    extraAttempts: number;
    /** The level this assignment opens at for the student, and who set it. */
    reading: { level: TReadingLevel; source: TLevelSource };
    /** The level the counted attempt was read at. */
    readAt: TReadingLevel | null;
    /** Their highlights and notes on the assignment's article. */
    annotations: TAnnotationCount;
  }[];
  /** Students with a submitted attempt; quiz.n counts those whose answers are all graded. */
  submitted: number;
} & TItemAnalysis;

/** Statuses of every student, and item analysis over each student's first submitted attempt. */
export async function getAssignmentReport(
  user: TSessionUser,
  assignmentId: string,
  now = new Date(),
): Promise<TAssignmentReport> {
  const assignment = await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const [enrolments, standings, submittedRows, accommodations] = await Promise.all([
    prisma.enrolment.findMany({
      where: { classId: assignment.classId, removedAt: null },
      orderBy: { student: { displayName: "asc" } },
      select: { readingLevel: true, student: { select: { id: true, displayName: true } } },
    }),
    listStandings([assignmentId]),
    // Only the keys of submitted attempts, oldest first; answers are read for the firsts alone.
    prisma.attempt.findMany({
      where: { assignmentId, status: "SUBMITTED" },
      orderBy: { startedAt: "asc" },
      select: { id: true, studentId: true, articleSlug: true, contentVersion: true },
    }),
    prisma.accommodation.findMany({ where: { assignmentId } }),
  ]);

  const byStudent = new Map(standings.map((s) => [s.studentId, s]));
  const annotations = await countAnnotations(
    assignment.articleSlug,
    enrolments.map((e) => e.student.id),
  );
  const readAt = new Map(
    (
      await prisma.attempt.findMany({
        where: { id: { in: standings.map((s) => s.counted?.id ?? s.lastId) } },
        select: { id: true, readingLevel: true },
      })
    ).map((attempt) => [attempt.id, attempt.readingLevel]),
  );
  const statuses = enrolments.map(({ student, readingLevel }) => {
    const accommodation = accommodations.find((a) => a.studentId === student.id);
    const dueAt = rulesFor(assignment, accommodation).dueAt;
    const cell = cellFor(byStudent.get(student.id), dueAt, now);
    return {
      studentId: student.id,
      displayName: student.displayName,
      status: cell.status,
      result: cell.result,
      attemptId: cell.attemptId,
      dueAt,
      extraTimeSec: accommodation?.extraTimeSec ?? 0,
      extraAttempts: accommodation?.extraAttempts ?? 0,
      reading: readingLevelFor({
        assignment: accommodation?.readingLevel,
        classes: [readingLevel],
      }),
      readAt: cell.attemptId ? levelOr(readAt.get(cell.attemptId)) : null,
      annotations: annotations.get(student.id) ?? { highlights: 0, notes: 0 },
    };
  });

  // First submitted attempt per student, as Moodle's default.
  const firsts = new Map<string, (typeof submittedRows)[number]>();
  for (const attempt of submittedRows) {
    if (!firsts.has(attempt.studentId)) firsts.set(attempt.studentId, attempt);
  }
  const responses = await prisma.response.findMany({
    where: { attemptId: { in: [...firsts.values()].map((a) => a.id) } },
    select: { attemptId: true, questionId: true, answer: true, points: true, outcome: true },
  });
  const responsesOf = new Map<string, typeof responses>();
  for (const response of responses) {
    const own = responsesOf.get(response.attemptId);
    if (own) own.push(response);
    else responsesOf.set(response.attemptId, [response]);
  }
  const names = new Map(enrolments.map((e) => [e.student.id, e.student.displayName]));
  const sample = [...firsts.values()];
  const snapshot = sample[0]
    ? await getSnapshot(sample[0].articleSlug, sample[0].contentVersion)
    : null;
  const questions = assignment.questionIds.flatMap((id) => {
    const question = snapshot?.questions.find((q) => q.id === id);
    return question ? [question] : [];
  });
  const analysed: TAnalysedAttempt[] = sample.map((attempt) => ({
    studentName: names.get(attempt.studentId) ?? "A former student",
    responses: new Map(
      (responsesOf.get(attempt.id) ?? []).flatMap((response) => {
        const question = questions.find((q) => q.id === response.questionId);
        if (!question) return [];
        const mark = response.outcome === "pending" ? null : (response.points ?? 0);
        return [[question.id, { mark, answer: readAnswer(question, response.answer) }] as const];
      }),
    ),
  }));
  const sentences = new Map((snapshot?.sentences ?? []).map((s) => [s.id, s.text]));
  return {
    assignment,
    statuses,
    submitted: sample.length,
    ...analyseItems(questions, analysed, sentences),
  };
}

/** One student's work in a class: every assignment attempt over time, and points per skill. */
export async function getStudentInClass(
  user: TSessionUser,
  classId: string,
  studentId: string,
): Promise<{
  student: { id: string; displayName: string; username: string | null };
  attempts: {
    id: string;
    title: string;
    submittedAt: Date;
    result: TResultFacts;
  }[];
  /** Practice on the articles this class has assigned: not graded, shown so nothing is hidden. */
  practice: {
    id: string;
    title: string;
    startedAt: Date;
    submittedAt: Date | null;
    result: TResultFacts;
  }[];
  skills: TSkillTotal[];
}> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const enrolment = await prisma.enrolment.findFirst({
    where: { classId, studentId, removedAt: null },
    select: { student: { select: { id: true, displayName: true, username: true } } },
  });
  if (!enrolment) throw new NotFoundError("We could not find that student in this class.");
  const attempts = await prisma.attempt.findMany({
    where: { studentId, status: "SUBMITTED", assignment: { classId } },
    orderBy: { submittedAt: "asc" },
    select: {
      id: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      pendingManual: true,
      assignment: { select: { title: true } },
    },
  });
  const assigned = await articlesAssignedTo(classId);
  const practice = await prisma.attempt.findMany({
    where: {
      studentId,
      assignmentId: null,
      articleSlug: { in: assigned },
    },
    orderBy: { startedAt: "asc" },
    select: {
      id: true,
      articleSlug: true,
      quizId: true,
      contentVersion: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      pendingManual: true,
    },
  });
  return {
    student: enrolment.student,
    practice: await Promise.all(
      practice.map(async (a) => ({
        id: a.id,
        title: quizTitle(await getSnapshot(a.articleSlug, a.contentVersion), a.quizId),
        startedAt: a.startedAt,
        submittedAt: a.submittedAt,
        result: {
          submitted: a.submittedAt !== null,
          score: a.score,
          maxScore: a.maxScore,
          pending: a.pendingManual,
        },
      })),
    ),
    attempts: attempts.map((a) => ({
      id: a.id,
      title: a.assignment?.title ?? "",
      submittedAt: a.submittedAt ?? new Date(0),
      result: { submitted: true, score: a.score, maxScore: a.maxScore, pending: a.pendingManual },
    })),
    skills: await listSkillTotals(studentId, classId),
  };
}
