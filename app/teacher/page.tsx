import { Section } from "@/components/ui/section";
import type { Metadata } from "next";
import { cardClass } from "@/components/ui/card";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { listTeacherClasses } from "@/app/lib/data/classes";
import { createClassAction } from "@/app/teacher/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "My classes" };

export default async function TeacherHomePage() {
  const user = await requireUser("TEACHER");
  const classes = await listTeacherClasses(user);
  return (
    <div>
      <h1 className="text-3xl font-bold">My classes</h1>
      <p className="text-muted mt-2">Welcome, {user.displayName}.</p>

      <Section id="classes" title="Classes" className="mt-8">
        {classes.length === 0 ? (
          <p className="mt-2">No classes yet. Create your first one below.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {classes.map((item) => (
              <li key={item.id} className={cardClass()}>
                <h3 className="text-lg font-bold">
                  <Link href={`/teacher/classes/${item.id}`}>{item.name}</Link>
                </h3>
                <p className="text-muted text-sm">
                  {item.studentCount} student{item.studentCount === 1 ? "" : "s"} ·{" "}
                  {item.archivedAt
                    ? "Archived"
                    : item.joinEnabled
                      ? `Join code ${item.joinCode}`
                      : "Joining turned off"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="create" title="Create a class" className="mt-10 max-w-md">
        <ActionForm action={createClassAction} className="mt-3 space-y-4" label="Create a class">
          <Field
            label="Class name"
            name="name"
            hint="For example: Period 3 — Current Events"
            required
          />
          <SubmitButton pendingLabel="Creating…">Create class</SubmitButton>
        </ActionForm>
      </Section>
    </div>
  );
}
