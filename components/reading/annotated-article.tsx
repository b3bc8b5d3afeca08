"use client";

import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import {
  ANNOTATION_KINDS,
  NOTE_MAX_CHARS,
  type TAnnotation,
  type TAnnotationKind,
  findWords,
  kindOf,
  quoteOf,
} from "@/app/lib/reading/annotations";
import {
  ArticleText,
  type TTextParagraph,
  sentenceTextOf,
} from "@/components/article/article-text";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { AnnotationIcon, AnnotationKindLabel } from "./annotation-icon";
import { type TTarget, selectionTargets } from "./selection-target";
import { newAnnotationId, useAnnotationSaver } from "./use-annotation-saver";

// A student's highlights and notes on the article they read (issue 32): select words (or whole
// sentences) and choose a kind, or pick a sentence and kind from the keyboard form; each
// highlight gets a note in the list beside the text. Saved as made, like answers.

const SHORT_QUOTE = 60;
const textOf = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const short = (text: string) =>
  text.length > SHORT_QUOTE ? `${text.slice(0, SHORT_QUOTE - 1).trimEnd()}…` : text;

export function AnnotatedArticle({
  studentId,
  articleSlug,
  version,
  paragraphs,
  highlighted,
  initial,
  children,
  after,
}: {
  studentId: string;
  articleSlug: string;
  /** The version shown: highlights made on another one are listed, not marked in the text. */
  version: string;
  paragraphs: TTextParagraph[];
  highlighted: string[];
  initial: TAnnotation[];
  /** The article's heading and details, above its text. */
  children: ReactNode;
  /** What follows the text (the glossary's definitions). */
  after: ReactNode;
}) {
  const sentences = useMemo(
    () =>
      paragraphs
        .flatMap((p) => p.sentences)
        .map((s, index) => ({
          id: s.id,
          number: index + 1,
          text: sentenceTextOf(s.segments),
        })),
    [paragraphs],
  );
  const byId = useMemo(() => new Map(sentences.map((s) => [s.id, s])), [sentences]);
  const [items, setItems] = useState(initial);
  const [pending, setPending] = useState<TTarget[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [undo, setUndo] = useState<TAnnotation | null>(null);
  const [formError, setFormError] = useState("");
  const textRoot = useRef<HTMLDivElement>(null);

  const saver = useAnnotationSaver(
    `debrief.annotations.${studentId}.${articleSlug}`,
    Object.fromEntries(initial.map((a) => [a.id, a.seq])),
    (kept) =>
      setItems((current) => {
        let next = current;
        for (const change of kept) {
          const rest = next.filter((a) => a.id !== change.id);
          if (change.removed) {
            next = rest;
            continue;
          }
          const known = next.find((a) => a.id === change.id);
          const sentence = byId.get(change.sentenceId);
          const quoted = sentence && quoteOf(sentence.text, change.start, change.end);
          const quote = known?.quote ?? (quoted?.ok ? quoted.quote : "");
          next = [...rest, { ...change, quote, seq: 0 }];
        }
        return next;
      }),
  );

  useEffect(() => {
    const root = textRoot.current;
    if (!root) return;
    const onChange = () => setPending(selectionTargets(root, (id) => byId.get(id)?.text ?? ""));
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [byId]);

  const quoteFor = (target: TTarget) => {
    const text = byId.get(target.sentenceId)?.text ?? "";
    const quoted = quoteOf(text, target.start, target.end);
    return quoted.ok ? quoted.quote : text;
  };

  function mark(targets: readonly TTarget[], kind: TAnnotationKind, note = "") {
    const made = targets.map((target) => ({
      id: newAnnotationId(),
      ...target,
      quote: quoteFor(target),
      kind,
      note,
      contentVersion: version,
      seq: 0,
    }));
    setItems((current) => [...current, ...made]);
    for (const item of made) saver.save(changeOf(item));
    setUndo(null);
    const first = made[0];
    const name = kindOf(kind)?.name ?? kind;
    setAnnouncement(
      made.length === 1 && first
        ? `Marked as ${name}: “${short(first.quote)}”. Add a note beside it under Your highlights.`
        : `Marked ${made.length} sentences as ${name}.`,
    );
  }

  const changeOf = (item: TAnnotation, removed = false) => ({
    id: item.id,
    articleSlug,
    contentVersion: item.contentVersion,
    sentenceId: item.sentenceId,
    start: item.start,
    end: item.end,
    kind: item.kind,
    note: item.note,
    removed,
  });

  function change(item: TAnnotation, edit: Partial<Pick<TAnnotation, "kind" | "note">>) {
    const next = { ...item, ...edit };
    setItems((current) => current.map((a) => (a.id === item.id ? next : a)));
    saver.save(changeOf(next), edit.note !== undefined);
  }

  function remove(item: TAnnotation) {
    setItems((current) => current.filter((a) => a.id !== item.id));
    saver.save(changeOf(item, true));
    setUndo(item);
    setAnnouncement(`Highlight removed: “${short(item.quote)}”.`);
  }

  function restore(item: TAnnotation) {
    setItems((current) => [...current, item]);
    saver.save(changeOf(item));
    setUndo(null);
    setAnnouncement(`Highlight back: “${short(item.quote)}”.`);
  }

  function onKeyboardMark(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const sentence = byId.get(textOf(form, "sentence"));
    if (!sentence) return setFormError("Choose a sentence.");
    const words = textOf(form, "words").trim();
    const found = words ? findWords(sentence.text, words) : null;
    if (words && !found)
      return setFormError(`“${short(words)}” is not in sentence ${sentence.number}.`);
    setFormError("");
    const kind = kindOf(textOf(form, "kind"))?.id ?? "main";
    mark(
      [{ sentenceId: sentence.id, start: found?.[0] ?? null, end: found?.[1] ?? null }],
      kind,
      textOf(form, "note").slice(0, NOTE_MAX_CHARS),
    );
    event.currentTarget.reset();
  }

  const order = (a: TAnnotation) => [byId.get(a.sentenceId)?.number ?? 0, a.start ?? 0] as const;
  const shown = items
    .filter((a) => a.contentVersion === version)
    .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  const earlier = items.filter((a) => a.contentVersion !== version);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,65ch)_minmax(0,1fr)] lg:gap-10">
      <article aria-labelledby="article-title" className="mx-auto max-w-prose lg:mx-0">
        {children}
        <div ref={textRoot}>
          <ArticleText paragraphs={paragraphs} highlighted={highlighted} annotations={shown} />
        </div>
        {after}
      </article>

      <aside aria-labelledby="highlights-heading" className="mx-auto mt-10 max-w-prose lg:mt-0">
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1">
          <h2 id="highlights-heading" className="text-xl font-bold">
            Your highlights ({shown.length + earlier.length})
          </h2>
          <p className="text-muted mt-1 text-sm">
            Select words in the article and choose what they are, or use the form below. Your
            teacher can see your highlights and notes.
          </p>
          <p role="status" aria-live="polite" className="mt-2 text-sm">
            {announcement}
            {undo && (
              <>
                {" "}
                <Button variant="link" onClick={() => restore(undo)}>
                  Undo
                </Button>
              </>
            )}
          </p>
          {shown.length === 0 && earlier.length === 0 ? (
            <p className="mt-3">None yet.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {shown.map((item) => (
                <HighlightItem
                  key={item.id}
                  item={item}
                  sentence={byId.get(item.sentenceId)?.number ?? null}
                  state={saver.states[item.id]}
                  onChange={(edit) => change(item, edit)}
                  onRemove={() => remove(item)}
                  onRetry={() => saver.retry(item.id)}
                />
              ))}
            </ul>
          )}
          {earlier.length > 0 && (
            <>
              <h3 className="mt-6 font-bold">On an earlier version of this article</h3>
              <ul className="mt-2 space-y-3">
                {earlier.map((item) => (
                  <HighlightItem
                    key={item.id}
                    item={item}
                    sentence={null}
                    state={saver.states[item.id]}
                    onChange={(edit) => change(item, edit)}
                    onRemove={() => remove(item)}
                    onRetry={() => saver.retry(item.id)}
                  />
                ))}
              </ul>
            </>
          )}

          <form onSubmit={onKeyboardMark} className={cardClass("mt-6 space-y-3 p-4")} noValidate>
            <h3 className="font-bold">Mark a sentence</h3>
            <div>
              <label htmlFor="mark-sentence" className="font-semibold">
                Sentence
              </label>
              <select id="mark-sentence" name="sentence" className={inputClass}>
                {sentences.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.number}. {short(s.text)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="mark-words" className="font-semibold">
                Only these words (optional)
              </label>
              <input
                id="mark-words"
                name="words"
                className={inputClass}
                aria-describedby={formError ? "mark-error" : "mark-words-hint"}
                aria-invalid={formError ? true : undefined}
              />
              <p id="mark-words-hint" className="text-muted mt-1 text-sm">
                Leave empty to mark the whole sentence.
              </p>
              {formError && (
                <p
                  id="mark-error"
                  role="alert"
                  className="mt-1 text-sm text-red-800 dark:text-red-300"
                >
                  {formError}
                </p>
              )}
            </div>
            <fieldset>
              <legend className="font-semibold">Kind</legend>
              <div className="mt-1 flex flex-wrap gap-x-4">
                {ANNOTATION_KINDS.map((kind, index) => (
                  <label key={kind.id} className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name="kind"
                      value={kind.id}
                      defaultChecked={index === 0}
                      className="size-6"
                    />
                    <AnnotationIcon icon={kind.icon} />
                    {kind.name}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label htmlFor="mark-note" className="font-semibold">
                Note (optional)
              </label>
              <textarea
                id="mark-note"
                name="note"
                rows={2}
                maxLength={NOTE_MAX_CHARS}
                className={inputClass}
              />
            </div>
            <Button type="submit">Add highlight</Button>
          </form>
        </div>
      </aside>

      {pending.length > 0 && (
        <div
          role="region"
          aria-label="Mark the selected words"
          className="border-line bg-card fixed inset-x-0 bottom-0 z-20 border-t p-3 shadow-lg"
        >
          <div className="mx-auto max-w-5xl">
            <p className="text-sm">
              Mark{" "}
              {pending.length === 1 && pending[0]
                ? `“${short(quoteFor(pending[0]))}”`
                : `${pending.length} sentences`}{" "}
              as:
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              {ANNOTATION_KINDS.map((kind) => (
                <Button
                  key={kind.id}
                  variant="secondary"
                  size="sm"
                  // Keeps the selection when pressed, so the words stay shown until marked.
                  onPointerDown={(event) => event.preventDefault()}
                  onClick={() => {
                    mark(pending, kind.id);
                    window.getSelection()?.removeAllRanges();
                    setPending([]);
                  }}
                >
                  <AnnotationIcon icon={kind.icon} />
                  {kind.name}
                </Button>
              ))}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

const SAVE_WORDS = { saving: "Saving…", saved: "Saved", failed: "Not saved" } as const;

function HighlightItem({
  item,
  sentence,
  state,
  onChange,
  onRemove,
  onRetry,
}: {
  item: TAnnotation;
  /** Its sentence's number on the version shown; null for an earlier version's. */
  sentence: number | null;
  state: { state: keyof typeof SAVE_WORDS; message?: string } | undefined;
  onChange: (edit: Partial<Pick<TAnnotation, "kind" | "note">>) => void;
  onRemove: () => void;
  onRetry: () => void;
}) {
  const where = sentence === null ? "an earlier version" : `sentence ${sentence}`;
  return (
    <li className={cardClass("p-3")} aria-label={`Highlight of ${where}`}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <AnnotationKindLabel kind={item.kind} />
        {sentence === null ? (
          <span className="text-muted">{where}</span>
        ) : (
          <a href={`#${item.sentenceId}`}>Sentence {sentence}</a>
        )}
      </p>
      <p className="mt-1">
        <q>{item.quote}</q>
      </p>
      <label htmlFor={`note-${item.id}`} className="mt-2 block text-sm font-semibold">
        Note<span className="sr-only"> on {where}</span>
      </label>
      <textarea
        id={`note-${item.id}`}
        rows={2}
        maxLength={NOTE_MAX_CHARS}
        defaultValue={item.note}
        onChange={(event) => onChange({ note: event.target.value })}
        className={inputClass}
      />
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-36 flex-1">
          <label htmlFor={`kind-${item.id}`} className="text-sm font-semibold">
            Kind<span className="sr-only"> of {where}</span>
          </label>
          <select
            id={`kind-${item.id}`}
            value={item.kind}
            onChange={(event) => {
              const kind = kindOf(event.target.value);
              if (kind) onChange({ kind: kind.id });
            }}
            className={inputClass}
          >
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind.id} value={kind.id}>
                {kind.name}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary" size="sm" onClick={onRemove}>
          Remove<span className="sr-only"> the highlight of {where}</span>
        </Button>
      </div>
      {state && (
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <span
            className={state.state === "failed" ? "text-red-800 dark:text-red-300" : "text-muted"}
          >
            {SAVE_WORDS[state.state]}
            {state.message && `: ${state.message}`}
          </span>
          {state.state === "failed" && (
            <Button variant="secondary" size="sm" onClick={onRetry}>
              Retry
            </Button>
          )}
        </p>
      )}
    </li>
  );
}
