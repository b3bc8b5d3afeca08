import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { NotFoundError } from "@/app/lib/data/errors";
import { studentInClass } from "@/app/lib/data/gradebook";
import { formatInZone } from "@/app/lib/time";
import { ScoreChart } from "@/components/ui/score-chart";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({
  params,
}: {
  params: Promise<{ classId: string; studentId: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { classId, studentId } = await params;
  const report = await studentInClass(user, classId, studentId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const timeZone = await viewerTimeZone();
  const chart = report.attempts.map((a, index) => ({
    label: String(index + 1),
    percent: a.percent ?? 0,
  }));
  return (
    <div>
      <p className="text-sm">
        <Link href={`/teacher/classes/${classId}/gradebook`}>← Gradebook</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{report.student.displayName}</h1>
      <p className="text-muted">Username {report.student.username}</p>
      <section aria-labelledby="history-heading" className="mt-6">
        <h2 id="history-heading" className="text-xl font-bold">
          Score history
        </h2>
        {chart.length === 0 ? (
          <p className="mt-2">No submitted assignments yet.</p>
        ) : (
          <>
            <ScoreChart points={chart} title={`${report.student.displayName}'s scores over time`} />
            <table className="mt-3 border-collapse text-left">
              <caption className="text-muted text-left text-sm">
                Submitted attempts, oldest first
              </caption>
              <thead>
                <tr className="border-line border-b">
                  <th scope="col" className="p-2">
                    #
                  </th>
                  <th scope="col" className="p-2">
                    Assignment
                  </th>
                  <th scope="col" className="p-2">
                    Submitted
                  </th>
                  <th scope="col" className="p-2">
                    Score
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.attempts.map((a, index) => (
                  <tr key={a.id} className="border-line border-b">
                    <td className="p-2">{index + 1}</td>
                    <td className="p-2">
                      <Link href={`/attempts/${a.id}`}>{a.title}</Link>
                    </td>
                    <td className="p-2">{formatInZone(a.submittedAt, timeZone)}</td>
                    <td className="p-2">
                      {a.percent ?? 0}%{a.pending && " (awaiting grading)"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <section aria-labelledby="skills-heading" className="mt-8">
        <h2 id="skills-heading" className="text-xl font-bold">
          By skill
        </h2>
        <table className="mt-3 border-collapse text-left">
          <caption className="sr-only">Points per skill in this class</caption>
          <thead>
            <tr className="border-line border-b">
              <th scope="col" className="p-2">
                Skill
              </th>
              <th scope="col" className="p-2">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {report.skills.map((s) => (
              <tr key={s.skill} className="border-line border-b">
                <th scope="row" className="p-2 font-normal capitalize">
                  {s.skill}
                </th>
                <td className="p-2">
                  {Math.round(s.points * 100) / 100} / {s.maxPoints}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
