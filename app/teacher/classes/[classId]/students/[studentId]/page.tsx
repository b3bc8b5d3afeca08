import { Section } from "@/components/ui/section";
import type { Metadata } from "next";
import { orNotFound } from "@/app/lib/not-found";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { getStudentInClass } from "@/app/lib/data/gradebook";
import { formatInZone } from "@/app/lib/time";
import { ScoreHistory, SkillTable } from "@/components/ui/score-history";
import { resultText } from "@/app/lib/score-words";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { listStudentAnnotations } from "@/app/lib/data/annotations";
import { AnnotationList } from "@/components/reading/annotation-list";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({
  params,
}: {
  params: Promise<{ classId: string; studentId: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { classId, studentId } = await params;
  const [report, annotations] = await orNotFound(
    Promise.all([
      getStudentInClass(user, classId, studentId),
      listStudentAnnotations(user, classId, studentId),
    ]),
  );
  const timeZone = await viewerTimeZone();
  return (
    <div>
      <p className="text-sm">
        <Link href={`/teacher/classes/${classId}/gradebook`}>← Gradebook</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{report.student.displayName}</h1>
      <p className="text-muted">Username {report.student.username}</p>
      <Section id="history" title="Score history" className="mt-6">
        {report.attempts.length === 0 ? (
          <p className="mt-2">No submitted assignments yet.</p>
        ) : (
          <ScoreHistory
            chartTitle={`${report.student.displayName}'s scores over time`}
            rows={report.attempts.map((a) => ({
              id: a.id,
              title: a.title,
              href: `/attempts/${a.id}`,
              when: formatInZone(a.submittedAt, timeZone),
              result: a.result,
            }))}
          />
        )}
      </Section>
      <Section id="practice" title="Practice" className="mt-8">
        <p className="text-muted mt-1 text-sm">
          Practice on the articles this class has been assigned: not graded, and not part of any
          score above.
        </p>
        {report.practice.length === 0 ? (
          <p className="mt-2">No practice yet.</p>
        ) : (
          <Table className="mt-3">
            <caption className="sr-only">
              {report.student.displayName}&apos;s practice attempts
            </caption>
            <thead>
              <Tr>
                <Th>Quiz</Th>
                <Th>Started</Th>
                <Th>Result</Th>
              </Tr>
            </thead>
            <tbody>
              {report.practice.map((attempt) => (
                <Tr key={attempt.id}>
                  <Th scope="row">{attempt.title}</Th>
                  <Td>{formatInZone(attempt.startedAt, timeZone)}</Td>
                  <Td>{resultText(attempt.result, { withPoints: true })}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
      <Section id="skills" title="By skill" className="mt-8">
        <SkillTable skills={report.skills} />
      </Section>
      <Section id="notes" title="Highlights and notes" className="mt-8">
        <p className="text-muted mt-1 text-sm">
          What {report.student.displayName} marked while reading the articles this class has been
          assigned, with the words as the version they read had them.
        </p>
        {annotations.length === 0 ? (
          <p className="mt-2">No highlights yet.</p>
        ) : (
          <AnnotationList groups={annotations} />
        )}
      </Section>
    </div>
  );
}
