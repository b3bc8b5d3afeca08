import type { Metadata } from "next";
import { cardClass } from "@/components/ui/card";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { formatInZone } from "@/app/lib/time";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { listReviewQueue, type TReviewQueue } from "@/app/lib/data/reviews";
import { plural } from "@/app/lib/words";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";

export const metadata: Metadata = { title: "Spaced review" };

/** "12 questions due now (of 19 in your queue); a review takes 5 at a time." */
function dueNowText(entry: TReviewQueue[number]): string {
  const sets = entry.due > entry.set.length ? `; a review takes ${entry.set.length} at a time` : "";
  return `${plural(entry.due, "question")} due now (of ${entry.total} in your queue)${sets}.`;
}

export default async function ReviewPage() {
  const user = await requireUser("STUDENT");
  const [queue, timeZone] = await Promise.all([listReviewQueue(user), viewerTimeZone()]);
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Spaced review</h1>
      <p className="text-muted mt-2">
        Questions you got wrong come back after a while. Answering them again at the right moment
        helps you remember.
      </p>
      {queue.length === 0 ? (
        <p className="mt-6">
          Your review queue is empty. Miss a question in a quiz and it will appear here.
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {queue.map((entry) => (
            <li key={entry.articleSlug} className={cardClass()}>
              <h2 className="text-lg font-bold">{entry.articleTitle}</h2>
              <p className="mt-1">
                {entry.due > 0
                  ? dueNowText(entry)
                  : `Nothing due now. Next review: ${entry.nextDue ? formatInZone(entry.nextDue, timeZone) : "—"}.`}
              </p>
              {entry.due > 0 && (
                <div className="mt-3">
                  <StartAttemptButton
                    start={{ kind: "review", articleSlug: entry.articleSlug }}
                    label="Review now"
                  >
                    Review now
                  </StartAttemptButton>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <Link href="/student/history">← My work</Link>
      </p>
    </div>
  );
}
