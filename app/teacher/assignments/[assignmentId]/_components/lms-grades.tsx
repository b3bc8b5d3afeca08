import { formatInZone } from "@/app/lib/time";
import type { TUnsentScore } from "@/app/lib/data/lti-scores";
import { resendScoresAction } from "@/app/teacher/assignments/actions";
import { ActionButton } from "@/components/ui/action-form";
import { Section } from "@/components/ui/section";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { resultText } from "@/app/lib/score-words";

/**
 * For an assignment an LMS links to: the grades the LMS does not have yet, why, and when Debrief
 * tries again; or that it has them all.
 */
export function LmsGrades({
  assignmentId,
  unsent,
  timeZone,
}: {
  assignmentId: string;
  unsent: TUnsentScore[];
  timeZone: string;
}) {
  return (
    <Section id="lms-grades" title="Grades in the LMS" className="mt-8">
      {unsent.length === 0 ? (
        <p className="mt-2">The LMS has every grade of this assignment.</p>
      ) : (
        <>
          <Table className="mt-3">
            <caption className="text-left font-semibold">Grades not yet sent</caption>
            <thead>
              <Tr>
                <Th>Student</Th>
                <Th>Grade</Th>
                <Th>Why not yet</Th>
                <Th>Next try</Th>
              </Tr>
            </thead>
            <tbody>
              {unsent.map((row) => (
                <Tr key={row.studentId}>
                  <Th scope="row">{row.studentName}</Th>
                  <Td>
                    {resultText(
                      {
                        submitted: true,
                        score: row.scoreGiven,
                        maxScore: row.scoreMaximum,
                        pending: row.gradingProgress === "PendingManual",
                      },
                      { withPoints: true },
                    )}
                  </Td>
                  <Td>{row.lastError || "Sending…"}</Td>
                  <Td>{row.tries === 0 ? "Now" : formatInZone(row.nextTryAt, timeZone)}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <div className="mt-3">
            <ActionButton action={resendScoresAction} fields={{ assignmentId }}>
              Send now
            </ActionButton>
          </div>
        </>
      )}
    </Section>
  );
}
