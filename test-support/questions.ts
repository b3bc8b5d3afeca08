// One small authored question of every type, for unit tests that need a question and not a
// pack: parsed inside the test that asks (a schema that throws fails that test, not collection).
import {
  kindOf,
  ZQuestionSchema,
  type TQuestionOf,
  type TQuestionType,
} from "@/app/lib/quiz/kinds";

/** The article the questions cite: three sentences in two paragraphs. */
export const SENTENCES: ReadonlyMap<string, string> = new Map([
  ["p1.s1", "Kim Jong Un is expected to visit Russia."],
  ["p1.s2", "The two leaders may discuss arms."],
  ["p2.s1", "Analysts disagree about why."],
]);
export const SENTENCE_IDS: ReadonlySet<string> = new Set(SENTENCES.keys());

const common = {
  prompt: "What does the article say?",
  skill: "recall",
  difficulty: 2,
  explanation: "The first paragraph says so.",
  cites: ["p1.s1"],
};

export const AUTHORED = {
  single: {
    points: 1,
    options: [
      { id: "a", text: "Russia", correct: true },
      { id: "b", text: "China", misconception: "wrong-country", feedback: "China is not named." },
      { id: "c", text: "Iran", misconception: "guessing", feedback: "Iran is not named." },
    ],
  },
  multiple: {
    points: 2,
    options: [
      { id: "a", text: "Kim", correct: true },
      { id: "b", text: "Putin", correct: true },
      { id: "c", text: "Xi", misconception: "adds-china", feedback: "Xi is not at the talks." },
    ],
  },
  truefalse: {
    points: 1,
    correct: true,
    wrong: { misconception: "doubts-visit", feedback: "The article expects the visit." },
  },
  fill: { points: 1, accepted: ["Russia", "the Russian Federation"] },
  ordering: {
    points: 3,
    items: [
      { id: "first", text: "Letters exchanged" },
      { id: "second", text: "Visit announced" },
      { id: "third", text: "Talks held" },
    ],
  },
  matching: {
    points: 2,
    choices: [
      { id: "russia", text: "Russia" },
      { id: "korea", text: "North Korea" },
    ],
    pairs: [
      { id: "shells", text: "Has artillery shells to sell", match: "korea" },
      { id: "tech", text: "Has satellite technology", match: "russia" },
    ],
  },
  sort: {
    points: 2,
    categories: [
      { id: "deal", label: "Transactional", description: "A trade for now" },
      { id: "bond", label: "Strategic" },
    ],
    statements: [
      { id: "swap", text: "Shells for food", category: "deal" },
      { id: "treaty", text: "A defence treaty", category: "bond" },
    ],
  },
  find: { points: 1, accepted: ["p1.s2"] },
  cer: {
    points: 4,
    sides: [
      { id: "deal", text: "It is transactional" },
      { id: "bond", text: "It is strategic" },
    ],
    rubric: [
      { id: "claim", label: "Claim", points: 1, description: "Takes a side." },
      { id: "evidence", label: "Evidence", points: 3, description: "Cites the article." },
    ],
  },
} satisfies { [T in TQuestionType]: object };

type TAuthored<T extends TQuestionType> = typeof common & {
  id: string;
  type: T;
} & (typeof AUTHORED)[T];

/** A question of `type` as an author would write it, with `changes` made (not yet parsed). */
export function authored<T extends TQuestionType>(
  type: T,
  changes: Record<string, unknown> = {},
): TAuthored<T> {
  // `changes` may replace any field with anything (that is what the rules tests try).
  const raw: object = { ...common, id: `q-${type}`, type, ...AUTHORED[type], ...changes };
  return raw as TAuthored<T>;
}

/** The parsed question of `type` (throws when `changes` make it invalid). */
export function question<T extends TQuestionType>(
  type: T,
  changes: Record<string, unknown> = {},
): TQuestionOf<T> {
  return ZQuestionSchema.parse(authored(type, changes)) as TQuestionOf<T>;
}

/**
 * What the content check tells an author about one question, as `field: message` lines: the
 * schema's problems, or else the type's own rules.
 */
export function problemsOf(raw: unknown): string[] {
  const parsed = ZQuestionSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  }
  return kindOf(parsed.data)
    .check(parsed.data, SENTENCE_IDS)
    .map(([field, message]) => `${field}: ${message}`);
}
