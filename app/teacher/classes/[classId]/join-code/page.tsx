import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/lib/not-found";
import { requireUser } from "@/app/lib/auth/session";
import { getClassWithRoster } from "@/app/lib/data/classes";

export const metadata: Metadata = { title: "Join code" };

/** The join code as large as a projector needs it, for a room to read from the back. */
export default async function JoinCodePage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireUser("TEACHER");
  const { classId } = await params;
  const found = await orNotFound(getClassWithRoster(user, classId));
  const open = found.joinEnabled && !found.archivedAt;
  return (
    <div className="text-center">
      <p className="text-left text-sm">
        <Link href={`/teacher/classes/${found.id}#join`}>← {found.name}</Link>
      </p>
      <h1 className="mt-6 text-2xl font-bold sm:text-4xl">Join {found.name}</h1>
      {open ? (
        <>
          <p className="mt-6 text-xl sm:text-3xl">
            Go to <strong>/join</strong> on Debrief and enter
          </p>
          <p className="mt-4 font-mono text-6xl font-bold tracking-widest break-all sm:text-[10rem]">
            {found.joinCode}
          </p>
        </>
      ) : (
        <p className="mt-6 text-xl">Joining with the code is turned off for this class.</p>
      )}
    </div>
  );
}
