import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listAssignablePacks } from "@/app/lib/data/article-packs";
import { getClassWithRoster } from "@/app/lib/data/classes";
import { orNotFound } from "@/app/lib/not-found";
import { createAssignmentAction } from "@/app/teacher/assignments/actions";
import { NewAssignment } from "@/app/teacher/_components/new-assignment";

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
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/teacher/classes/${classId}`}>← {found.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">New assignment</h1>
      <NewAssignment
        here={`/teacher/classes/${classId}/assignments/new`}
        packs={packs}
        article={typeof article === "string" ? article : undefined}
        action={createAssignmentAction}
        hidden={{ classId }}
        timeZone={timeZone}
        submitLabel="Assign to the class"
        initialQuizId={typeof quiz === "string" ? quiz : undefined}
      />
    </div>
  );
}
