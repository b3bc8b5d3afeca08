import type { Metadata } from "next";
import { RubricScores } from "./_components/rubric-scores";
import { cardClass } from "@/components/ui/card";
import { orNotFound } from "@/app/lib/not-found";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { listGradingQueue } from "@/app/lib/data/grading";
import { gradeAnswerAction } from "@/app/teacher/assignments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export const metadata: Metadata = { title: "Grade written answers" };

export default async function GradingPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const user = await requireUser("TEACHER");
  const { assignmentId } = await params;
  const queue = await orNotFound(listGradingQueue(user, assignmentId));
  const waiting = queue.filter((item) => !item.grade).length;
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/teacher/assignments/${assignmentId}`}>← Assignment</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Grade written answers</h1>
      <p className="mt-2">
        {queue.length === 0
          ? "No written answers have been submitted yet."
          : `${waiting} of ${queue.length} awaiting a grade.`}
      </p>
      <ol className="mt-6 space-y-8">
        {queue.map((item) => (
          <li key={item.responseId}>
            <article aria-labelledby={`answer-${item.responseId}`} className={cardClass()}>
              <h2 id={`answer-${item.responseId}`} className="text-lg font-bold">
                {item.studentName}:{" "}
                {item.grade ? `graded ${item.grade.points} points` : "awaiting grade"}
              </h2>
              <p className="text-muted mt-1">{item.prompt}</p>
              <dl className="mt-3 space-y-2">
                <div>
                  <dt className="font-semibold">Claim</dt>
                  <dd>
                    {item.sides.find((s) => s.id === item.answer.claim)?.text ?? "(none chosen)"}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold">Evidence</dt>
                  <dd>
                    {item.evidence.length === 0 ? (
                      "(none cited)"
                    ) : (
                      <ul className="list-disc pl-5">
                        {item.evidence.map((e) => (
                          <li key={e.id}>“{e.text}”</li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold">Reasoning</dt>
                  <dd className="whitespace-pre-wrap">{item.answer.reasoning || "(none)"}</dd>
                </div>
              </dl>
              <ActionForm
                action={gradeAnswerAction}
                className="mt-4 space-y-3"
                label={`Grade ${item.studentName}`}
              >
                <input type="hidden" name="responseId" value={item.responseId} />
                <RubricScores
                  responseId={item.responseId}
                  rubric={item.rubric}
                  saved={item.grade?.criteria ?? null}
                />
                <TextAreaField
                  id={`${item.responseId}-comment`}
                  label="Comment for the student"
                  name="comment"
                  rows={3}
                  defaultValue={item.grade?.comment ?? ""}
                />
                <SubmitButton>Save grade</SubmitButton>
              </ActionForm>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
