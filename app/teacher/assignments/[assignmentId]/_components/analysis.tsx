import { Section } from "@/components/ui/section";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { TAssignmentReport } from "@/app/lib/data/gradebook";
import { cardClass } from "@/components/ui/card";

const pct = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? "—" : `${value.toFixed(digits)}%`;

/** Quiz-level figures, then per question: Moodle's statistics, answers chosen, misconceptions. */
export function Analysis({ report }: { report: TAssignmentReport }) {
  const { quiz } = report;
  return (
    <Section id="analysis" title="Analysis" className="mt-10">
      <p className="text-muted mt-1 text-sm">
        Each student&apos;s first submitted attempt, as Moodle&apos;s quiz statistics report uses.
        Written answers still awaiting grading are left out of the figures.
      </p>
      {quiz.n < report.submitted && (
        <p className="mt-2 text-sm">
          Mean, median, SD and alpha use the {quiz.n} student{quiz.n === 1 ? "" : "s"} whose written
          answers are all graded.
        </p>
      )}
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {[
          ["Students", String(report.submitted)],
          ["Mean", pct(quiz.meanPercent)],
          ["Median", pct(quiz.medianPercent)],
          ["Standard deviation", pct(quiz.sdPercent)],
          ["Cronbach's alpha", quiz.alpha === null ? "needs 2+ students" : pct(quiz.alpha)],
        ].map(([label, value]) => (
          <div key={label} className={cardClass("rounded-md p-3")}>
            <dt className="text-muted text-sm">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      <Table className="mt-6" tableClassName="text-sm">
        <caption className="text-muted text-left">Question statistics</caption>
        <thead>
          <Tr>
            <Th>Question</Th>
            <Th>Skill</Th>
            <Th>Facility</Th>
            <Th>SD</Th>
            <Th>Discrimination</Th>
            <Th>Efficiency</Th>
          </Tr>
        </thead>
        <tbody>
          {report.questions.map((q) => (
            <Tr key={q.questionId}>
              <Th scope="row">
                <span className="font-mono">{q.questionId}</span> {q.prompt}
                {q.pending > 0 && (
                  <span className="text-muted"> ({q.pending} awaiting grading)</span>
                )}
              </Th>
              <Td>{q.skill}</Td>
              <Td>{pct(q.stats.facility)}</Td>
              <Td>{pct(q.stats.sd)}</Td>
              <Td>{pct(q.stats.discrimination)}</Td>
              <Td>{pct(q.stats.efficiency)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>

      <h3 className="mt-6 text-lg font-bold">Results by skill</h3>
      <ul className="mt-2 list-disc pl-5">
        {report.skills.map((s) => (
          <li key={s.skill}>
            <span className="capitalize">{s.skill}</span>: {pct(s.facility)} average facility
          </li>
        ))}
      </ul>

      <h3 className="mt-6 text-lg font-bold">Answers and misconceptions</h3>
      <ul className="mt-2 space-y-4">
        {report.questions.map((q) => (
          <li key={q.questionId} className={cardClass("rounded-md p-3")}>
            <p className="font-semibold">
              <span className="font-mono">{q.questionId}</span> {q.prompt}
            </p>
            <ul className="mt-2 text-sm">
              {q.distribution.map((d) => (
                <li key={d.label}>
                  {d.count} × {d.label}
                  {d.correct && <strong> (correct)</strong>}
                </li>
              ))}
            </ul>
            {q.misconceptions.length > 0 && (
              <ul className="mt-2 text-sm">
                {q.misconceptions.map((m) => (
                  <li key={m.tag}>
                    Misconception <strong>{m.tag}</strong> ({m.students.length}):{" "}
                    {m.students.join(", ")}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
