import { csvResponse } from "@/app/lib/csv";
import { withSession } from "@/app/lib/http/routes";
import { listResponsesForExport } from "@/app/lib/data/exports";

/**
 * Every answer to an assignment as CSV: one row per student × question, with points and time,
 * and for a graded written answer each rubric criterion's score and the comment.
 */
export function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return withSession("responses-csv", async (user) => {
    const { assignmentId } = await params;
    const { title, rows } = await listResponsesForExport(user, assignmentId);
    return csvResponse(`responses-${title}.csv`, [
      [
        "Student",
        "Username",
        "Attempt",
        "Submitted (UTC)",
        "Question",
        "Prompt",
        "Answer",
        "Points",
        "Max points",
        "Outcome",
        "Saved (UTC)",
        "Rubric scores",
        "Teacher's comment",
      ],
      ...rows.map((r) => [
        r.student,
        r.username,
        r.attempt,
        r.submittedAt,
        r.questionId,
        r.prompt,
        r.answer,
        r.points,
        r.maxPoints,
        r.outcome,
        r.savedAt,
        r.rubric,
        r.comment,
      ]),
    ]);
  });
}
