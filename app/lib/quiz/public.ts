import { randomBytes } from "node:crypto";
import {
  kindOf,
  type TAnswer,
  type TPublicPartOf,
  type TQuestion,
  type TQuestionType,
} from "@/app/lib/quiz/kinds";
import type { TChoiceKind, TShow } from "@/app/lib/quiz/kinds/kind";
import { seededRandom, shuffled } from "@/app/lib/quiz/shuffle";

// What the browser may see of a question while an attempt is open: prompts and choices, in the
// attempt's own order, each choice under a random token made for this attempt. Never keys
// (correct, accepted, match, category), misconceptions, feedback, explanations or citations (a
// citation would give away "find the sentence"), and never an authored choice id: authors write
// ids such as "a" for the right option, so an id seen in the page would be the key itself.

type TCommon = { id: string; prompt: string; points: number; partialRule?: string };

export type TPublicQuestion = {
  [T in TQuestionType]: TCommon & { type: T } & TPublicPartOf<T>;
}[TQuestionType];

/**
 * One attempt's fixed order of questions and, per question, the order its choices are shown in
 * (`matchChoices`: a matching's right-hand list), plus the token that stands for each choice in
 * the browser: `tokens[questionId]["option:a"]`. Attempts started before tokens existed have none
 * and show authored ids.
 */
export type TAttemptOrder = {
  questions: string[];
  choices: Record<string, string[]>;
  matchChoices?: Record<string, string[]>;
  tokens?: Record<string, Record<string, string>>;
};

/** The list whose order the attempt stores in `choices` (the one the student works through). */
function primaryIds(question: TQuestion): string[] {
  return (
    kindOf(question)
      .choiceLists(question)[0]?.[1]
      .map((c) => c.id) ?? []
  );
}

const pinned = (question: TQuestion) => "fixedOrder" in question && question.fixedOrder === true;

/**
 * Fixes the order of questions and choices for one attempt from its stored seed, and makes the
 * attempt's tokens. Options, items, statements and matching choices are always shuffled, unless
 * the author pinned a question's order (`fixedOrder`) because its options must stay in order.
 */
export function buildAttemptOrder(
  questionIds: readonly string[],
  bank: ReadonlyMap<string, TQuestion>,
  settings: { shuffleQuestions: boolean },
  seed: number,
): TAttemptOrder {
  const random = seededRandom(seed);
  const questions = settings.shuffleQuestions ? shuffled(questionIds, random) : [...questionIds];
  const choices: Record<string, string[]> = {};
  const matchChoices: Record<string, string[]> = {};
  const tokens: Record<string, Record<string, string>> = {};
  for (const id of questions) {
    const question = bank.get(id);
    if (!question) continue;
    const ids = primaryIds(question);
    if (question.type === "ordering") {
      // An ordering shown in its answer order would answer itself.
      let order = shuffled(ids, random);
      if (order.every((value, index) => value === ids[index]))
        order = [...ids.slice(1), ...ids.slice(0, 1)];
      choices[id] = order;
    } else {
      choices[id] = pinned(question) ? ids : shuffled(ids, random);
    }
    if (question.type === "matching") {
      const right = question.choices.map((c) => c.id);
      matchChoices[id] = pinned(question) ? right : shuffled(right, random);
    }
    const lists = kindOf(question).choiceLists(question);
    if (lists.length > 0) {
      tokens[id] = Object.fromEntries(
        lists.flatMap(([kind, list]) =>
          list.map((choice) => [`${kind}:${choice.id}`, randomBytes(6).toString("base64url")]),
        ),
      );
    }
  }
  return { questions, choices, matchChoices, tokens };
}

/** The attempt's token for one authored choice id (the id itself for attempts without tokens). */
function tokenFor(order: TAttemptOrder, questionId: string) {
  const map = order.tokens?.[questionId];
  return (kind: TChoiceKind, id: string) => map?.[`${kind}:${id}`] ?? id;
}

function inOrder(
  items: readonly { id: string; text: string }[],
  ids: readonly string[] | undefined,
  token: (id: string) => string,
): { id: string; text: string }[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const shown = ids && ids.length === items.length ? ids : items.map((item) => item.id);
  return shown.flatMap((id) => {
    const item = byId.get(id);
    return item ? [{ id: token(item.id), text: item.text }] : [];
  });
}

export function toPublicQuestion(question: TQuestion, order: TAttemptOrder): TPublicQuestion {
  const token = tokenFor(order, question.id);
  const show: TShow = (kind, items, list) =>
    inOrder(
      items,
      list === "primary" ? order.choices[question.id] : order.matchChoices?.[question.id],
      (id) => token(kind, id),
    );
  const kind = kindOf(question);
  return {
    id: question.id,
    prompt: question.prompt,
    points: question.points,
    ...(kind.partialRule ? { partialRule: kind.partialRule } : {}),
    type: question.type,
    ...kind.toPublic(question, show),
  } as TPublicQuestion;
}

/**
 * Rewrites the choice ids inside an answer with `map(kind, id)`. Answers of a shape that does
 * not fit come back unchanged, for parseAnswer to refuse.
 */
function mapChoiceIds(
  question: TQuestion,
  answer: unknown,
  map: (kind: TChoiceKind, id: string) => string,
): unknown {
  const kind = kindOf(question);
  const parsed = kind.answer.safeParse(answer);
  return parsed.success ? kind.mapIds(parsed.data, map) : answer;
}

/**
 * An answer from the browser, with the attempt's tokens turned back into authored ids. Anything
 * that is not one of this attempt's tokens (an authored id included) is refused by name.
 */
export function decodeAnswer(
  question: TQuestion,
  raw: unknown,
  order: TAttemptOrder,
): { ok: true; answer: unknown } | { ok: false; message: string } {
  const map = order.tokens?.[question.id];
  if (!map) return { ok: true, answer: raw };
  const byToken = new Map(Object.entries(map).map(([key, token]) => [token, key]));
  const unknown: string[] = [];
  const answer = mapChoiceIds(question, raw, (kind, token) => {
    const key = byToken.get(token);
    if (key?.startsWith(`${kind}:`)) return key.slice(kind.length + 1);
    unknown.push(token);
    return token;
  });
  return unknown.length > 0
    ? { ok: false, message: `Unknown choice: ${unknown.slice(0, 3).join(", ")}.` }
    : { ok: true, answer };
}

/** A stored answer as the browser may see it while the attempt is open (tokens, not ids). */
export function encodeAnswer(question: TQuestion, answer: TAnswer, order: TAttemptOrder): TAnswer {
  const token = tokenFor(order, question.id);
  return mapChoiceIds(question, answer, token) as TAnswer;
}

/** Questions as one attempt would show them (seed 1, shuffled choices included), for previews. */
export function previewQuestions(
  questionIds: readonly string[],
  bank: ReadonlyMap<string, TQuestion>,
  settings: { shuffleQuestions: boolean } = { shuffleQuestions: false },
): TPublicQuestion[] {
  return publicQuestionsInOrder(bank, buildAttemptOrder(questionIds, bank, settings, 1));
}

/** The questions an attempt's order names, as the browser gets them (ids no longer in the bank skipped). */
export function publicQuestionsInOrder(
  bank: ReadonlyMap<string, TQuestion>,
  order: TAttemptOrder,
): TPublicQuestion[] {
  return order.questions.flatMap((id) => {
    const question = bank.get(id);
    return question ? [toPublicQuestion(question, order)] : [];
  });
}
