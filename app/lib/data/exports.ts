import "server-only";
import { db } from "@/app/lib/db/client";
import { decodeAttemptOrder, decodeCriteria } from "@/app/lib/data/columns";
import { getSnapshot } from "@/app/lib/data/snapshots";
import { getAssignmentForTeacher } from "@/app/lib/data/assignments";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { readAnswer } from "@/app/lib/quiz/answers";
import { describeAnswer } from "@/app/lib/quiz/describe";

/** "Claim 1/1; Evidence 2/2; Reasoning 2/3" */
function rubricText(
  rubric: readonly { id: string; label: string; points: number }[],
  criteria: Record<string, number>,
): string {
  return rubric.map((c) => `${c.label} ${criteria[c.id] ?? 0}/${c.points}`).join("; ");
}

/** One row per student × question of every submitted attempt, answers in words. */
export async function listResponsesForExport(user: TSessionUser, assignmentId: string) {
  const assignment = await getAssignmentForTeacher(user, assignmentId);
  const prisma = await db();
  const attempts = await prisma.attempt.findMany({
    where: { assignmentId, status: "SUBMITTED" },
    orderBy: [{ student: { displayName: "asc" } }, { startedAt: "asc" }],
    select: {
      id: true,
      articleSlug: true,
      contentVersion: true,
      questionOrder: true,
      submittedAt: true,
      student: { select: { displayName: true, username: true } },
      responses: {
        select: {
          questionId: true,
          answer: true,
          points: true,
          maxPoints: true,
          outcome: true,
          savedAt: true,
          grade: { select: { criteria: true, comment: true } },
        },
      },
    },
  });
  const rows = [];
  for (const attempt of attempts) {
    const snapshot = await getSnapshot(attempt.articleSlug, attempt.contentVersion);
    const sentences = new Map(snapshot.sentences.map((s) => [s.id, s.text]));
    const order = decodeAttemptOrder(attempt.questionOrder).questions;
    for (const questionId of order) {
      const question = snapshot.questions.find((q) => q.id === questionId);
      if (!question) continue;
      const response = attempt.responses.find((r) => r.questionId === questionId);
      rows.push({
        student: attempt.student.displayName,
        username: attempt.student.username ?? "",
        attempt: attempt.id,
        submittedAt: attempt.submittedAt?.toISOString() ?? "",
        questionId,
        prompt: question.prompt,
        answer: describeAnswer(
          question,
          response ? readAnswer(question, response.answer) : undefined,
          sentences,
        ),
        points: response?.points ?? (response?.outcome === "pending" ? "" : 0),
        maxPoints: question.points,
        outcome: response?.outcome ?? "unanswered",
        savedAt: response?.savedAt.toISOString() ?? "",
        // A written answer's grade as the teacher gave it: each criterion, and the comment.
        rubric:
          question.type === "cer" && response?.grade
            ? rubricText(question.rubric, decodeCriteria(response.grade.criteria))
            : "",
        comment: response?.grade?.comment ?? "",
      });
    }
  }
  return { title: assignment.title, rows };
}
