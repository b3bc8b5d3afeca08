import type { TDraft, TDraftKind } from "@/app/lib/drafting/drafts";
import { DRAFT_KINDS } from "@/app/lib/drafting/drafts";
import { DRAFT_KIND_NAMES } from "@/app/lib/drafting/kind-names";
import type { TDraftPart } from "@/app/lib/drafting/kinds/kind";
import { kindOf } from "@/app/lib/quiz/kinds";
import {
  acceptDraftAction,
  acceptDraftKindAction,
  dismissDraftAction,
  editDraftAction,
} from "@/app/teacher/articles/actions";
import { ActionButton } from "@/components/ui/action-form";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

/**
 * What Debrief drafted from the article, kind by kind, for the teacher to review: each draft as
 * students will see it, with the sentences it comes from. Nothing here reaches a student until
 * it is accepted; a dismissed draft is not offered again.
 */
export function DraftsPanel({
  articleId,
  parts,
  drafts: all,
  handled,
  sentences,
}: {
  articleId: string;
  /** The parts this step edits: only drafts for them are offered here. */
  parts: readonly TDraftPart[];
  /** Every draft the text gives; those in `handled` were accepted or dismissed. */
  drafts: TDraft[];
  handled: Readonly<Record<string, "accepted" | "dismissed">>;
  sentences: ReadonlyMap<string, string>;
}) {
  const drafts = all.filter((draft) => parts.includes(draft.part));
  // Said once, where the questions are written: the text gives nothing to draft from.
  if (drafts.length === 0 && !(all.length === 0 && parts.includes("questions"))) return null;
  return (
    <Section id="drafts" title="Drafts from the article">
      <p className="text-muted mt-1 max-w-prose text-sm">
        Made from the article&apos;s own sentences, each citing the ones it comes from. Accept what
        is right, edit what is nearly right, dismiss the rest: nothing here reaches a student until
        you accept it.
      </p>
      {drafts.length === 0 ? (
        <p className="mt-3">This text gives nothing to draft from: write by hand below.</p>
      ) : null}
      {DRAFT_KIND_NAMES.map((kind) => {
        const ofKind = drafts.filter((draft) => draft.kind === kind);
        return ofKind.length === 0 ? null : (
          <KindDrafts
            key={kind}
            articleId={articleId}
            parts={parts}
            kind={kind}
            drafts={ofKind.filter((draft) => handled[draft.key] === undefined)}
            accepted={ofKind.filter((draft) => handled[draft.key] === "accepted").length}
            dismissed={ofKind.filter((draft) => handled[draft.key] === "dismissed").length}
            sentences={sentences}
          />
        );
      })}
    </Section>
  );
}

function KindDrafts({
  articleId,
  parts,
  kind,
  drafts,
  accepted,
  dismissed,
  sentences,
}: {
  articleId: string;
  parts: readonly TDraftPart[];
  kind: TDraftKind;
  /** Those still to review. */
  drafts: TDraft[];
  accepted: number;
  dismissed: number;
  sentences: ReadonlyMap<string, string>;
}) {
  const passing = drafts.filter((draft) => draft.problems.length === 0).length;
  const { title, intro } = DRAFT_KINDS[kind];
  return (
    <Section id={`drafts-${kind}`} title={title} level={3} className="mt-6">
      <p className="text-muted mt-1 max-w-prose text-sm">{intro}</p>
      {/* Stays on the page as drafts are accepted, so the change is announced. */}
      <p role="status" className="mt-1 text-sm">
        {drafts.length} to review · {accepted} accepted · {dismissed} dismissed
      </p>
      {passing > 1 ? (
        <div className="mt-2">
          <ActionButton
            action={acceptDraftKindAction}
            fields={{ articleId, kind, parts: parts.join(",") }}
            variant="primary"
          >
            Accept all {passing} that pass the checks
          </ActionButton>
        </div>
      ) : null}
      <ol className="mt-3 space-y-4">
        {drafts.map((draft, index) => {
          const name = `${title}, draft ${index + 1}`;
          return (
            <li key={draft.key} className={cardClass()}>
              <h4 className="font-bold">{name}</h4>
              <DraftBody draft={draft} sentences={sentences} />
              <p className="mt-2 text-sm font-semibold">From the article:</p>
              <ul className="mt-1 space-y-1 text-sm">
                {draft.cites.map((id) => (
                  <li key={id}>
                    <a href={`#sentence-${id}`}>{id}</a>: <q>{sentences.get(id)}</q>
                  </li>
                ))}
              </ul>
              {draft.problems.length > 0 ? (
                <p className="mt-2 text-sm text-red-700 dark:text-red-300">
                  The checks would refuse it: {draft.problems.join("; ")}.
                </p>
              ) : null}
              <div className="mt-3 flex flex-wrap gap-2">
                {draft.problems.length === 0 ? (
                  <ActionButton
                    action={acceptDraftAction}
                    fields={{ articleId, key: draft.key }}
                    variant="primary"
                  >
                    Accept<span className="sr-only"> {name}</span>
                  </ActionButton>
                ) : null}
                {draft.problems.length === 0 && draft.part === "questions" ? (
                  <ActionButton action={editDraftAction} fields={{ articleId, key: draft.key }}>
                    Edit then accept<span className="sr-only"> {name}</span>
                  </ActionButton>
                ) : null}
                <ActionButton action={dismissDraftAction} fields={{ articleId, key: draft.key }}>
                  Dismiss<span className="sr-only"> {name}</span>
                </ActionButton>
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** A draft as students will see it, with its answer. */
function DraftBody({
  draft,
  sentences,
}: {
  draft: TDraft;
  sentences: ReadonlyMap<string, string>;
}) {
  switch (draft.part) {
    case "questions": {
      const { question } = draft;
      return (
        <div className="mt-1">
          <p>{question.prompt}</p>
          {"options" in question ? (
            <ul className="mt-1 list-disc pl-6">
              {question.options.map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
            </ul>
          ) : null}
          <p className="mt-1 text-sm">
            <span className="font-semibold">Answer:</span>{" "}
            {kindOf(question).describeCorrect(question, sentences)}
          </p>
        </div>
      );
    }
    case "people":
      return (
        <p className="mt-1">
          <span className="font-semibold">{draft.person.name}</span>, {draft.person.role}.{" "}
          {draft.person.about.standard}
        </p>
      );
    case "timeline":
      return (
        <p className="mt-1">
          <span className="font-semibold">{draft.event.when}</span>: {draft.event.title}
        </p>
      );
    case "glossary":
      return (
        <p className="mt-1">
          <span className="font-semibold">{draft.term.term}</span>:{" "}
          {draft.term.definition.standard ||
            "a word students may not know; accept it, then write what it means in the glossary."}
        </p>
      );
    case "whatHappened":
      return (
        <div className="mt-1">
          <p>An outline to rewrite at both reading levels; accepting ticks these as its sources.</p>
          <ol className="mt-1 list-decimal pl-6">
            {draft.outline.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      );
  }
}
