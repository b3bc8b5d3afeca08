import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listAssignablePacks } from "@/app/lib/data/article-packs";
import { getClassWithRoster } from "@/app/lib/data/classes";
import { orNotFound } from "@/app/lib/not-found";
import { createAssignmentAction } from "@/app/teacher/assignments/actions";
import { AssignmentForm } from "@/app/teacher/_components/assignment-form";
import { ArticlePicker } from "@/app/teacher/_components/article-picker";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ article?: string | string[]; quiz?: string | string[] }>;
}) {
  const { article, quiz } = await searchParams;
  const user = await requireUser("TEACHER");
  const { classId } = await params;
  const found = await orNotFound(getClassWithRoster(user, classId));
  const [packs, timeZone] = await Promise.all([listAssignablePacks(user), viewerTimeZone()]);
  // The article asked for, else the teacher's latest published one, else the library's first.
  const pack =
    packs.find((p) => p.slug === article) ?? packs.find((p) => p.source === "mine") ?? packs[0];
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/teacher/classes/${classId}`}>← {found.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">New assignment</h1>
      {pack ? (
        <>
          <div className="mt-6">
            <ArticlePicker
              action={`/teacher/classes/${classId}/assignments/new`}
              articles={packs.map((p) => ({
                slug: p.slug,
                title: p.article.title,
                source: p.source,
              }))}
              current={pack.slug}
            />
          </div>
          <div className="mt-6">
            <AssignmentForm
              key={pack.slug}
              action={createAssignmentAction}
              hidden={{ classId }}
              pack={pack}
              timeZone={timeZone}
              submitLabel="Assign to the class"
              initialQuizId={typeof quiz === "string" ? quiz : undefined}
            />
          </div>
        </>
      ) : (
        <p className="mt-6">No articles are available yet.</p>
      )}
    </div>
  );
}
