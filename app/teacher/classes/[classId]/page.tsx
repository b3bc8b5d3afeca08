import type { Metadata } from "next";
import { orNotFound } from "@/app/lib/not-found";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listClassAssignments } from "@/app/lib/data/assignments";
import { getClassWithRoster, getRemovedStudentName } from "@/app/lib/data/classes";
import { ClassManager } from "./_components/class-manager";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ notice?: string; student?: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { classId } = await params;
  const found = await orNotFound(getClassWithRoster(user, classId));
  const { notice, student } = await searchParams;
  const [assignments, timeZone, removed] = await Promise.all([
    listClassAssignments(user, classId),
    viewerTimeZone(),
    // Named from the class's own records, never from the address: a link cannot put words here.
    notice === "removed" && typeof student === "string"
      ? getRemovedStudentName(user, classId, student)
      : null,
  ]);
  return (
    <ClassManager
      found={found}
      notice={notice}
      removed={removed}
      assignments={assignments}
      timeZone={timeZone}
    />
  );
}
