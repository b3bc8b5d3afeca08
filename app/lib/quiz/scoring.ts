import type { TQuestion, TQuestionOf } from "@/app/lib/content/question-schema";
import type { TAnswer, TAnswerOf } from "@/app/lib/quiz/answers";

// Scoring happens only on the server, from the content pack (or the snapshot an attempt was
// taken on). Rules, also shown to students:
// - multiple select: each right choice earns points / (number of right choices); each wrong
//   choice takes one share back; never below 0.
// - ordering, matching, evidence sort: a share of the points for each item in the right place.
// - fill-in: case, spacing, punctuation and accents are ignored.
// - claim–evidence–reasoning: scored by the teacher against the rubric; until then "pending",
//   never 0.

export type TOutcome = "correct" | "partial" | "incorrect" | "unanswered" | "pending";
export type TScore = { points: number | null; maxPoints: number; outcome: TOutcome };

export const PARTIAL_CREDIT_RULES: Partial<Record<TQuestion["type"], string>> = {
  multiple: "Each right choice earns a share of the points; each wrong choice takes a share back.",
  ordering: "Each item in the right position earns a share of the points.",
  matching: "Each correct match earns a share of the points.",
  sort: "Each statement sorted correctly earns a share of the points.",
};

/** Lower-case, no accents, no punctuation, single spaces: "  D.P.R.K. " and "dprk" compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

const round = (value: number) => Math.round(value * 100) / 100;

function fromFraction(fraction: number, maxPoints: number): TScore {
  const clamped = Math.max(0, Math.min(1, fraction));
  const points = round(clamped * maxPoints);
  const outcome: TOutcome = clamped >= 1 ? "correct" : clamped <= 0 ? "incorrect" : "partial";
  return { points, maxPoints, outcome };
}

function fraction(hits: number, total: number): number {
  return total === 0 ? 0 : hits / total;
}

export function isAnswered(question: TQuestion, answer: TAnswer | undefined): boolean {
  if (answer === undefined) return false;
  switch (question.type) {
    case "multiple":
      return (answer as TAnswerOf<"multiple">).optionIds.length > 0;
    case "fill":
      return normalizeText((answer as TAnswerOf<"fill">).text) !== "";
    case "matching":
      return Object.keys((answer as TAnswerOf<"matching">).matches).length > 0;
    case "sort":
      return Object.keys((answer as TAnswerOf<"sort">).sorts).length > 0;
    case "cer": {
      const cer = answer as TAnswerOf<"cer">;
      return cer.claim !== null || cer.evidence.length > 0 || cer.reasoning.trim() !== "";
    }
    default:
      return true;
  }
}

export function scoreQuestion(question: TQuestion, answer: TAnswer | undefined): TScore {
  const maxPoints = question.points;
  if (question.type === "cer") {
    return isAnswered(question, answer)
      ? { points: null, maxPoints, outcome: "pending" }
      : { points: 0, maxPoints, outcome: "unanswered" };
  }
  if (!answer || !isAnswered(question, answer))
    return { points: 0, maxPoints, outcome: "unanswered" };
  switch (question.type) {
    case "single": {
      const chosen = question.options.find(
        (o) => o.id === (answer as TAnswerOf<"single">).optionId,
      );
      return fromFraction(chosen?.correct ? 1 : 0, maxPoints);
    }
    case "multiple":
      return scoreMultiple(question, answer as TAnswerOf<"multiple">);
    case "truefalse":
      return fromFraction(
        (answer as TAnswerOf<"truefalse">).value === question.correct ? 1 : 0,
        maxPoints,
      );
    case "fill": {
      const given = normalizeText((answer as TAnswerOf<"fill">).text);
      return fromFraction(
        question.accepted.some((a) => normalizeText(a) === given) ? 1 : 0,
        maxPoints,
      );
    }
    case "ordering": {
      const order = (answer as TAnswerOf<"ordering">).order;
      const hits = question.items.filter((item, index) => order[index] === item.id).length;
      return fromFraction(fraction(hits, question.items.length), maxPoints);
    }
    case "matching": {
      const matches = (answer as TAnswerOf<"matching">).matches;
      const hits = question.pairs.filter((pair) => matches[pair.id] === pair.match).length;
      return fromFraction(fraction(hits, question.pairs.length), maxPoints);
    }
    case "sort": {
      const sorts = (answer as TAnswerOf<"sort">).sorts;
      const hits = question.statements.filter((s) => sorts[s.id] === s.category).length;
      return fromFraction(fraction(hits, question.statements.length), maxPoints);
    }
    case "find":
      return fromFraction(
        question.accepted.includes((answer as TAnswerOf<"find">).sentenceId) ? 1 : 0,
        maxPoints,
      );
  }
}

function scoreMultiple(question: TQuestionOf<"multiple">, answer: TAnswerOf<"multiple">): TScore {
  const right = question.options.filter((o) => o.correct).map((o) => o.id);
  const chosen = new Set(answer.optionIds);
  const hits = right.filter((optionId) => chosen.has(optionId)).length;
  const misses = [...chosen].filter((optionId) => !right.includes(optionId)).length;
  return fromFraction(fraction(hits - misses, right.length), question.points);
}

/** The wrong choices an answer made, with the misconception each reveals (for feedback and analysis). */
export function misconceptionsShown(
  question: TQuestion,
  answer: TAnswer | undefined,
): { misconception: string; feedback: string }[] {
  if (!answer) return [];
  switch (question.type) {
    case "single":
    case "multiple": {
      const chosen =
        question.type === "single"
          ? [(answer as TAnswerOf<"single">).optionId]
          : (answer as TAnswerOf<"multiple">).optionIds;
      return question.options
        .filter((o) => chosen.includes(o.id) && !o.correct && o.misconception && o.feedback)
        .map((o) => ({ misconception: o.misconception ?? "", feedback: o.feedback ?? "" }));
    }
    case "truefalse":
      return (answer as TAnswerOf<"truefalse">).value === question.correct ? [] : [question.wrong];
    default:
      return [];
  }
}
