import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { listStudentClasses } from "@/app/lib/data/classes";
import { joinClassAction } from "@/app/student/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "My classes" };

export default async function StudentHomePage() {
  const user = await requireUser("STUDENT");
  const classes = await listStudentClasses(user);
  return (
    <div>
      <h1 className="text-3xl font-bold">My classes</h1>
      <p className="text-muted mt-2">Hi, {user.displayName}.</p>
      <section aria-labelledby="classes-heading" className="mt-8">
        <h2 id="classes-heading" className="text-xl font-bold">
          Classes you are in
        </h2>
        {classes.length === 0 ? (
          <p className="mt-2">You are not in a class yet. Enter a join code below.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {classes.map((item) => (
              <li key={item.id} className="border-line bg-card rounded-lg border p-4">
                <h3 className="text-lg font-bold">{item.name}</h3>
                <p className="text-muted text-sm">Teacher: {item.teacherName}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="join-heading" className="mt-10 max-w-md">
        <h2 id="join-heading" className="text-xl font-bold">
          Join another class
        </h2>
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
      </section>
    </div>
  );
}
