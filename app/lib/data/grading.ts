import "server-only";
import { noteScoreChange } from "@/app/lib/data/lti-scores";
import { db } from "@/app/lib/db/client";
import { recomputeAttemptScoreSql } from "@/app/lib/data/raw-sql";
import { decodeCriteria } from "@/app/lib/data/columns";
import {
  ASSIGNMENT_FEEDBACK_SELECT,
  assignmentFeedback,
  type TAssignmentFeedback,
} from "@/app/lib/data/feedback";
import { getSnapshot } from "@/app/lib/data/snapshots";
import { InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { canReadAttempt, requireRole } from "@/app/lib/data/permissions";
import { getAssignmentForTeacher } from "@/app/lib/data/assignments";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { readAnswer } from "@/app/lib/quiz/answers";
import type { TAnswerOf } from "@/app/lib/quiz/kinds";

// Written (claim–evidence–reasoning) answers are scored by the teacher against the rubric stored
// with the question. A grade updates the response, then the attempt's score and "pending" flag are
// recomputed from the stored points in the same batch, so concurrent grading cannot lose a point.

export type TGradingItem = {
  responseId: string;
  attemptId: string;
  studentId: string;
  studentName: string;
  questionId: string;
  prompt: string;
  sides: { id: string; text: string }[];
  rubric: { id: string; label: string; points: number; description: string }[];
  answer: TAnswerOf<"cer">;
  evidence: { id: string; text: string }[];
  grade: { points: number; comment: string; criteria: Record<string, number> } | null;
};

/** Written answers of an assignment's submitted attempts, ungraded first. */
export async function listGradingQueue(
  user: TSessionUser,
  assignmentId: string,
): Promise<TGradingItem[]> {
  await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const rows = await prisma.response.findMany({
    where: {
      attempt: { assignmentId, status: "SUBMITTED" },
      OR: [{ outcome: "pending" }, { grade: { isNot: null } }],
    },
    orderBy: [{ savedAt: "asc" }],
    select: {
      id: true,
      questionId: true,
      answer: true,
      grade: { select: { points: true, comment: true, criteria: true } },
      attempt: {
        select: {
          id: true,
          articleSlug: true,
          contentVersion: true,
          student: { select: { id: true, displayName: true } },
        },
      },
    },
  });
  const items: TGradingItem[] = [];
  for (const row of rows) {
    const snapshot = await getSnapshot(row.attempt.articleSlug, row.attempt.contentVersion);
    const question = snapshot.questions.find((q) => q.id === row.questionId);
    if (question?.type !== "cer") continue;
    const answer = readAnswer(question, row.answer);
    if (!answer) continue;
    items.push({
      responseId: row.id,
      attemptId: row.attempt.id,
      studentId: row.attempt.student.id,
      studentName: row.attempt.student.displayName,
      questionId: question.id,
      prompt: question.prompt,
      sides: question.sides,
      rubric: question.rubric,
      answer,
      evidence: answer.evidence.map((id) => ({
        id,
        text: snapshot.sentences.find((s) => s.id === id)?.text ?? id,
      })),
      grade: row.grade ? { ...row.grade, criteria: decodeCriteria(row.grade.criteria) } : null,
    });
  }
  return items.sort((a, b) => Number(a.grade !== null) - Number(b.grade !== null));
}

export async function gradeWrittenAnswer(
  user: TSessionUser,
  responseId: string,
  input: { criteria: Record<string, number>; comment: string },
): Promise<{
  assignmentId: string;
  feedback: TAssignmentFeedback | null;
  /** What was stored, for the message that says so. */
  studentName: string;
  points: number;
  maxPoints: number;
}> {
  const prisma = await db();
  const row = await prisma.response.findUnique({
    where: { id: responseId },
    select: {
      attemptId: true,
      questionId: true,
      attempt: {
        select: {
          studentId: true,
          student: { select: { displayName: true } },
          status: true,
          articleSlug: true,
          contentVersion: true,
          assignmentId: true,
          assignment: ASSIGNMENT_FEEDBACK_SELECT,
        },
      },
    },
  });
  // Only the teacher of the class the answer was written for grades it.
  requireRole(user, "TEACHER");
  if (
    !row?.attempt.assignmentId ||
    !canReadAttempt(user, {
      studentId: row.attempt.studentId,
      classTeacherId: row.attempt.assignment?.class.teacherId ?? null,
    })
  )
    throw new NotFoundError("We could not find that answer.");
  if (row.attempt.status !== "SUBMITTED")
    throw new InvalidInputError("Only submitted answers can be graded.");
  const snapshot = await getSnapshot(row.attempt.articleSlug, row.attempt.contentVersion);
  const question = snapshot.questions.find((q) => q.id === row.questionId);
  if (question?.type !== "cer")
    throw new InvalidInputError("Only written answers are graded by hand.");
  for (const criterion of question.rubric) {
    const given = input.criteria[criterion.id];
    if (given === undefined || !Number.isInteger(given) || given < 0 || given > criterion.points) {
      throw new InvalidInputError(
        given === undefined || Number.isNaN(given)
          ? `Give ${criterion.label} a score from 0 to ${criterion.points}: it is blank.`
          : `Give ${criterion.label} a whole number from 0 to ${criterion.points}.`,
        `criterion_${criterion.id}`,
      );
    }
  }
  const criteria = Object.fromEntries(
    question.rubric.map((c) => [c.id, input.criteria[c.id] ?? 0]),
  );
  const points = Object.values(criteria).reduce((sum, value) => sum + value, 0);
  const outcome = points >= question.points ? "correct" : points > 0 ? "partial" : "incorrect";
  const data = {
    criteria: JSON.stringify(criteria),
    points,
    comment: input.comment,
    graderId: user.id,
    gradedAt: new Date(),
  };
  await prisma.$transaction([
    prisma.writtenGrade.upsert({
      where: { responseId },
      create: { responseId, ...data },
      update: data,
      select: { responseId: true },
    }),
    prisma.response.update({
      where: { id: responseId },
      data: { points, outcome },
      select: { id: true },
    }),
    prisma.$executeRaw(recomputeAttemptScoreSql(row.attemptId)),
  ]);
  await noteScoreChange(row.attempt.assignmentId, row.attempt.studentId);
  return {
    assignmentId: row.attempt.assignmentId,
    feedback: assignmentFeedback(row.attempt.assignment),
    studentName: row.attempt.student.displayName,
    points,
    maxPoints: question.points,
  };
}
