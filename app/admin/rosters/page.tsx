import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { listAllClasses } from "@/app/lib/data/classes";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { RosterUpload } from "@/components/roster/roster-upload";

export const metadata: Metadata = { title: "Rosters" };

/** An admin fills any class's roster from the school system's file. */
export default async function AdminRostersPage({
  searchParams,
}: {
  searchParams: Promise<{ class?: string | string[] }>;
}) {
  const user = await requireUser("ADMIN");
  const classes = await listAllClasses(user);
  const { class: chosenId } = await searchParams;
  const chosen = classes.find((entry) => entry.id === chosenId);
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin">← LMS connections</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Rosters</h1>
      {classes.length === 0 ? (
        <p className="mt-4">No classes yet: a teacher makes one first.</p>
      ) : (
        <Form action="/admin/rosters" className="mt-4 flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <SelectField
              label="Class"
              name="class"
              defaultValue={chosen?.id}
              options={classes.map((entry) => ({
                value: entry.id,
                label: `${entry.name} (${entry.teacher.displayName})`,
              }))}
            />
          </div>
          <Button type="submit" variant="secondary">
            Choose
          </Button>
        </Form>
      )}
      {chosen && (
        <section aria-labelledby="roster-for" className="mt-8">
          <h2 id="roster-for" className="text-xl font-semibold">
            {chosen.name}, {chosen.teacher.displayName}&apos;s class
          </h2>
          <div className="mt-3">
            <RosterUpload key={chosen.id} classId={chosen.id} className={chosen.name} />
          </div>
        </section>
      )}
    </div>
  );
}
