import { plural } from "@/app/lib/words";
import { Section } from "@/components/ui/section";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Metadata } from "next";
import { orNotFound } from "@/app/lib/not-found";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { ASSIGNMENT_STATE_WORDS, assignmentState } from "@/app/lib/assignment-state";
import { getAssignedPack } from "@/app/lib/data/article-packs";
import { newerVersionFor } from "@/app/lib/data/assignments";
import { getAssignmentReport } from "@/app/lib/data/gradebook";
import { formatInZone, utcToZonedLocal } from "@/app/lib/time";
import {
  closeAssignmentAction,
  deleteAssignmentAction,
  moveAssignmentVersionAction,
  setAccommodationAction,
  updateAssignmentAction,
} from "@/app/teacher/assignments/actions";
import { ActionButton, ActionForm } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { READING_LEVELS } from "@/app/lib/article/schema";
import { LEVEL_NAMES, levelSetText, readAtText } from "@/app/lib/reading/support";
import { SubmitButton } from "@/components/ui/submit-button";
import { AssignmentForm } from "@/app/teacher/_components/assignment-form";
import { Analysis } from "./_components/analysis";
import { LmsGrades } from "./_components/lms-grades";
import { listUnsentScores } from "@/app/lib/data/lti-scores";
import { resultText } from "@/app/lib/score-words";
import { annotationCountText } from "@/app/lib/reading/annotations";

export const metadata: Metadata = { title: "Assignment" };

const POLICY = { HIGHEST: "highest", LATEST: "latest", FIRST: "first" } as const;
const FEEDBACK = {
  IMMEDIATE: "immediately",
  AFTER_DUE: "after the due date",
  NEVER: "never",
} as const;

export default async function AssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ moved?: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { assignmentId } = await params;
  const report = await orNotFound(getAssignmentReport(user, assignmentId));
  const { assignment } = report;
  const [own, newer, timeZone, lms] = await Promise.all([
    // Its article stays editable here, at its pinned version, even if its author has since
    // stopped sharing it.
    getAssignedPack(assignment),
    newerVersionFor(user, assignment),
    viewerTimeZone(),
    listUnsentScores(user, assignmentId),
  ]);
  const ids = { assignmentId };
  return (
    <div>
      <p className="text-sm">
        <Link href={`/teacher/classes/${assignment.classId}`}>← Class</Link> ·{" "}
        <Link href={`/teacher/classes/${assignment.classId}/gradebook`}>Gradebook</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{assignment.title}</h1>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Opens</dt>
        <dd>{formatInZone(assignment.availableFrom, timeZone)}</dd>
        <dt className="font-semibold">Due</dt>
        <dd>{formatInZone(assignment.dueAt, timeZone)}</dd>
        <dt className="font-semibold">Rules</dt>
        <dd>
          {assignment.attemptsAllowed === null
            ? "Unlimited attempts"
            : plural(assignment.attemptsAllowed, "attempt")}
          , the {POLICY[assignment.countPolicy]} counts; feedback{" "}
          {FEEDBACK[assignment.feedbackPolicy]};{" "}
          {assignment.timeLimitSec
            ? `${assignment.timeLimitSec / 60}-minute limit`
            : "no time limit"}
          ; {assignment.allowLate ? "late work accepted" : "no late work"};{" "}
          {assignment.questionIds.length} questions.
        </dd>
        <dt className="font-semibold">Article</dt>
        <dd>
          {own?.article.title ?? assignment.articleSlug}
          {assignment.articleVersion !== null && ` (version ${assignment.articleVersion})`}
        </dd>
        <dt className="font-semibold">State</dt>
        <dd>{ASSIGNMENT_STATE_WORDS[assignmentState(assignment)]}</dd>
      </dl>
      {(await searchParams).moved === String(assignment.articleVersion) && (
        <p role="status" className="mt-4">
          Moved to version {assignment.articleVersion}: attempts started from now on get it; earlier
          ones keep theirs.
        </p>
      )}
      {newer !== null && (
        <div className="mt-4 space-y-2">
          <p>
            Version {newer} of this article is published. Students get version{" "}
            {assignment.articleVersion} until you move the assignment; attempts already made keep
            their version.
          </p>
          <ActionButton action={moveAssignmentVersionAction} fields={ids}>
            Move to version {newer}
          </ActionButton>
        </div>
      )}
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={`/teacher/assignments/${assignmentId}/live`}>Live board</Link>
        <Link href={`/teacher/assignments/${assignmentId}/grading`}>Grade written answers</Link>
        <a href={`/teacher/assignments/${assignmentId}/responses/csv`} download>
          Download responses (CSV)
        </a>
      </p>
      <p className="mt-2">
        Print for students without a device: the handout at the{" "}
        <Link href={`/teacher/assignments/${assignmentId}/print`}>standard level</Link> or the{" "}
        <Link href={`/teacher/assignments/${assignmentId}/print?level=simpler`}>simpler level</Link>
        , and{" "}
        <Link href={`/teacher/assignments/${assignmentId}/print?key=1`}>
          the teacher&apos;s key
        </Link>
        .
      </p>

      {lms.linked && (
        <LmsGrades assignmentId={assignmentId} unsent={lms.unsent} timeZone={timeZone} />
      )}

      <Section id="students" title="Students" className="mt-8">
        <Table className="mt-3">
          <caption className="sr-only">Each student&apos;s status on this assignment</caption>
          <thead>
            <Tr>
              <Th>Student</Th>
              <Th>Status</Th>
              <Th>Counted score</Th>
              <Th>Due</Th>
              <Th>Reading level</Th>
              <Th>Highlights</Th>
              <Th>Accommodation</Th>
            </Tr>
          </thead>
          <tbody>
            {report.statuses.map((row) => (
              <Tr key={row.studentId} className="align-top">
                <Th scope="row">{row.displayName}</Th>
                <Td>{row.status}</Td>
                <Td>
                  {resultText(row.result)}
                  {row.attemptId && (
                    <>
                      {" "}
                      <Link
                        href={`/attempts/${row.attemptId}`}
                        aria-label={`Open ${row.displayName}'s attempt`}
                      >
                        open
                      </Link>
                    </>
                  )}
                </Td>
                <Td>{formatInZone(row.dueAt, timeZone)}</Td>
                <Td>
                  {levelSetText(row.reading)}
                  {row.readAt && (
                    <span className="text-muted block text-sm">{readAtText(row.readAt)}</span>
                  )}
                </Td>
                <Td>
                  {row.annotations.highlights === 0 ? (
                    annotationCountText(row.annotations)
                  ) : (
                    <Link
                      href={`/teacher/classes/${assignment.classId}/students/${row.studentId}#notes`}
                    >
                      {annotationCountText(row.annotations)}
                      <span className="sr-only"> by {row.displayName}</span>
                    </Link>
                  )}
                </Td>
                <Td>
                  <details>
                    <summary className="cursor-pointer">
                      {row.extraTimeSec ||
                      row.extraAttempts ||
                      row.dueAt.getTime() !== assignment.dueAt.getTime()
                        ? `+${row.extraTimeSec / 60} min, +${row.extraAttempts} attempts`
                        : "None"}
                      <span className="sr-only"> for {row.displayName}</span>
                    </summary>
                    <ActionForm
                      action={setAccommodationAction}
                      className="mt-2 space-y-2"
                      label={`Accommodation for ${row.displayName}`}
                    >
                      <input type="hidden" name="assignmentId" value={assignmentId} />
                      <input type="hidden" name="studentId" value={row.studentId} />
                      <input type="hidden" name="tz" value={timeZone} />
                      <Field
                        id={`time-${row.studentId}`}
                        label="Extra time (minutes)"
                        name="extraTimeMinutes"
                        inputMode="numeric"
                        hint={
                          assignment.timeLimitSec
                            ? undefined
                            : "No time limit is set, so only an own due date gives more time."
                        }
                        defaultValue={String(row.extraTimeSec / 60)}
                      />
                      <Field
                        id={`attempts-${row.studentId}`}
                        label="Extra attempts"
                        name="extraAttempts"
                        inputMode="numeric"
                        defaultValue={String(row.extraAttempts)}
                      />
                      <SelectField
                        id={`level-${row.studentId}`}
                        label="Reading level"
                        name="readingLevel"
                        options={[
                          { value: "", label: "As in the class" },
                          ...READING_LEVELS.map((level) => ({
                            value: level,
                            label: LEVEL_NAMES[level],
                          })),
                        ]}
                        defaultValue={row.reading.source === "assignment" ? row.reading.level : ""}
                      />
                      <Field
                        id={`due-${row.studentId}`}
                        label="Own due date"
                        name="dueAt"
                        type="datetime-local"
                        hint="Empty: the class's due date"
                        defaultValue={
                          row.dueAt.getTime() !== assignment.dueAt.getTime()
                            ? utcToZonedLocal(row.dueAt, timeZone)
                            : ""
                        }
                      />
                      <SubmitButton variant="secondary">Save accommodation</SubmitButton>
                    </ActionForm>
                  </details>
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </Section>

      <Analysis report={report} />

      <Section id="manage" title="Manage" className="mt-10 max-w-3xl">
        <div className="mt-3 flex flex-wrap gap-3">
          {!assignment.closedAt && (
            <ActionButton action={closeAssignmentAction} fields={ids}>
              Close early
            </ActionButton>
          )}
          <ActionButton action={deleteAssignmentAction} fields={ids} variant="danger">
            Delete (archives it if anyone has started)
          </ActionButton>
        </div>
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold">Edit settings</summary>
          <div className="mt-4">
            {own ? (
              <AssignmentForm
                action={updateAssignmentAction}
                hidden={ids}
                pack={own}
                current={assignment}
                timeZone={timeZone}
                submitLabel="Save changes"
              />
            ) : (
              <p>The article of this assignment is missing, so its questions cannot change.</p>
            )}
          </div>
        </details>
      </Section>
    </div>
  );
}
