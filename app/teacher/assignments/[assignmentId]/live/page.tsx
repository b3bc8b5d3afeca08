import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { getLiveBoard } from "@/app/lib/data/live-board";
import { orNotFound } from "@/app/lib/not-found";
import { Section } from "@/components/ui/section";
import { LiveBoard } from "./_components/live-board";
import { ReassignForm } from "./_components/reassign-form";

export const metadata: Metadata = { title: "Live board" };

export default async function LiveBoardPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { assignmentId } = await params;
  // One read: the board says whether the assignment is closed too.
  const [initial, timeZone] = await Promise.all([
    orNotFound(getLiveBoard(user, assignmentId)),
    viewerTimeZone(),
  ]);
  return (
    <div>
      <p className="text-sm">
        <Link href={`/teacher/assignments/${assignmentId}`}>← {initial.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Live board: {initial.title}</h1>
      <LiveBoard assignmentId={assignmentId} initial={initial} timeZone={timeZone} />
      {!initial.closed && (
        <Section id="reassign" title="Give another attempt" className="mt-10">
          <ReassignForm assignmentId={assignmentId} timeZone={timeZone} />
        </Section>
      )}
    </div>
  );
}
