import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Metadata } from "next";
import { orNotFound } from "@/app/lib/not-found";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { ASSIGNMENT_STATE_WORDS, assignmentState } from "@/app/lib/assignment-state";
import { getClassGradebook } from "@/app/lib/data/gradebook";
import { figureText, percentText, RESULT_WORDS } from "@/app/lib/score-words";

export const metadata: Metadata = { title: "Gradebook" };

export default async function GradebookPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ sort?: string; dir?: string; page?: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { classId } = await params;
  const { sort = "name", dir = "asc", page = "1" } = await searchParams;
  const book = await orNotFound(
    getClassGradebook(user, classId, { page: Number.parseInt(page, 10) || 1 }),
  );
  const descending = dir === "desc";
  const students = [...book.students].sort((a, b) => {
    const order =
      sort === "name"
        ? a.displayName.localeCompare(b.displayName)
        : (a.cells[sort]?.percent ?? -1) - (b.cells[sort]?.percent ?? -1);
    return descending ? -order : order;
  });
  const sortLink = (key: string) =>
    `?page=${book.page}&sort=${key}&dir=${sort === key && !descending ? "desc" : "asc"}`;
  const pageLink = (to: number) => `?page=${to}&sort=${sort}&dir=${dir}`;
  const ariaSort = (key: string) =>
    sort === key ? (descending ? "descending" : "ascending") : undefined;
  return (
    <div>
      <p className="text-sm">
        <Link href={`/teacher/classes/${classId}`}>← {book.className}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Gradebook: {book.className}</h1>
      <p className="mt-2">
        <a href={`/teacher/classes/${classId}/gradebook/csv`} download>
          Download gradebook (CSV)
        </a>
      </p>
      {book.pages > 1 && (
        <nav aria-label="Gradebook pages" className="mt-4 flex flex-wrap items-center gap-4">
          <p>
            Assignments {book.first}–{book.first + book.assignments.length - 1} of {book.total},
            oldest due first
          </p>
          {book.page < book.pages && (
            <Link href={pageLink(book.page + 1)}>Earlier assignments</Link>
          )}
          {book.page > 1 && <Link href={pageLink(book.page - 1)}>Later assignments</Link>}
        </nav>
      )}
      {book.assignments.length === 0 ? (
        <p className="mt-4">No assignments yet.</p>
      ) : (
        <Table className="mt-4">
          <caption className="sr-only">
            Counted score and status per student and assignment; select a heading to sort
          </caption>
          <thead>
            <Tr>
              <Th aria-sort={ariaSort("name")}>
                <Link href={sortLink("name")}>Student</Link>
              </Th>
              {book.assignments.map((a) => (
                <Th key={a.id} aria-sort={ariaSort(a.id)}>
                  <Link href={sortLink(a.id)}>{a.title}</Link>
                  <span className="text-muted block text-xs font-normal">{a.articleTitle}</span>
                  <span className="text-muted block text-xs font-normal">
                    {ASSIGNMENT_STATE_WORDS[assignmentState(a)]}
                  </span>
                  {/* The report's link says where it goes: "(open)" read as the state. */}
                  <Link
                    href={`/teacher/assignments/${a.id}`}
                    className="text-sm font-normal"
                    aria-label={`Report: ${a.title}`}
                  >
                    Report
                  </Link>
                </Th>
              ))}
            </Tr>
          </thead>
          <tbody>
            {students.map((student) => (
              <Tr key={student.id}>
                <Th scope="row">
                  <Link href={`/teacher/classes/${classId}/students/${student.id}`}>
                    {student.displayName}
                  </Link>
                </Th>
                {book.assignments.map((a) => {
                  const cell = student.cells[a.id];
                  return (
                    <Td key={a.id}>
                      {cell?.result.pending ? (
                        <strong className="font-semibold">{RESULT_WORDS.awaiting}</strong>
                      ) : (
                        <>
                          {percentText(cell?.percent)}{" "}
                          <span className="text-muted text-sm">{cell?.status}</span>
                        </>
                      )}
                      {cell?.attemptId && (
                        <>
                          {" "}
                          {/* A plain link: a class's hundreds of cells are not worth a client
                              component and a prefetch each. */}
                          <a
                            href={`/attempts/${cell.attemptId}`}
                            className="text-sm"
                            aria-label={`Review ${student.displayName}'s ${a.title}`}
                          >
                            review
                          </a>
                        </>
                      )}
                    </Td>
                  );
                })}
              </Tr>
            ))}
          </tbody>
          <tfoot>
            <Tr>
              <Th scope="row" className="font-semibold">
                Class mean
              </Th>
              {book.assignments.map((a) => (
                <Td key={a.id}>{figureText("mean", a.mean, a)}</Td>
              ))}
            </Tr>
            <tr>
              <Th scope="row" className="font-semibold">
                Class median
              </Th>
              {book.assignments.map((a) => (
                <Td key={a.id}>{figureText("median", a.median, a)}</Td>
              ))}
            </tr>
          </tfoot>
        </Table>
      )}
    </div>
  );
}
