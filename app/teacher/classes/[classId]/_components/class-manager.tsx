import { ButtonLink } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/ui/confirm-button";
import { Section } from "@/components/ui/section";
import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CopyLink } from "@/components/ui/copy-link";
import { joinPath } from "@/app/lib/content/links";
import { ASSIGNMENT_STATE_WORDS, assignmentState } from "@/app/lib/assignment-state";
import type { TAssignmentRow } from "@/app/lib/data/assignment-rows";
import type { getClassWithRoster } from "@/app/lib/data/classes";
import { formatInZone } from "@/app/lib/time";
import { MAX_BULK_STUDENTS } from "@/app/lib/schemas/classes";
import {
  archiveClassAction,
  bulkCreateStudentsAction,
  deleteStudentAction,
  removeStudentAction,
  renameClassAction,
  resetStudentPasswordAction,
  rotateJoinCodeAction,
  setClassReadAloudAction,
  setJoinEnabledAction,
  unlockStudentSignInAction,
} from "@/app/teacher/actions";
import { ActionButton, ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { Field, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CredentialsForm } from "./credentials-form";
import { ReadingSupportForm } from "./reading-support-form";
import { RosterUpload } from "@/components/roster/roster-upload";

type TClass = Awaited<ReturnType<typeof getClassWithRoster>>;

// Outcomes of actions whose row disappears; only these fixed texts are shown, never the query.
const NOTICES: Record<string, string> = {
  removed: "Student removed from the class. Their past work is kept.",
  deleted: "Student account and all their work deleted.",
  "assignment-deleted": "Assignment deleted.",
  "assignment-archived":
    "Students had started it, so the assignment was archived rather than deleted. Its work is kept.",
};

export function ClassManager({
  found,
  notice,
  removed,
  assignments,
  timeZone,
}: {
  found: TClass;
  notice?: string;
  /** The name of the student just removed, when the notice is "removed". */
  removed?: string | null;
  assignments: (TAssignmentRow & { articleTitle: string })[];
  timeZone: string;
}) {
  const ids = { classId: found.id };
  const noticeText =
    notice === "removed" && removed
      ? `Removed ${removed} from ${found.name}. Their account and past work are kept; they can join again with the code.`
      : notice
        ? NOTICES[notice]
        : undefined;
  return (
    <div>
      <p className="text-sm">
        <Link href="/teacher">← My classes</Link>
      </p>
      {noticeText && <FormMessage state={{ ok: true, message: noticeText }} />}
      <h1 className="mt-2 text-3xl font-bold">{found.name}</h1>
      {found.archivedAt && (
        <p className="text-muted mt-1 font-semibold">Archived: students cannot join.</p>
      )}

      <Section id="assignments" title="Assignments" className="mt-8">
        <p className="mt-2 flex flex-wrap items-center gap-4">
          <ButtonLink href={`/teacher/classes/${found.id}/assignments/new`}>
            New assignment
          </ButtonLink>
          <Link href={`/teacher/classes/${found.id}/gradebook`}>Gradebook</Link>
        </p>
        {assignments.length === 0 ? (
          <p className="mt-2">No assignments yet.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {assignments.map((a) => (
              <li key={a.id}>
                <Link href={`/teacher/assignments/${a.id}`}>{a.title}</Link>{" "}
                <span className="text-muted text-sm">
                  {a.articleTitle} · due {formatInZone(a.dueAt, timeZone)} ·{" "}
                  {ASSIGNMENT_STATE_WORDS[assignmentState(a)]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="join" title="Join code" className={cardClass("mt-8")}>
        {found.joinEnabled && !found.archivedAt ? (
          <>
            <p className="mt-2">
              Students go to <strong>/join</strong> and enter{" "}
              <strong className="font-mono text-2xl tracking-widest">{found.joinCode}</strong>, or
              open the invite link, which has the code filled in.
            </p>
            <div className="mt-3">
              <CopyLink path={joinPath(found.joinCode)} label="Invite link" />
            </div>
            <p>
              <Link href={`/teacher/classes/${found.id}/join-code`}>
                Show the code on a projector
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-2">Joining with the code is turned off.</p>
        )}
        <div className="mt-3 flex flex-wrap gap-3">
          <ActionButton action={rotateJoinCodeAction} fields={ids}>
            New join code
          </ActionButton>
          <ActionButton
            action={setJoinEnabledAction}
            fields={{ ...ids, value: String(!found.joinEnabled) }}
          >
            {found.joinEnabled ? "Turn joining off" : "Turn joining on"}
          </ActionButton>
        </div>
      </Section>

      <Section id="roster" title={<>Roster ({found.roster.length})</>} className="mt-10">
        {found.roster.length === 0 ? (
          <p className="mt-2">No students yet. Share the join code or add students below.</p>
        ) : (
          <Table className="mt-4" caption={`Students in ${found.name}`}>
            <thead>
              <Tr>
                <Th>Student</Th>
                <Th>Username</Th>
                <Th>Reading support</Th>
                <Th>Actions</Th>
              </Tr>
            </thead>
            <tbody>
              {found.roster.map((student) => (
                <Tr key={student.id} className="align-top">
                  <Th scope="row">
                    <Link href={`/teacher/classes/${found.id}/students/${student.id}`}>
                      {student.displayName}
                    </Link>
                    {student.mustChangePassword && (
                      <span className="text-muted block text-sm">has not set a password yet</span>
                    )}
                  </Th>
                  <Td className="font-mono">{student.username}</Td>
                  <Td>
                    <ReadingSupportForm classId={found.id} student={student} />
                  </Td>
                  <Td>
                    <RosterActions student={student} found={found} />
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      <Section id="add" title="Add students" className="mt-10 max-w-xl">
        <p className="text-muted mt-1">
          Paste names, one per line (up to {MAX_BULK_STUDENTS}). Debrief makes a username and a
          one-time password for each; students choose their own password at first sign-in.
        </p>
        <div className="mt-3">
          <CredentialsForm
            action={bulkCreateStudentsAction}
            label="Add students"
            className={found.name}
          >
            <input type="hidden" name="classId" value={found.id} />
            <TextAreaField label="Student names" name="names" rows={6} required />
            <SubmitButton pendingLabel="Creating accounts…">Create accounts</SubmitButton>
          </CredentialsForm>
        </div>
        <h3 className="mt-8 font-semibold">From a roster file</h3>
        <p className="text-muted mt-1">
          A file from the school&apos;s system: see what it would create first, then create every
          account at once.
        </p>
        <div className="mt-3">
          <RosterUpload classId={found.id} className={found.name} />
        </div>
      </Section>

      <Section id="settings" title="Class settings" className="mt-10 max-w-md">
        <ActionForm action={renameClassAction} className="mt-3 space-y-3" label="Rename class">
          <input type="hidden" name="classId" value={found.id} />
          <Field label="Class name" name="name" defaultValue={found.name} required />
          <SubmitButton variant="secondary">Rename</SubmitButton>
        </ActionForm>
        <p className="mt-4">
          Read-aloud is {found.readAloud ? "on" : "off"} for the whole class
          {found.readAloud ? "." : "; students who have it on the roster keep it."}
        </p>
        <div className="mt-2">
          <ActionButton
            action={setClassReadAloudAction}
            fields={{ ...ids, value: String(!found.readAloud) }}
          >
            {found.readAloud
              ? "Turn read-aloud off for the class"
              : "Turn read-aloud on for the class"}
          </ActionButton>
        </div>
        <div className="mt-4">
          <ActionButton
            action={archiveClassAction}
            fields={{ ...ids, value: String(!found.archivedAt) }}
          >
            {found.archivedAt ? "Restore class" : "Archive class"}
          </ActionButton>
        </div>
      </Section>
    </div>
  );
}

/** What a teacher can do for one student: password, sign-in, removal, export, deletion. */
function RosterActions({ student, found }: { student: TClass["roster"][number]; found: TClass }) {
  const ids = { classId: found.id };
  return (
    <>
      <div className="flex flex-wrap items-start gap-3">
        <CredentialsForm
          action={resetStudentPasswordAction}
          label={`Reset password for ${student.displayName}`}
          className={found.name}
        >
          <input type="hidden" name="classId" value={found.id} />
          <input type="hidden" name="studentId" value={student.id} />
          <SubmitButton
            variant="secondary"
            aria-label={`Reset password for ${student.displayName}`}
          >
            Reset password
          </SubmitButton>
        </CredentialsForm>
        <ActionButton action={unlockStudentSignInAction} fields={{ ...ids, studentId: student.id }}>
          <span aria-label={`Unlock sign-in for ${student.displayName}`}>Unlock sign-in</span>
        </ActionButton>
        <ConfirmActionButton
          action={removeStudentAction}
          fields={{ ...ids, studentId: student.id }}
          variant="secondary"
          confirm={{
            title: `Remove ${student.displayName} from ${found.name}?`,
            body: (
              <p>
                They leave the class and its assignments; their account and past work are kept, and
                they can join again with the code.
              </p>
            ),
            confirmLabel: `Remove ${student.displayName}`,
          }}
        >
          <span aria-label={`Remove ${student.displayName} from class`}>Remove from class</span>
        </ConfirmActionButton>
        <a
          href={`/teacher/students/${student.id}/export`}
          download
          className="inline-flex min-h-11 items-center"
          aria-label={`Export data for ${student.displayName}`}
        >
          Export data (JSON)
        </a>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer">Delete {student.displayName}&apos;s account…</summary>
        <ActionForm
          action={deleteStudentAction}
          className="mt-2 max-w-sm space-y-3"
          label={`Delete ${student.displayName}`}
        >
          <p className="text-sm">
            This deletes the account and all their work, answers and sessions. It cannot be undone.
          </p>
          <input type="hidden" name="classId" value={found.id} />
          <input type="hidden" name="studentId" value={student.id} />
          <Field
            label='Type "delete" to confirm'
            name="confirm"
            id={`confirm-${student.id}`}
            autoComplete="off"
          />
          <SubmitButton variant="danger">Delete account</SubmitButton>
        </ActionForm>
      </details>
    </>
  );
}
