import { Section } from "@/components/ui/section";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { TAssignmentReport } from "@/app/lib/data/gradebook";
import { alphaShown, itemVerdict } from "@/app/lib/quiz/item-analysis";
import { MIN_ANSWERS } from "@/app/lib/quiz/statistics";
import { cardClass } from "@/components/ui/card";
import { figureText, percentText } from "@/app/lib/score-words";

/** Each figure in a sentence: what it means and what to do about a low one. */
const FIGURES: [string, string][] = [
  [
    "Facility",
    "the share of the marks the class earned on the question. Under 30%: most students missed it — reteach the point, or check the question is clear. Over 95%: everyone knew it.",
  ],
  ["SD", "how far students' marks on the question differed from each other."],
  [
    "Discrimination",
    "whether students who did well on the whole quiz also did well on this question (−100% to 100%). Under 20%, and above all below zero, the question may be unclear or its key arguable: read it again.",
  ],
  [
    "Efficiency",
    "the discrimination compared with the most this question could reach, given how hard it was.",
  ],
  [
    "Cronbach's alpha",
    `how consistently the questions measure the same understanding (shown from ${MIN_ANSWERS} students). Over 70% is good for a class quiz; low means the questions test different things.`,
  ],
  ["Mean, median, SD", "of the students' total scores, as a share of the quiz's marks."],
];

/** Quiz-level figures, then per question: Moodle's statistics, answers chosen, misconceptions. */
export function Analysis({ report }: { report: TAssignmentReport }) {
  const { quiz } = report;
  // The figures rest on students whose written answers are all graded.
  const counts = { graded: quiz.n, awaiting: report.submitted - quiz.n };
  if (report.submitted === 0) {
    return (
      <Section id="analysis" title="Analysis" className="mt-10">
        <p className="mt-2">
          The analysis appears once a student has handed in: how hard each question was, which wrong
          answers were chosen, and what they say about the class.
        </p>
      </Section>
    );
  }
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
          ["Mean", figureText("mean", quiz.meanPercent, counts)],
          ["Median", figureText("median", quiz.medianPercent, counts)],
          ["Standard deviation", percentText(quiz.sdPercent)],
          [
            "Cronbach's alpha",
            alphaShown(quiz) === null
              ? `too few answers yet (needs ${MIN_ANSWERS})`
              : percentText(alphaShown(quiz)),
          ],
        ].map(([label, value]) => (
          <div key={label} className={cardClass("rounded-md p-3")}>
            <dt className="text-muted text-sm">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      <details className="mt-4">
        <summary className="cursor-pointer font-semibold">What these figures mean</summary>
        <dl className="mt-2 space-y-2 text-sm">
          {FIGURES.map(([term, meaning]) => (
            <div key={term}>
              <dt className="inline font-semibold">{term}:</dt>{" "}
              <dd className="inline">{meaning}</dd>
            </div>
          ))}
        </dl>
      </details>

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
            <Th>What to look at</Th>
          </Tr>
        </thead>
        <tbody>
          {report.questions.map((q) => (
            <Tr key={q.questionId}>
              <Th scope="row">
                {q.prompt} <span className="text-muted font-mono text-xs">({q.questionId})</span>
                {q.pending > 0 && (
                  <span className="text-muted"> ({q.pending} awaiting grading)</span>
                )}
              </Th>
              <Td>{q.skill}</Td>
              <Td>{percentText(q.stats.facility)}</Td>
              <Td>{percentText(q.stats.sd)}</Td>
              <Td>{percentText(q.stats.discrimination)}</Td>
              <Td>{percentText(q.stats.efficiency)}</Td>
              <Td>{itemVerdict(q.stats)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>

      <h3 className="mt-6 text-lg font-bold">Results by skill</h3>
      <ul className="mt-2 list-disc pl-5">
        {report.skills.map((s) => (
          <li key={s.skill}>
            <span className="capitalize">{s.skill}</span>: {percentText(s.facility)} average
            facility
          </li>
        ))}
      </ul>

      <h3 className="mt-6 text-lg font-bold">Answers and misconceptions</h3>
      <ul className="mt-2 space-y-4">
        {report.questions.map((q) => (
          <li key={q.questionId} className={cardClass("rounded-md p-3")}>
            <p className="font-semibold">
              {q.prompt} <span className="text-muted font-mono text-xs">({q.questionId})</span>
            </p>
            <ul className="mt-2 text-sm">
              {q.distribution.map((d) => (
                <li key={d.label} className="mt-1">
                  {d.count} ×{" "}
                  {d.label.includes("; ") ? (
                    // Several parts (a matching, an ordering, a sort): one per line.
                    <ul className="ml-5 list-disc">
                      {d.label.split("; ").map((part) => (
                        <li key={part}>{part}</li>
                      ))}
                    </ul>
                  ) : (
                    d.label
                  )}
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
