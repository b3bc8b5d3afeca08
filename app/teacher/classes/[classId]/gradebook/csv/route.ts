import { csvResponse } from "@/app/lib/csv";
import { withSession } from "@/app/lib/http/routes";
import { getClassGradebook } from "@/app/lib/data/gradebook";

/** The class gradebook as CSV: one row per student, a score and a status column per assignment. */
export function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }) {
  return withSession("gradebook-csv", async (user) => {
    const { classId } = await params;
    const book = await getClassGradebook(user, classId);
    const header = [
      "Student",
      "Username",
      ...book.assignments.flatMap((a) => [`${a.title} (%)`, `${a.title} status`]),
    ];
    const rows = book.students.map((s) => [
      s.displayName,
      s.username ?? "",
      ...book.assignments.flatMap((a) => {
        const cell = s.cells[a.id];
        // A score still awaiting grading is not a score: empty, and the status says why.
        return cell?.pending
          ? ["", `awaiting grading (${cell.percent ?? 0}% so far)`]
          : [cell?.percent ?? "", cell?.status ?? ""];
      }),
    ]);
    const footer = [
      ["Class mean", "", ...book.assignments.flatMap((a) => [a.mean ?? "", ""])],
      ["Class median", "", ...book.assignments.flatMap((a) => [a.median ?? "", ""])],
    ];
    return csvResponse(`gradebook-${book.className}.csv`, [header, ...rows, ...footer]);
  });
}
