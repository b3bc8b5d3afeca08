"use client";

import { plural } from "@/app/lib/words";
import { buttonClass } from "@/components/ui/button";
import { useRouter } from "next/navigation";
import { Fragment, useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { TAnswer } from "@/app/lib/quiz/kinds";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { FormMessage } from "@/components/ui/form-message";
import { QuestionInput } from "@/components/quiz/inputs/question-input";
import { QuestionCard } from "@/components/quiz/question-card";
import type { TSentenceOption } from "@/components/quiz/inputs/input-props";

type TSaveState = { state: "idle" | "saving" | "saved" | "failed" | "closed"; message?: string };

const TYPING_PAUSE_MS = 600;

/**
 * Saves every answer to the server as it is given. Each save carries a per-question sequence
 * number, so the server keeps the newest even if requests arrive out of order.
 */
function useAnswerSaver(attemptId: string, initialSeqs: Record<string, number>) {
  const seqs = useRef(new Map(Object.entries(initialSeqs)));
  const latest = useRef(new Map<string, TAnswer>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const [states, setStates] = useState<Record<string, TSaveState>>({});
  const setState = (questionId: string, state: TSaveState) =>
    setStates((all) => ({ ...all, [questionId]: state }));

  async function send(questionId: string): Promise<void> {
    timers.current.delete(questionId);
    // Loops only when another tab or device saved a newer number: this is the student's latest
    // action, so it is sent again above that number.
    for (;;) {
      const seq = (seqs.current.get(questionId) ?? 0) + 1;
      seqs.current.set(questionId, seq);
      setState(questionId, { state: "saving" });
      try {
        const response = await fetch(`/api/attempts/${attemptId}/answers`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ questionId, seq, answer: latest.current.get(questionId) }),
        });
        if (seqs.current.get(questionId) !== seq) return; // a newer save is on its way and decides
        const body = (await response.json().catch(() => ({}))) as {
          status?: string;
          seq?: number;
          error?: string;
        };
        if (response.ok) return setState(questionId, { state: "saved" });
        if (response.status === 409 && body.status === "stale") {
          seqs.current.set(questionId, body.seq ?? seq);
          continue;
        }
        return setState(questionId, {
          state: response.status === 409 ? "closed" : "failed",
          message: body.error ?? "The answer was not saved.",
        });
      } catch {
        if (seqs.current.get(questionId) === seq) {
          setState(questionId, {
            state: "failed",
            message: "No connection: the answer was not saved.",
          });
        }
        return;
      }
    }
  }

  const update = (questionId: string, answer: TAnswer, typing = false) => {
    latest.current.set(questionId, answer);
    clearTimeout(timers.current.get(questionId));
    if (typing) {
      setState(questionId, { state: "saving" });
      timers.current.set(
        questionId,
        setTimeout(() => void send(questionId), TYPING_PAUSE_MS),
      );
    } else {
      void send(questionId);
    }
  };

  const flush = async () => {
    await Promise.all([...timers.current.keys()].map((questionId) => send(questionId)));
  };

  // Typing that has not been sent yet goes out when the tab is hidden or closed.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  });

  return { states, update, retry: send, flush };
}

const STATUS_TEXT: Record<TSaveState["state"], string> = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  failed: "Not saved",
  closed: "Not saved",
};

export function QuizRunner({
  attemptId,
  questions,
  initialAnswers,
  initialSeqs,
  sentences,
  finalAttempt,
  readAloud = false,
}: {
  attemptId: string;
  questions: TPublicQuestion[];
  initialAnswers: Record<string, TAnswer>;
  initialSeqs: Record<string, number>;
  sentences: TSentenceOption[];
  /** The student's last allowed attempt at an assignment: submitting asks to confirm first. */
  finalAttempt: boolean;
  /** Read-aloud of each question, for a student who has it. */
  readAloud?: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const [answers, setAnswers] = useState<Record<string, TAnswer>>(initialAnswers);
  const saver = useAnswerSaver(attemptId, initialSeqs);
  const router = useRouter();
  const [submitError, setSubmitError] = useState<string | null>(null);
  // One object per error, so the message takes focus when it appears, not on every render.
  const submitOutcome = useMemo(
    () => (submitError ? { message: submitError } : undefined),
    [submitError],
  );
  const [submitting, startSubmit] = useTransition();
  const submit = () =>
    startSubmit(async () => {
      setSubmitError(null);
      await saver.flush();
      try {
        const response = await fetch(`/api/attempts/${attemptId}/submit`, { method: "POST" });
        if (response.ok) {
          // The review (score first) replaces the questions: start reading it from the top.
          window.scrollTo({ top: 0 });
          return router.refresh();
        }
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        setSubmitError(body.error ?? "The attempt could not be submitted. Try again.");
      } catch {
        setSubmitError("No connection: the attempt was not submitted. Try again.");
      }
    });
  const states = Object.values(saver.states);
  const busy = states.some((s) => s.state === "saving");
  const failed = states.filter((s) => s.state === "failed").length;
  const answered = questions.filter((q) => answers[q.id] !== undefined).length;
  // Named and linked before submitting: "6 unanswered" alone sends a student hunting.
  const unanswered = questions.flatMap((question, index) =>
    answers[question.id] === undefined ? [{ question, number: index + 1 }] : [],
  );

  return (
    <div>
      <p className="text-muted">
        Your answers are saved as you go: you can leave and come back on any device. {answered} of{" "}
        {questions.length} answered.
      </p>
      <ol className="mt-6 space-y-8">
        {questions.map((question, index) => {
          const status = saver.states[question.id] ?? {
            state: answers[question.id] ? "saved" : "idle",
          };
          return (
            <li key={question.id}>
              <QuestionCard question={question} index={index} readAloud={readAloud}>
                <QuestionInput
                  question={question}
                  answer={answers[question.id]}
                  sentences={sentences}
                  onChange={(answer, options) => {
                    setAnswers((all) => ({ ...all, [question.id]: answer }));
                    saver.update(question.id, answer, options?.typing);
                  }}
                />
                {/* Fixed height: the status changing never moves the page. */}
                <div className="mt-3 flex min-h-11 items-center gap-3 text-sm">
                  <p
                    role="status"
                    className={
                      status.state === "failed" || status.state === "closed"
                        ? "font-semibold text-red-800 dark:text-red-300"
                        : "text-muted"
                    }
                  >
                    {status.state === "saved" && <span aria-hidden="true">✓ </span>}
                    {STATUS_TEXT[status.state]}
                    {status.message && `: ${status.message}`}
                  </p>
                  {status.state === "failed" && (
                    <button
                      type="button"
                      onClick={() => void saver.retry(question.id)}
                      className={buttonClass({ variant: "secondary", size: "sm" })}
                    >
                      Retry
                    </button>
                  )}
                </div>
              </QuestionCard>
            </li>
          );
        })}
      </ol>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (finalAttempt && !confirming) setConfirming(true);
          else submit();
        }}
        className="border-line mt-10 space-y-3 border-t pt-6"
      >
        <FormMessage state={submitOutcome} />
        {failed > 0 && (
          <p role="alert" className="font-semibold text-red-800 dark:text-red-300">
            {failed} answer{failed === 1 ? " is" : "s are"} not saved. Retry{" "}
            {failed === 1 ? "it" : "them"} before you submit.
          </p>
        )}
        {unanswered.length > 0 ? (
          <p className="text-muted text-sm">
            {plural(unanswered.length, "question")} unanswered:{" "}
            {unanswered.map(({ question, number }, i) => (
              <Fragment key={question.id}>
                {i > 0 && ", "}
                <a href={`#${question.id}-prompt`}>Question {number}</a>
              </Fragment>
            ))}
            . You can still submit.
          </p>
        ) : (
          <p className="text-muted text-sm">All questions answered.</p>
        )}
        {confirming ? (
          <div role="alertdialog" aria-labelledby="confirm-submit" className="space-y-3">
            <p id="confirm-submit" className="font-semibold">
              This is your last attempt: once you hand it in, you cannot change your answers.
            </p>
            <p className="flex flex-wrap gap-3">
              <button
                type="submit"
                disabled={busy || failed > 0 || submitting}
                className={buttonClass()}
              >
                {submitting ? "Submitting…" : "Hand it in"}
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className={buttonClass({ variant: "secondary" })}
              >
                Keep working
              </button>
            </p>
          </div>
        ) : (
          <button
            type="submit"
            disabled={busy || failed > 0 || submitting}
            className={buttonClass()}
          >
            {submitting ? "Submitting…" : "Submit answers"}
          </button>
        )}
      </form>
    </div>
  );
}
