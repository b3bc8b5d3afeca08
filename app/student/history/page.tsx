import { Section } from "@/components/ui/section";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { cardClass } from "@/components/ui/card";
import { formatInZone } from "@/app/lib/time";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { listOwnAttempts } from "@/app/lib/data/attempt-lists";
import { settleOwnAttempts } from "@/app/lib/data/attempts";
import { listOwnSkillTotals } from "@/app/lib/data/skills";
import { listReviewQueue } from "@/app/lib/data/reviews";
import { ScoreHistory, SkillTable } from "@/components/ui/score-history";
import { resultText, type TResultFacts } from "@/app/lib/score-words";

export const metadata: Metadata = { title: "My work" };

type TOwnAttempt = Awaited<ReturnType<typeof listOwnAttempts>>[number];

const resultFacts = (attempt: TOwnAttempt): TResultFacts => ({
  submitted: attempt.status === "SUBMITTED",
  score: attempt.score,
  maxScore: attempt.maxScore,
  pending: attempt.pendingManual,
  hidden: attempt.scoreHidden,
});

export default async function HistoryPage() {
  const user = await requireUser("STUDENT");
  await settleOwnAttempts(user);
  const [attempts, skills, queue, timeZone] = await Promise.all([
    listOwnAttempts(user),
    listOwnSkillTotals(user),
    listReviewQueue(user),
    viewerTimeZone(),
  ]);
  const when = (date: Date) => formatInZone(date, timeZone);
  const submitted = attempts.filter((a) => a.status === "SUBMITTED" && !a.scoreHidden).reverse();
  const due = queue.reduce((sum, entry) => sum + entry.due, 0);
  return (
    <div>
      <h1 className="text-3xl font-bold">My work</h1>

      <Section id="review" title="Spaced review" className={cardClass("mt-6")}>
        <p className="mt-1">
          {due > 0
            ? `${due} question${due === 1 ? " is" : "s are"} due for review.`
            : "Nothing is due right now. Questions you miss come back here when it is time to practise them."}
        </p>
        <p className="mt-2">
          <Link href="/student/review">{due > 0 ? "Review now" : "See your review queue"}</Link>
        </p>
      </Section>

      <Section id="attempts" title="Every attempt" className="mt-8">
        {attempts.length === 0 ? (
          <p className="mt-2">
            No attempts yet. Open an <Link href="/#articles">article</Link> and take a quiz.
          </p>
        ) : (
          <Table className="mt-3">
            <caption className="sr-only">Your attempts, newest first</caption>
            <thead>
              <Tr>
                <Th>Quiz</Th>
                <Th>For</Th>
                <Th>Started</Th>
                <Th>Score</Th>
                <Th>Status</Th>
              </Tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => (
                <Tr key={attempt.id}>
                  <Td>
                    <Link href={`/attempts/${attempt.id}`}>{attempt.quizTitle}</Link>
                  </Td>
                  <Td>{attempt.className ?? "Practice (not handed in)"}</Td>
                  <Td>{when(attempt.startedAt)}</Td>
                  <Td>{resultText(resultFacts(attempt), { withPoints: true })}</Td>
                  <Td>
                    {attempt.status === "IN_PROGRESS"
                      ? "In progress"
                      : attempt.pendingManual
                        ? "Submitted · awaiting teacher"
                        : "Submitted"}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>

      {submitted.length > 0 && (
        <Section id="chart" title="Scores over time" className="mt-8">
          <ScoreHistory
            chartTitle="Your quiz scores over time"
            rows={submitted.map((attempt) => ({
              id: attempt.id,
              title: attempt.quizTitle,
              href: `/attempts/${attempt.id}`,
              when: attempt.submittedAt ? when(attempt.submittedAt) : "",
              result: resultFacts(attempt),
            }))}
          />
        </Section>
      )}

      <Section id="skills" title="By skill" className="mt-8">
        {skills.length === 0 ? (
          <p className="mt-2">Submit a quiz to see how you do on each skill.</p>
        ) : (
          <SkillTable skills={skills} />
        )}
      </Section>
    </div>
  );
}
