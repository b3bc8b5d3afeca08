"use client";

import { createContext, useActionState, useContext, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { TActionState } from "@/app/lib/action-state";
import { gradeAnswerAction } from "@/app/teacher/assignments/actions";
import { FormStateProvider } from "@/components/ui/action-form";
import { Button, buttonClass } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { cn } from "@/components/ui/cn";

type TCriterion = { id: string; label: string; points: number; description: string };

/**
 * What the last "Save and next" said, kept above the answer the teacher moved on to: each
 * answer's form is new, and the confirmation is not lost with the old one.
 */
const SavedContext = createContext<(state: TActionState) => void>(() => {});

export function GradingSession({ children }: { children: ReactNode }) {
  const [saved, setSaved] = useState<TActionState | undefined>(undefined);
  return (
    <SavedContext value={setSaved}>
      <FormMessage state={saved} />
      {children}
    </SavedContext>
  );
}

/**
 * One answer's grade: each rubric criterion's levels as buttons with the criterion's description,
 * the comments already written on the question to use again, Save, and Save and next (also
 * Ctrl+Enter). Levels are radio buttons, so arrow keys move between them.
 */
export function GradeForm({
  responseId,
  studentName,
  rubric,
  saved,
  bank,
  nextHref,
}: {
  responseId: string;
  studentName: string;
  rubric: TCriterion[];
  saved: { criteria: Record<string, number>; comment: string } | null;
  bank: string[];
  /** The next answer awaiting a grade, if any. */
  nextHref: string | null;
}) {
  const router = useRouter();
  const say = useContext(SavedContext);
  const form = useRef<HTMLFormElement>(null);
  const thenNext = useRef(false);
  const [levels, setLevels] = useState<Record<string, number | undefined>>(
    () => saved?.criteria ?? {},
  );
  const [state, formAction] = useActionState(
    async (previous: TActionState | undefined, data: FormData) => {
      const result = await gradeAnswerAction(previous, data);
      // Moving on, the confirmation goes above the next answer; staying, it is said here.
      if (result.ok && thenNext.current && nextHref) {
        say(result);
        router.push(nextHref);
        return undefined;
      }
      return result;
    },
    undefined,
  );
  const max = rubric.reduce((sum, c) => sum + c.points, 0);
  const total = rubric.reduce((sum, c) => sum + (levels[c.id] ?? 0), 0);
  const blank = rubric.filter((c) => levels[c.id] === undefined).length;
  // The comment box stays uncontrolled (it shows what a refused save sent back); a comment from
  // the bank is added to what is typed.
  const addComment = (text: string) => {
    const box = form.current?.elements.namedItem("comment");
    if (!(box instanceof HTMLTextAreaElement)) return;
    box.value = box.value.trim() ? `${box.value.trim()} ${text}` : text;
    box.focus();
  };
  const submit = (next: boolean) => {
    thenNext.current = next;
    form.current?.requestSubmit();
  };
  return (
    <FormStateProvider value={state}>
      <form
        ref={form}
        action={formAction}
        noValidate
        aria-label={`Grade ${studentName}`}
        className="mt-4 space-y-4"
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit(nextHref !== null);
          }
        }}
      >
        <FormMessage state={state} />
        <input type="hidden" name="responseId" value={responseId} />
        {rubric.map((criterion) => (
          <fieldset key={criterion.id}>
            <legend className="font-semibold">
              {criterion.label} (0–{criterion.points})
            </legend>
            <p className="text-muted text-sm">{criterion.description}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              {Array.from({ length: criterion.points + 1 }, (_, level) => (
                <label
                  key={level}
                  className={cn(
                    buttonClass({ variant: "secondary" }, "relative min-w-11"),
                    "has-checked:bg-accent has-checked:text-accent-ink has-checked:border-accent",
                  )}
                >
                  <input
                    type="radio"
                    // Over the whole button, transparent: clicks and the focus ring are its own.
                    className="absolute inset-0 cursor-pointer appearance-none rounded-md"
                    name={`criterion_${criterion.id}`}
                    value={level}
                    checked={levels[criterion.id] === level}
                    onChange={() => setLevels((all) => ({ ...all, [criterion.id]: level }))}
                    aria-label={`${criterion.label}: ${level} of ${criterion.points}`}
                  />
                  {level}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className="font-semibold" aria-live="polite">
          Total: {total} of {max}
          {blank > 0 && <span className="text-muted font-normal"> ({blank} not scored yet)</span>}
        </p>
        <TextAreaField
          id={`${responseId}-comment`}
          label="Comment for the student"
          name="comment"
          rows={3}
          defaultValue={saved?.comment ?? ""}
        />
        {bank.length > 0 && (
          <div>
            <p className="text-sm font-semibold">Comments you wrote on this question</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {bank.map((text) => (
                <li key={text}>
                  <Button
                    size="sm"
                    variant="secondary"
                    className="font-normal"
                    aria-label={`Use comment: ${text}`}
                    onClick={() => addComment(text)}
                  >
                    {text}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          {nextHref && (
            <Button type="button" onClick={() => submit(true)}>
              Save and next
            </Button>
          )}
          <Button
            type="button"
            variant={nextHref ? "secondary" : "primary"}
            onClick={() => submit(false)}
          >
            Save grade
          </Button>
          <span className="text-muted text-sm">
            Arrow keys choose a level; Ctrl+Enter saves{nextHref ? " and opens the next" : ""}.
          </span>
        </div>
      </form>
    </FormStateProvider>
  );
}
