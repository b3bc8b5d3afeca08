import type { Metadata } from "next";
import { requireUser } from "@/app/lib/auth/session";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { listAssignablePacks } from "@/app/lib/data/article-packs";
import { getDeepLink } from "@/app/lib/data/lti-launches";
import { orNotFound } from "@/app/lib/not-found";
import { NewAssignment } from "@/app/teacher/_components/new-assignment";
import { deepLinkAction } from "@/app/teacher/lti/actions";

export const metadata: Metadata = { title: "Add a quiz to the course" };

/**
 * Deep Linking inside the LMS: the teacher picks an article and a quiz (or composes one) with the
 * usual assignment form; it becomes an assignment of the course's class and goes back to the LMS
 * as a gradable link.
 */
export default async function DeepLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ state: string }>;
  searchParams: Promise<{ article?: string | string[] }>;
}) {
  const user = await requireUser("TEACHER");
  const { state } = await params;
  const { article } = await searchParams;
  await orNotFound(getDeepLink(user, state));
  const [packs, timeZone] = await Promise.all([listAssignablePacks(user), viewerTimeZone()]);
  const here = `/teacher/lti/deep-link/${encodeURIComponent(state)}`;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Add a quiz to the course</h1>
      <p className="mt-2">
        Choose an article and one of its quizzes, or compose one from its questions. It is added to
        the course as an assignment whose grades Debrief sends to the LMS.
      </p>
      <NewAssignment
        here={here}
        packs={packs}
        article={typeof article === "string" ? article : undefined}
        action={deepLinkAction}
        hidden={{ launch: state }}
        timeZone={timeZone}
        submitLabel="Add to the course"
      />
    </div>
  );
}
