import "server-only";
import type { TArticleDraft } from "@/app/lib/authoring/draft";
import { EXPLAINER_PARTS } from "@/app/lib/authoring/explainer-parts";
import { InvalidInputError } from "@/app/lib/data/errors";
import { nextQuestionId, updateDraft } from "@/app/lib/data/draft-saves";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { draftsFor, type TDraft, type TDraftKind } from "@/app/lib/drafting/drafts";
import type { TDraftPart } from "@/app/lib/drafting/kinds/kind";

// Accepting and dismissing the drafts Debrief made from the text. The drafts are made again here
// from the stored text, never taken from the request: a key names one of them, so what becomes
// part of the article is only ever what the drafting made, as the checks saw it.

const GONE =
  "That draft is no longer offered: the text changed, or it was accepted or dismissed in another window. The page now shows the drafts there are.";

/** The drafts still offered for a draft: made from its text, less those accepted or dismissed. */
function offeredDrafts(draft: TArticleDraft): TDraft[] {
  return draftsFor(draft.paragraphs).filter((d) => draft.handledDrafts[d.key] === undefined);
}

function withDraft(draft: TArticleDraft, accepted: TDraft): TArticleDraft {
  switch (accepted.part) {
    case "questions":
      return {
        ...draft,
        questions: [
          ...draft.questions,
          { ...accepted.question, id: nextQuestionId(draft.questions) },
        ],
      };
    case "people":
      return { ...draft, people: [...draft.people, accepted.person] };
    case "timeline":
      return { ...draft, timeline: [...draft.timeline, accepted.event] };
    case "glossary":
      return { ...draft, glossary: [...draft.glossary, accepted.term] };
    case "whatHappened": {
      // Its sources join any already ticked, in the article's order.
      const order = draft.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
      const cites = new Set([...draft.whatHappened.cites, ...accepted.cites]);
      return {
        ...draft,
        whatHappened: { ...draft.whatHappened, cites: order.filter((id) => cites.has(id)) },
      };
    }
  }
}

function withinLimits(draft: TArticleDraft): void {
  for (const part of ["people", "timeline", "glossary"] as const) {
    const result = EXPLAINER_PARTS[part].safeParse(draft[part]);
    if (!result.success) throw new InvalidInputError(result.error.issues[0]!.message);
  }
}

/**
 * Accepts one draft (`key`), or every draft of a kind that passes the checks (`kind`). Returns
 * the ids of the questions it added, for the editor to open.
 */
export async function acceptDrafts(
  user: TSessionUser,
  articleId: string,
  /** One draft, or every one of a kind that passes the checks (within the parts given). */
  choice: { key: string } | { kind: TDraftKind; parts?: readonly TDraftPart[] },
): Promise<{ accepted: number; questionIds: string[] }> {
  let outcome = { accepted: 0, questionIds: [] as string[] };
  await updateDraft(user, articleId, ({ draft }) => {
    const offered = offeredDrafts(draft);
    let chosen: TDraft[];
    if ("key" in choice) {
      const one = offered.find((d) => d.key === choice.key);
      if (!one) throw new InvalidInputError(GONE);
      if (one.problems.length > 0)
        throw new InvalidInputError(
          `This draft cannot be accepted as it is (${one.problems.join("; ")}). Dismiss it, or write that question yourself.`,
        );
      chosen = [one];
    } else {
      const { kind, parts } = choice;
      chosen = offered.filter(
        (d) => d.kind === kind && d.problems.length === 0 && (!parts || parts.includes(d.part)),
      );
      if (chosen.length === 0)
        throw new InvalidInputError("No draft of this kind is left that passes the checks.");
    }
    let next = draft;
    const questionIds: string[] = [];
    for (const accepted of chosen) {
      next = withDraft(next, accepted);
      if (accepted.part === "questions") questionIds.push(next.questions.at(-1)!.id);
    }
    withinLimits(next);
    outcome = { accepted: chosen.length, questionIds };
    return {
      draft: {
        ...next,
        handledDrafts: {
          ...draft.handledDrafts,
          ...Object.fromEntries(chosen.map((d) => [d.key, "accepted" as const])),
        },
      },
      textChanged: false,
    };
  });
  return outcome;
}

export async function dismissDraft(
  user: TSessionUser,
  articleId: string,
  key: string,
): Promise<void> {
  await updateDraft(user, articleId, ({ draft }) => {
    if (!offeredDrafts(draft).some((d) => d.key === key)) throw new InvalidInputError(GONE);
    return {
      draft: { ...draft, handledDrafts: { ...draft.handledDrafts, [key]: "dismissed" } },
      textChanged: false,
    };
  });
}
