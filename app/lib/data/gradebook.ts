import "server-only";
import type { AttemptStatus } from "@/app/generated/prisma/enums";
import { db } from "@/app/lib/db/client";
import { percentOf, roundTo } from "@/app/lib/numbers";
import { listSkillTotals, type TSkillTotal } from "@/app/lib/data/skills";
import { getSnapshot } from "@/app/lib/data/snapshots";
import {
  ASSIGNMENT_SELECT,
  countedAttempt,
  getAssignmentForTeacher,
  rulesFor,
  studentStatus,
  toAssignment,
  type TAssignmentRow,
  type TStudentStatus,
} from "@/app/lib/data/assignments";
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

// Gradebook and analysis read each table once for the whole class and aggregate in memory:
// a class of 40 × 30 questions with 10,000 attempts in the database stays a handful of queries.

export type TCell = {
  status: TStudentStatus;
  percent: number | null;
  attemptId: string | null;
  pending: boolean;
};

export type TGradebook = {
  className: string;
  assignments: (TAssignmentRow & { mean: number | null; median: number | null })[];
  students: {
    id: string;
    displayName: string;
    username: string | null;
    cells: Record<string, TCell>;
  }[];
};

type TAttemptRow = {
  id: string;
  studentId: string;
  assignmentId: string | null;
  status: AttemptStatus;
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number | null;
  pendingManual: boolean;
  late: boolean;
};

const ATTEMPT_ROW_SELECT = {
  id: true,
  studentId: true,
  assignmentId: true,
  status: true,
  startedAt: true,
  submittedAt: true,
  score: true,
  maxScore: true,
  pendingManual: true,
  late: true,
} as const;

const percentOfAttempt = (a: { score: number | null; maxScore: number | null }) => {
  const percent = percentOf(a.score ?? 0, a.maxScore);
  return percent === null ? null : roundTo(percent, 1);
};

function cellFor(
  assignment: TAssignmentRow,
  attempts: TAttemptRow[],
  dueAt: Date,
  now: Date,
): TCell {
  const submitted = attempts.filter((a) => a.status === "SUBMITTED");
  const counted = countedAttempt(assignment.countPolicy, submitted);
  return {
    status: studentStatus(dueAt, attempts, now),
    percent: counted ? percentOfAttempt(counted) : null,
    attemptId: counted?.id ?? attempts.at(-1)?.id ?? null,
    pending: counted?.pendingManual ?? false,
  };
}

export async function getClassGradebook(
  user: TSessionUser,
  classId: string,
  now = new Date(),
): Promise<TGradebook> {
  await assertCanManageClass(user, classId);
  const prisma = await db();
  const [klass, assignmentRows, attempts, accommodations] = await Promise.all([
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
    prisma.assignment.findMany({
      where: { classId, archivedAt: null },
      orderBy: { dueAt: "asc" },
      select: ASSIGNMENT_SELECT,
    }),
    prisma.attempt.findMany({
      where: { assignment: { classId, archivedAt: null } },
      orderBy: { startedAt: "asc" },
      select: ATTEMPT_ROW_SELECT,
    }),
    prisma.accommodation.findMany({
      where: { assignment: { classId } },
      select: {
        assignmentId: true,
        studentId: true,
        extraTimeSec: true,
        extraAttempts: true,
        dueAt: true,
      },
    }),
  ]);
  const assignments = assignmentRows.map(toAssignment);
  const byKey = new Map<string, TAttemptRow[]>();
  for (const attempt of attempts) {
    const key = `${attempt.studentId}:${attempt.assignmentId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), attempt]);
  }
  const students = klass.enrolments.map(({ student }) => {
    const cells: Record<string, TCell> = {};
    for (const assignment of assignments) {
      const accommodation = accommodations.find(
        (a) => a.assignmentId === assignment.id && a.studentId === student.id,
      );
      cells[assignment.id] = cellFor(
        assignment,
        byKey.get(`${student.id}:${assignment.id}`) ?? [],
        rulesFor(assignment, accommodation).dueAt,
        now,
      );
    }
    return { ...student, cells };
  });
  return {
    className: klass.name,
    students,
    assignments: assignments.map((assignment) => {
      // Work awaiting a teacher's grade has no final score yet: it stays out of the statistics.
      const percents = students.flatMap((s) => {
        const cell = s.cells[assignment.id];
        return !cell || cell.pending || cell.percent === null ? [] : [cell.percent];
      });
      const mean = percents.length
        ? Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10
        : null;
      return { ...assignment, mean, median: median(percents) };
    }),
  };
}

export type TAssignmentReport = {
  assignment: TAssignmentRow;
  statuses: {
    studentId: string;
    displayName: string;
    status: TStudentStatus;
    percent: number | null;
    attemptId: string | null;
    dueAt: Date;
    extraTimeSec: number;
    extraAttempts: number;
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
  const [enrolments, attempts, accommodations] = await Promise.all([
    prisma.enrolment.findMany({
      where: { classId: assignment.classId, removedAt: null },
      orderBy: { student: { displayName: "asc" } },
      select: { student: { select: { id: true, displayName: true } } },
    }),
    prisma.attempt.findMany({
      where: { assignmentId },
      orderBy: { startedAt: "asc" },
      select: {
        ...ATTEMPT_ROW_SELECT,
        articleSlug: true,
        contentVersion: true,
        responses: { select: { questionId: true, answer: true, points: true, outcome: true } },
      },
    }),
    prisma.accommodation.findMany({ where: { assignmentId } }),
  ]);

  const statuses = enrolments.map(({ student }) => {
    const accommodation = accommodations.find((a) => a.studentId === student.id);
    const own = attempts.filter((a) => a.studentId === student.id);
    const dueAt = rulesFor(assignment, accommodation).dueAt;
    const cell = cellFor(assignment, own, dueAt, now);
    return {
      studentId: student.id,
      displayName: student.displayName,
      status: cell.status,
      percent: cell.percent,
      attemptId: cell.attemptId,
      dueAt,
      extraTimeSec: accommodation?.extraTimeSec ?? 0,
      extraAttempts: accommodation?.extraAttempts ?? 0,
    };
  });

  // First submitted attempt per student, as Moodle's default.
  const firsts = new Map<string, (typeof attempts)[number]>();
  for (const attempt of attempts) {
    if (attempt.status === "SUBMITTED" && !firsts.has(attempt.studentId))
      firsts.set(attempt.studentId, attempt);
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
      attempt.responses.flatMap((response) => {
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
    percent: number | null;
    pending: boolean;
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
  return {
    student: enrolment.student,
    attempts: attempts.map((a) => ({
      id: a.id,
      title: a.assignment?.title ?? "",
      submittedAt: a.submittedAt ?? new Date(0),
      percent: percentOfAttempt(a),
      pending: a.pendingManual,
    })),
    skills: await listSkillTotals(studentId, classId),
  };
}
