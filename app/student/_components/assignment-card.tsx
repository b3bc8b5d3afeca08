import Link from "next/link";
import type { TStudentAssignment } from "@/app/lib/data/student-assignments";
import { formatInZone } from "@/app/lib/time";
import { plural } from "@/app/lib/words";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";

/** One assignment on the student's home: where it stands and what they can do now. */
export function AssignmentCard({ a, timeZone }: { a: TStudentAssignment; timeZone: string }) {
  return (
    // Addressable: an LMS link lands the student on its assignment (/student#assignment-…).
    <li
      id={`assignment-${a.id}`}
      className={cardClass("target:ring-accent scroll-mt-4 target:ring-2")}
    >
      <h3 className="text-lg font-bold">{a.title}</h3>
      {a.title === a.articleTitle ? null : <p className="text-sm">Article: {a.articleTitle}</p>}
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
          <ButtonLink href={`/attempts/${a.openAttemptId}`} aria-label={`Resume ${a.title}`}>
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
  );
}
