import type { TArticlePack } from "@/app/lib/content/pack";
import { cardClass } from "@/components/ui/card";
import type { TAssignmentRow } from "@/app/lib/data/assignment-rows";
import type { TAction } from "@/app/lib/action-state";
import { endOfDayLocal, utcToZonedLocal } from "@/app/lib/time";
import { DEFAULT_ASSIGNMENT_RULES } from "@/app/lib/schemas/assignments";
import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { QuizTitleFields } from "./quiz-title-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeZoneField } from "@/components/ui/time-zone";

/**
 * An assignment's title when a quiz is picked: the article's headline, and the quiz's title where
 * the article has several.
 */
function titleFor(pack: TArticlePack, quiz: TArticlePack["quizzes"][number] | undefined): string {
  const headline = pack.article.title;
  return quiz && pack.quizzes.length > 1 ? `${headline}: ${quiz.title}` : headline;
}

/** Create or edit an assignment of one article: a quiz of it or one composed from its bank. */
export function AssignmentForm({
  action,
  hidden,
  pack,
  current,
  timeZone,
  submitLabel,
  initialQuizId,
}: {
  action: TAction;
  hidden: Record<string, string>;
  pack: TArticlePack;
  current?: TAssignmentRow;
  timeZone: string;
  submitLabel: string;
  /** For a new assignment: the quiz the teacher came from ("Assign to a class"). */
  initialQuizId?: string;
}) {
  const firstQuiz = pack.quizzes.find((q) => q.id === initialQuizId) ?? pack.quizzes[0];
  const now = new Date();
  const dueDefault = endOfDayLocal(7, timeZone, now);
  const picked = current && !current.quizId ? current.questionIds : [];
  return (
    <ActionForm action={action} className="space-y-5" label={submitLabel}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="articleSlug" value={pack.slug} />
      <QuizTitleFields
        quizzes={pack.quizzes.map((quiz) => ({
          id: quiz.id,
          title: quiz.title,
          count: quiz.questions.length,
          assignmentTitle: titleFor(pack, quiz),
        }))}
        defaultSource={
          current
            ? current.quizId
              ? `quiz:${current.quizId}`
              : "compose"
            : `quiz:${firstQuiz?.id}`
        }
        defaultTitle={current?.title ?? titleFor(pack, firstQuiz)}
      />
      <details className="border-line rounded-md border p-3" open={picked.length > 0}>
        <summary className="cursor-pointer font-semibold">
          Compose: choose and order questions
        </summary>
        <p className="text-muted mt-2 text-sm">
          Tick questions to include. Give a position number to set the order (empty: bank order).
        </p>
        <ul className="mt-3 space-y-2">
          {[...pack.questions.values()].map((question) => (
            <li key={question.id} className="flex flex-wrap items-start gap-3">
              <input
                type="checkbox"
                id={`pick-${question.id}`}
                name={`pick_${question.id}`}
                defaultChecked={picked.includes(question.id)}
                className="mt-1 size-5"
              />
              <label htmlFor={`pick-${question.id}`} className="min-w-0 flex-1">
                <span className="text-muted font-mono text-sm">{question.id}</span>{" "}
                {question.prompt}{" "}
                <span className="text-muted text-sm">
                  ({question.type}, {question.skill}, {question.points} pt)
                </span>
              </label>
              <label className="text-sm">
                <span className="sr-only">Position of {question.id}</span>
                <input
                  type="number"
                  min={1}
                  name={`pos_${question.id}`}
                  defaultValue={
                    picked.includes(question.id) ? picked.indexOf(question.id) + 1 : undefined
                  }
                  placeholder="#"
                  className={cardClass("w-16 rounded-md px-2 py-1")}
                />
              </label>
            </li>
          ))}
        </ul>
      </details>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Opens"
          name="availableFrom"
          type="datetime-local"
          defaultValue={utcToZonedLocal(current?.availableFrom ?? now, timeZone)}
          required
        />
        <Field
          label="Due"
          name="dueAt"
          type="datetime-local"
          defaultValue={current ? utcToZonedLocal(current.dueAt, timeZone) : dueDefault}
          required
        />
      </div>
      <TimeZoneField fallback={timeZone} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Attempts allowed"
          name="attemptsAllowed"
          inputMode="numeric"
          hint="Empty for unlimited"
          defaultValue={
            current
              ? (current.attemptsAllowed?.toString() ?? "")
              : String(DEFAULT_ASSIGNMENT_RULES.attemptsAllowed)
          }
        />
        <Field
          label="Time limit (minutes)"
          name="timeLimitMinutes"
          inputMode="numeric"
          hint="Empty for none; enforced by the server"
          defaultValue={current?.timeLimitSec ? String(current.timeLimitSec / 60) : ""}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Attempt that counts"
          name="countPolicy"
          defaultValue={current?.countPolicy ?? DEFAULT_ASSIGNMENT_RULES.countPolicy}
          options={[
            { value: "HIGHEST", label: "Highest" },
            { value: "LATEST", label: "Latest" },
            { value: "FIRST", label: "First" },
          ]}
        />
        <SelectField
          label="Students see feedback"
          name="feedbackPolicy"
          defaultValue={current?.feedbackPolicy ?? DEFAULT_ASSIGNMENT_RULES.feedbackPolicy}
          options={[
            { value: "IMMEDIATE", label: "Immediately" },
            { value: "AFTER_DUE", label: "After the due date" },
            { value: "NEVER", label: "Never" },
          ]}
        />
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="shuffle"
            defaultChecked={current?.shuffle ?? DEFAULT_ASSIGNMENT_RULES.shuffle}
            className="size-5"
          />
          Shuffle questions and options
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="allowLate"
            defaultChecked={current?.allowLate ?? DEFAULT_ASSIGNMENT_RULES.allowLate}
            className="size-5"
          />
          Accept late submissions
        </label>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
