import { ButtonLink } from "@/components/ui/button";
import { plural } from "@/app/lib/words";
import { Section } from "@/components/ui/section";
import type { Metadata } from "next";
import { cardClass } from "@/components/ui/card";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listStudentAssignments } from "@/app/lib/data/student-assignments";
import { listStudentClasses } from "@/app/lib/data/classes";
import { formatInZone } from "@/app/lib/time";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import Link from "next/link";
import { joinClassAction } from "@/app/student/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "My classes" };

export default async function StudentHomePage() {
  const user = await requireUser("STUDENT");
  const [classes, assignments, timeZone] = await Promise.all([
    listStudentClasses(user),
    listStudentAssignments(user),
    viewerTimeZone(),
  ]);
  return (
    <div>
      <h1 className="text-3xl font-bold">My classes</h1>
      <p className="text-muted mt-2">Hi, {user.displayName}.</p>
      <Section id="assignments" title="Assignments" className="mt-8">
        {assignments.length === 0 ? (
          <p className="mt-2">No assignments yet.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {assignments.map((a) => (
              <li key={a.id} className={cardClass()}>
                <h3 className="text-lg font-bold">{a.title}</h3>
                {a.title === a.articleTitle ? null : (
                  <p className="text-sm">Article: {a.articleTitle}</p>
                )}
                <p className="text-muted text-sm">
                  {a.className} · due {formatInZone(a.effectiveDueAt, timeZone)} ·{" "}
                  {a.attemptsAllowed === null
                    ? `${plural(a.attemptsUsed, "attempt")} used`
                    : `${a.attemptsUsed} of ${plural(a.attemptsAllowed, "attempt")} used`}
                  {a.timeLimitSec ? ` · ${a.timeLimitSec / 60}-minute limit` : ""}
                </p>
                <p className="mt-1">
                  Status: <strong>{a.status}</strong>
                </p>
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
                  <Link href={`/articles/${a.articleSlug}`}>
                    Read the article<span className="sr-only"> for {a.title}</span>
                  </Link>
                  <Link href={`/articles/${a.articleSlug}/explainer`}>
                    Explainer<span className="sr-only"> for {a.title}</span>
                  </Link>
                  {a.lastSubmittedAttemptId && (
                    <Link href={`/attempts/${a.lastSubmittedAttemptId}`}>
                      Review what you handed in<span className="sr-only"> for {a.title}</span>
                    </Link>
                  )}
                </p>
                <div className="mt-2">
                  {a.openAttemptId ? (
                    <ButtonLink
                      href={`/attempts/${a.openAttemptId}`}
                      aria-label={`Resume ${a.title}`}
                    >
                      Resume
                    </ButtonLink>
                  ) : a.canStart ? (
                    <StartAttemptButton
                      start={{ kind: "assignment", assignmentId: a.id }}
                      label={`Start ${a.title}`}
                    >
                      Start
                    </StartAttemptButton>
                  ) : (
                    <p className="text-sm">{a.reason}</p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="classes" title="Classes you are in" className="mt-8">
        {classes.length === 0 ? (
          <p className="mt-2">You are not in a class yet. Enter a join code below.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {classes.map((item) => (
              <li key={item.id} className={cardClass()}>
                <h3 className="text-lg font-bold">{item.name}</h3>
                <p className="text-muted text-sm">Teacher: {item.teacherName}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="join" title="Join another class" className="mt-10 max-w-md">
        <ActionForm action={joinClassAction} className="mt-3 space-y-4" label="Join another class">
          <Field
            label="Join code"
            name="joinCode"
            autoComplete="off"
            autoCapitalize="characters"
            required
          />
          <SubmitButton pendingLabel="Joining…">Join</SubmitButton>
        </ActionForm>
      </Section>
    </div>
  );
}
