import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import type { TArticlePack } from "@/app/lib/content/load";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";

/** The article's quizzes: start or resume for students, a way in for everyone else. */
export function QuizList({
  pack,
  user,
  open,
}: {
  pack: TArticlePack;
  user: TSessionUser | null;
  open: ReadonlyMap<string, string>;
}) {
  return (
    <section
      aria-labelledby="quizzes-heading"
      className="border-line mx-auto mt-12 max-w-prose border-t pt-8"
    >
      <h2 id="quizzes-heading" className="text-2xl font-bold">
        Check your understanding
      </h2>
      <ul className="mt-4 space-y-4">
        {pack.quizzes.map((quiz) => {
          const resume = open.get(quiz.id);
          return (
            <li key={quiz.id} className={cardClass()}>
              <h3 className="text-lg font-bold">{quiz.title}</h3>
              <p className="text-muted">
                {quiz.description} · {quiz.questions.length} questions
              </p>
              <div className="mt-3">
                {user?.role === "STUDENT" ? (
                  resume ? (
                    <Link
                      href={`/attempts/${resume}`}
                      className="font-semibold"
                      aria-label={`Resume ${quiz.title}`}
                    >
                      Resume where you left off
                    </Link>
                  ) : (
                    <StartAttemptButton
                      start={{ kind: "practice", articleSlug: pack.slug, quizId: quiz.id }}
                      label={`Start ${quiz.title}`}
                    >
                      Start quiz
                    </StartAttemptButton>
                  )
                ) : user ? (
                  <p className="text-sm">Students take this quiz from here.</p>
                ) : (
                  <Link href="/sign-in">Sign in to take this quiz</Link>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
