import type { Metadata } from "next";
import { orNotFound } from "@/app/lib/not-found";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listClassAssignments } from "@/app/lib/data/assignments";
import { getClassWithRoster } from "@/app/lib/data/classes";
import { ClassManager } from "./_components/class-manager";

export const metadata: Metadata = { title: "Class" };

export default async function ClassPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { classId } = await params;
  const found = await orNotFound(getClassWithRoster(user, classId));
  const { notice } = await searchParams;
  const [assignments, timeZone] = await Promise.all([
    listClassAssignments(user, classId),
    viewerTimeZone(),
  ]);
  return (
    <ClassManager found={found} notice={notice} assignments={assignments} timeZone={timeZone} />
  );
}
