import { Section } from "@/components/ui/section";
import type { Metadata } from "next";
import { cardClass } from "@/components/ui/card";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listStudentAssignments } from "@/app/lib/data/student-assignments";
import { AssignmentCard } from "./_components/assignment-card";
import { listStudentClasses } from "@/app/lib/data/classes";
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
  // What can still be done comes first, soonest due first; the rest after, latest first.
  const toDo = assignments.filter((a) => a.openAttemptId || a.canStart);
  const done = assignments.filter((a) => !a.openAttemptId && !a.canStart).reverse();
  return (
    <div>
      <h1 className="text-3xl font-bold">My classes</h1>
      <p className="text-muted mt-2">Hi, {user.displayName}.</p>
      <Section id="assignments" title="To do" className="mt-8">
        {assignments.length === 0 ? (
          <p className="mt-2">No assignments yet.</p>
        ) : toDo.length === 0 ? (
          <p className="mt-2">Nothing to do right now: everything is handed in or closed.</p>
        ) : (
          <ul className="mt-4 space-y-3">
            {toDo.map((a) => (
              <AssignmentCard key={a.id} a={a} timeZone={timeZone} />
            ))}
          </ul>
        )}
      </Section>

      {done.length > 0 && (
        <Section id="done" title="Handed in or closed" className="mt-8">
          <ul className="mt-4 space-y-3">
            {done.map((a) => (
              <AssignmentCard key={a.id} a={a} timeZone={timeZone} />
            ))}
          </ul>
        </Section>
      )}

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
