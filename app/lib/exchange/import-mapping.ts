import type { TUnsavedQuestion } from "@/app/lib/authoring/draft";
import {
  CITE_TODO,
  DESCRIPTION_SKIPPED,
  type TImportLine,
  type TImportedQuestion,
  firstWords,
  fromTags,
  letterId,
  withoutEvidence,
} from "./import-common";

// Moodle's question types as both of its formats describe them, read into one neutral shape,
// and that shape mapped to Debrief's types: one place decides what is imported, mapped or
// skipped, whichever file it came from.

type TAnswer = { text: string; fraction: number; feedback: string };

export type TForeignBody =
  | { kind: "choice"; single: boolean; shuffle: boolean; answers: TAnswer[] }
  | { kind: "truefalse"; correct: boolean; wrongFeedback: string }
  | { kind: "short"; answers: TAnswer[] }
  | { kind: "numerical"; answers: { value: string; tolerance: number; fraction: number }[] }
  /** Pairs with an empty text are extra answers (distractors). */
  | { kind: "matching"; pairs: { text: string; answer: string }[] }
  | { kind: "ordering"; items: string[] }
  | { kind: "essay"; graderInfo: string }
  | { kind: "description" }
  | { kind: "unsupported"; type: string };

export type TForeignQuestion = {
  name: string;
  where: string;
  prompt: string;
  explanation: string;
  points: number;
  tags: string[];
  /** What the text fields lost on the way to plain text ("images", "formatting"). */
  dropped: string[];
  body: TForeignBody;
};

type TMapped = {
  fields: Record<string, unknown>;
  type: TUnsavedQuestion["type"];
  /** What was changed on the way in, for the report. */
  notes: string[];
  /** What the teacher must still write before it can be saved (besides its citations). */
  todo: string[];
};

function mapBody(body: TForeignBody): TMapped | string {
  switch (body.kind) {
    case "choice": {
      const right = body.answers.filter((a) => a.fraction > 0);
      if (right.length === 0) return "No option earns any marks.";
      const notes: string[] = [];
      const single = body.single && right.length === 1;
      if (body.single && right.some((a) => a.fraction < 1))
        notes.push(
          "Options with part marks are counted right or wrong: Debrief gives no part marks for one choice.",
        );
      if (!single && new Set(right.map((a) => a.fraction.toFixed(3))).size > 1)
        notes.push("Each right option now earns an equal share.");
      const options = body.answers.map((answer, index) => ({
        id: letterId(index),
        text: answer.text,
        ...(answer.fraction > 0
          ? { correct: true }
          : { misconception: "", feedback: answer.feedback }),
      }));
      const wrong = options.filter((o) => "feedback" in o);
      return {
        type: single ? "single" : "multiple",
        fields: { options, ...(body.shuffle ? {} : { fixedOrder: true }) },
        notes,
        todo: [
          ...(wrong.length > 0 ? ["Name the misconception each wrong option reveals."] : []),
          ...(wrong.some((o) => !o.feedback)
            ? ["Write feedback for each wrong option that has none."]
            : []),
        ],
      };
    }
    case "truefalse":
      return {
        type: "truefalse",
        fields: {
          correct: body.correct,
          wrong: { misconception: "", feedback: body.wrongFeedback },
        },
        notes: [],
        todo: [
          "Name the misconception a wrong answer reveals.",
          ...(body.wrongFeedback ? [] : ["Write feedback for a wrong answer."]),
        ],
      };
    case "short": {
      const wildcards = body.answers.filter((a) => a.text.includes("*"));
      const accepted = body.answers.filter((a) => a.fraction >= 1 && !a.text.includes("*"));
      if (accepted.length === 0)
        return wildcards.length > 0
          ? "Its answers use wildcards (*), and Debrief accepts exact words only."
          : "No answer earns full marks.";
      const partial = body.answers.filter((a) => a.fraction > 0 && a.fraction < 1);
      return {
        type: "fill",
        fields: { accepted: accepted.map((a) => a.text) },
        notes: [
          ...wildcards.map(
            (a) => `The wildcard answer “${a.text}” was left out: Debrief accepts exact words.`,
          ),
          ...partial.map((a) => `“${a.text}” earned part marks and was left out.`),
        ],
        todo: [],
      };
    }
    case "numerical": {
      const exact = body.answers.filter((a) => a.fraction >= 1 && a.tolerance === 0);
      if (exact.length === 0 || exact.length < body.answers.filter((a) => a.fraction >= 1).length)
        return "A numeric answer with a tolerance has no Debrief form.";
      return {
        type: "fill",
        fields: { accepted: exact.map((a) => a.value) },
        notes: ["A numeric answer, now accepted as the exact number typed."],
        todo: [],
      };
    }
    case "matching": {
      const pairs = body.pairs.filter((p) => p.text !== "");
      if (pairs.length < 2) return "A matching needs at least two pairs.";
      const answers = [...new Set(body.pairs.map((p) => p.answer))];
      const choiceId = (answer: string) => `c${answers.indexOf(answer) + 1}`;
      return {
        type: "matching",
        fields: {
          choices: answers.map((text) => ({ id: choiceId(text), text })),
          pairs: pairs.map((pair, index) => ({
            id: `p${index + 1}`,
            text: pair.text,
            match: choiceId(pair.answer),
          })),
        },
        notes: [],
        todo: [],
      };
    }
    case "ordering":
      if (body.items.length < 2) return "An ordering needs at least two items.";
      return {
        type: "ordering",
        fields: { items: body.items.map((text, index) => ({ id: `i${index + 1}`, text })) },
        notes: [],
        todo: [],
      };
    case "essay":
      return {
        type: "cer",
        fields: { sides: [], rubric: [] },
        notes: [
          "An essay becomes a written answer (a claim, its evidence and reasoning).",
          ...(body.graderInfo ? [`The file's grader information: “${body.graderInfo}”`] : []),
        ],
        todo: ["Write the sides to choose from and the rubric."],
      };
    case "description":
      return DESCRIPTION_SKIPPED;
    case "unsupported":
      return `Moodle's “${body.type}” questions have no Debrief form.`;
  }
}

/** One question from a file as Debrief takes it, with its report line. */
export function importQuestion(foreign: TForeignQuestion): {
  imported?: TImportedQuestion;
  line: TImportLine;
} {
  const name = foreign.name || firstWords(foreign.prompt);
  const mapped = mapBody(foreign.body);
  if (typeof mapped === "string")
    return { line: { name, where: foreign.where, outcome: "skipped", reason: mapped } };
  if (!foreign.prompt)
    return {
      line: { name, where: foreign.where, outcome: "skipped", reason: "It has no question text." },
    };
  const { skill, difficulty } = fromTags(foreign.tags);
  const notes = [
    ...mapped.notes,
    ...foreign.dropped.map((what) => `Its ${what} were left out: Debrief shows plain text.`),
  ];
  const question: TUnsavedQuestion = {
    type: mapped.type,
    prompt: foreign.prompt,
    skill,
    difficulty,
    points: foreign.points > 0 ? foreign.points : 1,
    explanation: withoutEvidence(foreign.explanation),
    cites: [],
    ...mapped.fields,
  };
  const todo = [
    CITE_TODO,
    ...mapped.todo,
    ...(question.explanation ? [] : ["Write why the answer is right."]),
  ];
  return {
    imported: {
      name,
      question,
      todo,
    },
    line: {
      name,
      where: foreign.where,
      outcome: notes.length > 0 ? "mapped" : "imported",
      reason: [...notes, "Still to do:", ...todo].join(" "),
    },
  };
}
