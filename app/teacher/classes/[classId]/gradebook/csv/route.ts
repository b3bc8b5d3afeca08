import { getCurrentUser } from "@/app/lib/auth/session";
import { csvResponse } from "@/app/lib/csv";
import { DomainError, UnauthenticatedError } from "@/app/lib/data/errors";
import { classGradebook } from "@/app/lib/data/gradebook";

/** The class gradebook as CSV: one row per student, a score and a status column per assignment. */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new UnauthenticatedError();
    const { classId } = await params;
    const book = await classGradebook(user, classId);
    const header = [
      "Student",
      "Username",
      ...book.assignments.flatMap((a) => [`${a.title} (%)`, `${a.title} status`]),
    ];
    const rows = book.students.map((s) => [
      s.displayName,
      s.username ?? "",
      ...book.assignments.flatMap((a) => [
        s.cells[a.id]?.percent ?? "",
        s.cells[a.id]?.status ?? "",
      ]),
    ]);
    const footer = [
      ["Class mean", "", ...book.assignments.flatMap((a) => [a.mean ?? "", ""])],
      ["Class median", "", ...book.assignments.flatMap((a) => [a.median ?? "", ""])],
    ];
    return csvResponse(`gradebook-${book.className}.csv`, [header, ...rows, ...footer]);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json({ error: error.message }, { status: error.status });
  }
}
