import { csvResponse } from "@/app/lib/csv";
import { withSession } from "@/app/lib/http/routes";
import { getClassGradebook } from "@/app/lib/data/gradebook";
import { roundTo } from "@/app/lib/numbers";
import { RESULT_WORDS } from "@/app/lib/score-words";

/** A spreadsheet gets the number to one decimal (it does its own sums); screens show whole. */
const csvPercent = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : roundTo(value, 1);

/** What the class figures rest on, beside them. */
const figures = (a: { graded: number; awaiting: number }) =>
  `of ${a.graded} graded${a.awaiting > 0 ? `, ${a.awaiting} awaiting grading` : ""}`;

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
        return cell?.result.pending
          ? ["", RESULT_WORDS.awaiting.toLowerCase()]
          : [csvPercent(cell?.percent), cell?.status ?? ""];
      }),
    ]);
    const footer = [
      ["Class mean", "", ...book.assignments.flatMap((a) => [csvPercent(a.mean), figures(a)])],
      ["Class median", "", ...book.assignments.flatMap((a) => [csvPercent(a.median), figures(a)])],
    ];
    return csvResponse(`gradebook-${book.className}.csv`, [header, ...rows, ...footer]);
  });
}
