import type { Metadata } from "next";
import Link from "next/link";
import Form from "next/form";
import { cardClass } from "@/components/ui/card";
import { orNotFound } from "@/app/lib/not-found";
import { requireUser } from "@/app/lib/auth/session";
import { listGradingQueue } from "@/app/lib/data/grading";
import { commentBank, queueQuestions, queueView } from "@/app/lib/quiz/grading-queue";
import { pointsText } from "@/app/lib/score-words";
import { plural } from "@/app/lib/words";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { AnswerShown } from "./_components/answer-shown";
import { GradeForm, GradingSession } from "./_components/grade-form";

export const metadata: Metadata = { title: "Grade written answers" };

type TProps = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ question?: string | string[]; answer?: string | string[] }>;
};

const one = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

/**
 * Grading one question at a time, one answer at a time: the question's answers listed by student
 * on the side, the open one beside them, and Save and next to the next answer waiting.
 */
export default async function GradingPage({ params, searchParams }: TProps) {
  const user = await requireUser("TEACHER");
  const { assignmentId } = await params;
  const asked = await searchParams;
  const queue = await orNotFound(listGradingQueue(user, assignmentId));
  const base = `/teacher/assignments/${assignmentId}/grading`;
  const view = queueView(queue, { question: one(asked.question), answer: one(asked.answer) });
  const href = (question: string, answer: string) =>
    `${base}?${new URLSearchParams({ question, answer })}`;
  const waiting = queue.filter((item) => !item.grade).length;
  return (
    <div>
      <p className="text-sm">
        <Link href={`/teacher/assignments/${assignmentId}`}>← Assignment</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Grade written answers</h1>
      <p className="mt-2">
        {queue.length === 0
          ? "No written answers have been submitted yet."
          : `${waiting} of ${queue.length} awaiting a grade.`}
      </p>
      {view && (
        <>
          {queueQuestions(queue).length > 1 && (
            <Form action={base} className="mt-4 flex flex-wrap items-end gap-3">
              <div className="min-w-64">
                <SelectField
                  label="Question"
                  name="question"
                  defaultValue={view.question.questionId}
                  options={queueQuestions(queue).map((q) => ({
                    value: q.questionId,
                    label: `${q.questionId}: ${q.waiting} of ${q.total} waiting`,
                  }))}
                />
              </div>
              <Button type="submit" variant="secondary">
                Show
              </Button>
            </Form>
          )}
          <div className="mt-6 grid gap-6 md:grid-cols-[14rem_1fr]">
            <nav aria-labelledby="answers-heading">
              <h2 id="answers-heading" className="font-bold">
                Answers to {view.question.questionId}
              </h2>
              <p className="text-muted text-sm">
                {plural(view.question.waiting, "answer")} of {view.question.total} waiting
              </p>
              <ol className="mt-2 max-h-[60vh] space-y-1 overflow-y-auto">
                {view.answers.map((item) => (
                  <li key={item.responseId}>
                    <Link
                      href={href(view.question.questionId, item.responseId)}
                      aria-current={item === view.current ? "page" : undefined}
                      className="aria-[current=page]:border-accent block border-l-4 border-transparent px-2 py-1 aria-[current=page]:font-bold"
                    >
                      {item.studentName}
                      <span className="text-muted text-sm">
                        {" "}
                        ·{" "}
                        {item.grade
                          ? `${pointsText(item.grade.points)} of ${item.rubric.reduce((sum, c) => sum + c.points, 0)}`
                          : "waiting"}
                      </span>
                    </Link>
                  </li>
                ))}
              </ol>
            </nav>
            <GradingSession>
              <article
                aria-labelledby={`answer-${view.current.responseId}`}
                className={cardClass()}
              >
                <h2 id={`answer-${view.current.responseId}`} className="text-lg font-bold">
                  {view.current.studentName}:{" "}
                  {view.current.grade
                    ? `graded ${pointsText(view.current.grade.points)} points`
                    : "awaiting grade"}
                </h2>
                <AnswerShown item={view.current} />
                <GradeForm
                  key={view.current.responseId}
                  responseId={view.current.responseId}
                  studentName={view.current.studentName}
                  rubric={view.current.rubric}
                  saved={view.current.grade}
                  bank={commentBank(view.answers)}
                  nextHref={view.next ? href(view.question.questionId, view.next.responseId) : null}
                />
              </article>
            </GradingSession>
          </div>
        </>
      )}
    </div>
  );
}
