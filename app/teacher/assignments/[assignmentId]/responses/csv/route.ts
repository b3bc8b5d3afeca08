import { getCurrentUser } from "@/app/lib/auth/session";
import { csvResponse } from "@/app/lib/csv";
import { responsesForExport } from "@/app/lib/data/exports";
import { DomainError, UnauthenticatedError } from "@/app/lib/data/errors";

/** Every answer to an assignment as CSV: one row per student × question, with points and time. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ assignmentId: string }> },
) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new UnauthenticatedError();
    const { assignmentId } = await params;
    const { title, rows } = await responsesForExport(user, assignmentId);
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
      ]),
    ]);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json({ error: error.message }, { status: error.status });
  }
}
