import { assignHref } from "@/app/lib/content/links";
import Link from "next/link";
import type { TStudentAssignment } from "@/app/lib/data/student-assignments";
import { formatInZone } from "@/app/lib/time";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import type { TArticlePack } from "@/app/lib/content/pack";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { StartAttemptButton } from "@/components/quiz/start-attempt-button";
import { EXPORT_FORMATS } from "@/app/lib/exchange/formats";

/** The article's quizzes: start or resume for students, a way in for everyone else. */
export function QuizList({
  pack,
  user,
  open,
  practiceClosed,
  assigned,
  timeZone,
  classes,
}: {
  pack: TArticlePack;
  user: TSessionUser | null;
  open: ReadonlyMap<string, string>;
  /** Quizzes sharing questions with an assignment practice must not reveal yet. */
  practiceClosed: ReadonlySet<string>;
  /** The student's assignments of this article's quizzes. */
  assigned: TStudentAssignment[];
  timeZone: string;
  /** A teacher's open classes, to assign a quiz to. */
  classes: { id: string; name: string }[];
}) {
  return (
    <section
      id="quizzes"
      aria-labelledby="quizzes-heading"
      className="border-line mx-auto mt-12 max-w-prose border-t pt-8"
    >
      <h2 id="quizzes-heading" className="text-2xl font-bold">
        Check your understanding
      </h2>
      <ul className="mt-4 space-y-4">
        {pack.quizzes.map((quiz) => {
          const resume = open.get(quiz.id);
          const homework = assigned.filter((a) => a.quizId === quiz.id);
          return (
            <li key={quiz.id} className={cardClass()}>
              <h3 className="text-lg font-bold">{quiz.title}</h3>
              <p className="text-muted">
                {quiz.description} · {quiz.questions.length} questions
              </p>
              {homework.map((a) => (
                <div key={a.id} className="mt-3">
                  <p className="font-semibold">
                    Assigned in {a.className} — due {formatInZone(a.effectiveDueAt, timeZone)}
                  </p>
                  <div className="mt-2">
                    {a.openAttemptId ? (
                      <ButtonLink
                        href={`/attempts/${a.openAttemptId}`}
                        aria-label={`Resume ${a.title} for ${a.className}`}
                      >
                        Resume
                      </ButtonLink>
                    ) : a.canStart ? (
                      <StartAttemptButton
                        start={{ kind: "assignment", assignmentId: a.id }}
                        label={`Start ${a.title} for ${a.className}`}
                      >
                        Start
                      </StartAttemptButton>
                    ) : (
                      <p className="text-sm">{a.reason}</p>
                    )}
                  </div>
                </div>
              ))}
              <div className="mt-3">
                {homework.length > 0 &&
                  user?.role === "STUDENT" &&
                  !practiceClosed.has(quiz.id) && (
                    <p className="text-muted mb-2 text-sm">
                      Or practise on your own: practice is not graded or handed in, though your
                      teacher can see it.
                    </p>
                  )}
                {user?.role === "STUDENT" ? (
                  practiceClosed.has(quiz.id) && !resume ? (
                    <p className="text-muted text-sm">
                      Practice opens once you have handed in the assignment and its answers are
                      released.
                    </p>
                  ) : resume ? (
                    <ButtonLink
                      href={`/attempts/${resume}`}
                      variant={homework.length > 0 ? "secondary" : "primary"}
                      aria-label={`Resume ${quiz.title}`}
                    >
                      Resume
                    </ButtonLink>
                  ) : (
                    <StartAttemptButton
                      start={{ kind: "practice", articleSlug: pack.slug, quizId: quiz.id }}
                      label={`${homework.length > 0 ? "Practise" : "Start"} ${quiz.title}`}
                    >
                      {homework.length > 0 ? "Practise" : "Start"}
                    </StartAttemptButton>
                  )
                ) : user ? (
                  <div className="flex flex-wrap items-center gap-3">
                    <ButtonLink
                      href={`/articles/${pack.slug}/preview/${quiz.id}`}
                      variant="secondary"
                      aria-label={`Preview ${quiz.title}`}
                    >
                      Preview
                    </ButtonLink>
                    {classes.map((klass) => (
                      <Link
                        key={klass.id}
                        href={assignHref(klass.id, pack.slug, quiz.id)}
                        aria-label={`Assign ${quiz.title} to ${klass.name}`}
                      >
                        Assign to {klass.name}
                      </Link>
                    ))}
                    {classes.length === 0 && (
                      <Link href="/teacher">Create a class to assign it</Link>
                    )}
                    {user.role === "TEACHER" && (
                      <p className="w-full text-sm">
                        For another tool:{" "}
                        {Object.entries(EXPORT_FORMATS).map(([format, { label }], index) => (
                          <span key={format}>
                            {index > 0 && " · "}
                            <a
                              href={`/teacher/quizzes/${pack.slug}/${quiz.id}/export?format=${format}`}
                              download
                              aria-label={`Download ${quiz.title} as ${label}`}
                            >
                              {label}
                            </a>
                          </span>
                        ))}
                      </p>
                    )}
                  </div>
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
