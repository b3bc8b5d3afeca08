"use client";

import { useActionState, useRef, useState } from "react";
import type { TArticleDraft, TDraftParagraph } from "@/app/lib/authoring/draft";
import { SKILLS } from "@/app/lib/quiz/kinds/kind";
import type { TQuestion, TQuestionType } from "@/app/lib/quiz/kinds";
import { saveQuestionAction, saveQuestionDraftAction } from "@/app/teacher/articles/actions";
import { FormStateProvider } from "@/components/ui/action-form";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AutosaveStatus } from "../autosave-status";
import { SentencePicker } from "../sentence-picker";
import { useDraftAutosave } from "../use-draft-autosave";
import type { TKindEditor } from "./kind-editor";
import { QUESTION_EDITORS, restoredQuestion } from "./registry";

/**
 * One question's editor: what every question has (prompt, skill, difficulty, points, the
 * explanation shown after answering, the sentences it rests on), then its type's own fields.
 * Saving sends the whole question; the type's schema on the server decides, field by field.
 * Until then what is typed is autosaved beside the question, and comes back on the next visit.
 */
export function QuestionEditor({
  articleId,
  revision,
  initial,
  unsaved,
  paragraphs,
  onSaved,
}: {
  articleId: string;
  /** The text revision the page was drawn from. */
  revision: number;
  initial: TQuestion;
  /** What was typed and not saved, from the last visit. */
  unsaved?: TArticleDraft["questionDrafts"][string];
  paragraphs: TDraftParagraph[];
  /** Told the outcome's message when the question is saved. */
  onSaved?: (message: string) => void;
}) {
  const [question, setQuestionState] = useState(() =>
    unsaved ? restoredQuestion(initial.id, unsaved.question) : initial,
  );
  const latest = useRef(question);
  const saver = useDraftAutosave<TQuestion>(
    saveQuestionDraftAction,
    { articleId, questionId: initial.id },
    unsaved?.seq ?? 0,
    {
      initial: question,
      revision,
      valueField: "question",
      baseField: "baseQuestion",
      replace: (next) => {
        latest.current = next;
        setQuestionState(next);
      },
    },
  );
  const setQuestion = (next: TQuestion | ((current: TQuestion) => TQuestion)) => {
    latest.current = typeof next === "function" ? next(latest.current) : next;
    setQuestionState(latest.current);
    saver.update(latest.current, true);
  };
  const [state, formAction] = useActionState(
    async (previous: Parameters<typeof saveQuestionAction>[0], form: FormData) => {
      // The Save button keeps it now; a late autosave must not bring the editor's copy back.
      saver.cancel();
      form.set("revision", String(saver.revision()));
      const result = await saveQuestionAction(previous, form);
      if (result.ok) onSaved?.(result.message ?? "Saved.");
      // Refused: what was typed is still only on screen, so it is stored beside the question
      // at once (as a pause in typing would have), and survives a reload.
      else saver.update(latest.current, false);
      return result;
    },
    undefined,
  );
  const prefix = `q-${initial.id}`;
  const set = (change: Partial<TQuestion>) =>
    setQuestion((current) => ({ ...current, ...change }) as TQuestion);
  const editor = QUESTION_EDITORS[question.type];
  const { Editor } = editor;
  // The registry pairs each type with its own functions; TypeScript cannot follow the pairing.
  const extras = editor as Pick<TKindEditor<TQuestionType>, "promptLabel"> & {
    answerCites?: (question: TQuestion) => readonly string[];
  };
  const answerCites = extras.answerCites?.(question) ?? [];
  // The answer's own sentences are cited, with any the teacher adds.
  const sent = { ...question, cites: [...new Set([...answerCites, ...question.cites])] };
  const citesPicker = (
    <SentencePicker
      id={`${prefix}-cites`}
      label={`Sentences question ${initial.id} rests on`}
      paragraphs={paragraphs}
      picked={question.cites}
      onToggle={(id) =>
        set({
          cites: question.cites.includes(id)
            ? question.cites.filter((cite) => cite !== id)
            : [...question.cites, id],
        })
      }
    />
  );
  const citesErrors = state?.errors?.cites ? (
    <p className="text-sm font-medium text-red-700 dark:text-red-300">
      {state.errors.cites.join(" ")}
    </p>
  ) : null;
  return (
    <FormStateProvider value={state}>
      <form
        key={saver.shownKey}
        action={formAction}
        className="space-y-4"
        noValidate
        aria-label={`Edit question ${initial.id}`}
      >
        <FormMessage state={state} />
        {unsaved ? (
          <p className="text-muted text-sm">
            This is what you typed last time, not yet saved into the question: save it to keep it.
          </p>
        ) : null}
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="questionId" value={initial.id} />
        <input type="hidden" name="question" value={JSON.stringify(sent)} />
        <TextAreaField
          id={`${prefix}-prompt`}
          required
          label={extras.promptLabel ?? "Question"}
          name="prompt"
          rows={2}
          defaultValue={question.prompt}
          onChange={(event) => set({ prompt: event.target.value })}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id={`${prefix}-skill`}
            label="Skill"
            name="skill"
            defaultValue={question.skill}
            options={SKILLS.map((skill) => ({ value: skill, label: skill }))}
            onChange={(event) => set({ skill: event.target.value as TQuestion["skill"] })}
          />
          <SelectField
            id={`${prefix}-difficulty`}
            label="Difficulty"
            name="difficulty"
            defaultValue={String(question.difficulty)}
            options={[
              { value: "1", label: "1 — easy" },
              { value: "2", label: "2 — medium" },
              { value: "3", label: "3 — hard" },
            ]}
            onChange={(event) => set({ difficulty: Number(event.target.value) })}
          />
          <Field
            id={`${prefix}-points`}
            label="Points"
            name="points"
            type="number"
            min={1}
            defaultValue={String(question.points)}
            onChange={(event) => set({ points: Number(event.target.value) })}
          />
        </div>
        <Editor
          idPrefix={prefix}
          // The registry pairs each type with its own editor; TypeScript cannot follow the pairing.
          question={question as never}
          onChange={(next: TQuestion) => setQuestion(next)}
          paragraphs={paragraphs}
        />
        <TextAreaField
          id={`${prefix}-explanation`}
          required
          label="Explanation shown after answering"
          name="explanation"
          rows={3}
          defaultValue={question.explanation}
          onChange={(event) => set({ explanation: event.target.value })}
        />
        {extras.answerCites ? (
          <details open={question.cites.length > 0 || citesErrors !== null}>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">
              Cite more sentences (optional)
            </summary>
            <p className="text-muted text-sm">
              The sentences that answer it are its citation; add others it rests on.{" "}
              {question.cites.length} more chosen.
            </p>
            {citesErrors}
            {citesPicker}
          </details>
        ) : (
          <div>
            <h4 className="font-semibold">
              Sentences the answer rests on{" "}
              <span className="text-muted text-sm font-normal">(at least one)</span>
            </h4>
            <p className="text-muted text-sm">
              Students get “show in the article” links to these after answering.{" "}
              {question.cites.length} chosen.
            </p>
            {citesErrors}
            {citesPicker}
          </div>
        )}
        <AutosaveStatus status={saver.status} retry={saver.retry} resolve={saver.resolve} />
        <SubmitButton pendingLabel="Saving…">
          {initial.id === "new" ? "Save the new question" : `Save question ${initial.id}`}
        </SubmitButton>
      </form>
    </FormStateProvider>
  );
}
