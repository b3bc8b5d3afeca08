import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { kindOf, type TQuestion, type TQuestionOf, type TQuestionType } from "@/app/lib/quiz/kinds";
import { CONTENT_ROOT, loadPack } from "@/app/lib/content/load";
import type { TArticlePack } from "@/app/lib/content/pack";
import { parseAnswer } from "./answers";
import { MAX_REASONING_LENGTH } from "./kinds/limits";
import { buildAttemptOrder, decodeAnswer, encodeAnswer, toPublicQuestion } from "./public";
import { misconceptionsShown, scoreQuestion } from "./scoring";
import { normalizeText } from "./text";

let pack: TArticlePack;
beforeAll(async () => {
  const loaded = await loadPack(path.join(CONTENT_ROOT, "kim-putin-arms-talks"));
  if (!loaded.pack) throw new Error("pack did not load");
  pack = loaded.pack;
});

function q<T extends TQuestionType>(id: string, type: T): TQuestionOf<T> {
  const question = pack.questions.get(id);
  if (question?.type !== type) throw new Error(`${id} is not ${type}`);
  return question as TQuestionOf<T>;
}

describe("scoring every type", () => {
  it("single choice: right option full marks, wrong option nothing, with its misconception", () => {
    const question = q("q01", "single");
    expect(scoreQuestion(question, { optionId: "a" })).toEqual({
      points: 1,
      maxPoints: 1,
      outcome: "correct",
    });
    expect(scoreQuestion(question, { optionId: "c" })).toEqual({
      points: 0,
      maxPoints: 1,
      outcome: "incorrect",
    });
    expect(misconceptionsShown(question, { optionId: "c" })).toEqual([
      {
        misconception: "reverses-direction",
        feedback: expect.stringContaining("not the other way") as string,
      },
    ]);
  });

  it("multiple select: shares for right choices, wrong choices take shares back, never below zero", () => {
    const question = q("q06", "multiple"); // right: a, b, c, f (2 points)
    expect(scoreQuestion(question, { optionIds: ["a", "b", "c", "f"] })).toMatchObject({
      points: 2,
      outcome: "correct",
    });
    expect(scoreQuestion(question, { optionIds: ["a", "b"] })).toMatchObject({
      points: 1,
      outcome: "partial",
    });
    expect(scoreQuestion(question, { optionIds: ["a", "b", "c", "f", "d"] })).toMatchObject({
      points: 1.5,
      outcome: "partial",
    });
    expect(scoreQuestion(question, { optionIds: ["a", "d", "e"] })).toMatchObject({
      points: 0,
      outcome: "incorrect",
    });
    expect(scoreQuestion(question, { optionIds: [] })).toMatchObject({
      points: 0,
      outcome: "unanswered",
    });
  });

  it("true/false", () => {
    expect(scoreQuestion(q("q09", "truefalse"), { value: true }).outcome).toBe("correct");
    expect(scoreQuestion(q("q10", "truefalse"), { value: true }).outcome).toBe("incorrect");
    expect(misconceptionsShown(q("q10", "truefalse"), { value: true })[0]?.misconception).toBe(
      "treats-talks-as-deal",
    );
  });

  it("fill-in ignores case, spaces, punctuation and accents", () => {
    const question = q("q13", "fill");
    for (const text of ["DPRK", "  dprk ", "D.P.R.K.", "d p r k".replaceAll(" ", ""), "DPRK!"]) {
      expect(scoreQuestion(question, { text }).outcome, text).toBe("correct");
    }
    expect(scoreQuestion(question, { text: "North Korea" }).outcome).toBe("incorrect");
    for (const text of ["Twenty", "about twenty", "About 20"]) {
      expect(scoreQuestion(q("q14", "fill"), { text }).outcome, text).toBe("correct");
    }
    expect(normalizeText("  Élodie’s   FLEET. ")).toBe("elodies fleet");
  });

  it("ordering: a share per item in its place", () => {
    const question = q("q17", "ordering"); // shoigu, letters, reveal, visit
    expect(
      scoreQuestion(question, { order: ["shoigu", "letters", "reveal", "visit"] }),
    ).toMatchObject({ points: 2, outcome: "correct" });
    expect(
      scoreQuestion(question, { order: ["shoigu", "letters", "visit", "reveal"] }),
    ).toMatchObject({ points: 1, outcome: "partial" });
    expect(
      scoreQuestion(question, { order: ["visit", "reveal", "letters", "shoigu"] }),
    ).toMatchObject({ points: 0, outcome: "incorrect" });
  });

  it("matching: a share per correct match, partial answers allowed", () => {
    const question = q("q19", "matching"); // 5 pairs, 2 points
    const all = {
      shells: "russia",
      missiles: "russia",
      satellites: "north-korea",
      submarines: "north-korea",
      food: "north-korea",
    };
    expect(scoreQuestion(question, { matches: all })).toMatchObject({
      points: 2,
      outcome: "correct",
    });
    expect(scoreQuestion(question, { matches: { ...all, food: "russia" } })).toMatchObject({
      points: 1.6,
      outcome: "partial",
    });
    expect(scoreQuestion(question, { matches: { shells: "russia" } })).toMatchObject({
      points: 0.4,
      outcome: "partial",
    });
  });

  it("evidence sort: a share per statement", () => {
    const question = q("q22", "sort"); // 5 statements, 3 points
    const right = {
      needs: "transactional",
      tech: "both",
      asia: "strategic",
      advancing: "neither",
      timing: "neither",
    } as const;
    expect(scoreQuestion(question, { sorts: right })).toMatchObject({
      points: 3,
      outcome: "correct",
    });
    expect(scoreQuestion(question, { sorts: { ...right, timing: "both" } })).toMatchObject({
      points: 2.4,
      outcome: "partial",
    });
  });

  it("find the sentence: each accepted sentence counts", () => {
    const question = q("q25", "find");
    expect(scoreQuestion(question, { sentenceId: "p5.s3" }).outcome).toBe("correct");
    expect(scoreQuestion(question, { sentenceId: "p7.s3" }).outcome).toBe("correct");
    expect(scoreQuestion(question, { sentenceId: "p1.s1" }).outcome).toBe("incorrect");
  });

  it("claim–evidence–reasoning waits for the teacher and is never auto-scored as 0", () => {
    const question = q("q28", "cer");
    expect(
      scoreQuestion(question, { claim: "strategic", evidence: ["p5.s2"], reasoning: "Because…" }),
    ).toEqual({
      points: null,
      maxPoints: 6,
      outcome: "pending",
    });
    expect(scoreQuestion(question, { claim: null, evidence: [], reasoning: " " }).outcome).toBe(
      "unanswered",
    );
  });
});

describe("bad answers are refused with a clear message", () => {
  const sentences = () => new Set(pack.sentences.keys());
  const cases: [string, unknown, RegExp][] = [
    ["q01", { optionId: "z" }, /Unknown choice: z/],
    ["q01", { optionIds: ["a"] }, /does not fit this question/],
    ["q06", { optionIds: ["a", "a"] }, /chosen twice/],
    ["q09", { value: "yes" }, /does not fit/],
    ["q13", { text: "x".repeat(201) }, /under 200 characters/],
    ["q17", { order: ["shoigu", "letters"] }, /every item exactly once/],
    ["q19", { matches: { shells: "mars" } }, /Unknown choice: mars/],
    ["q22", { sorts: { needs: "maybe" } }, /Unknown choice: maybe/],
    ["q24", { sentenceId: "p9.s9" }, /Unknown choice: p9\.s9/],
    [
      "q28",
      { claim: "strategic", evidence: [], reasoning: "x".repeat(MAX_REASONING_LENGTH + 1) },
      /under 2000 characters/,
    ],
    ["q28", { claim: "maybe", evidence: [], reasoning: "" }, /Unknown choice: maybe/],
    ["q28", { claim: null, evidence: [], reasoning: "", extra: 1 }, /does not fit/],
  ];
  for (const [id, raw, message] of cases) {
    it(`${id}: ${JSON.stringify(raw).slice(0, 60)}`, () => {
      const result = parseAnswer(pack.questions.get(id) as TQuestion, raw, sentences());
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.message).toMatch(message);
    });
  }

  it("accepts well-formed partial answers", () => {
    expect(
      parseAnswer(q("q19", "matching"), { matches: { shells: "russia" } }, sentences()).ok,
    ).toBe(true);
    expect(
      parseAnswer(q("q28", "cer"), { claim: null, evidence: ["p7.s2"], reasoning: "" }, sentences())
        .ok,
    ).toBe(true);
  });
});

describe("what the browser sees", () => {
  const allIds = () => [...pack.questions.keys()];

  it("never includes keys, misconceptions, feedback, explanations or citations", () => {
    const order = buildAttemptOrder(allIds(), pack.questions, { shuffleQuestions: false }, 7);
    for (const question of pack.questions.values()) {
      const shown = JSON.stringify(toPublicQuestion(question, order));
      for (const key of [
        "correct",
        "accepted",
        "misconception",
        "feedback",
        "explanation",
        "cites",
        "category",
        "match",
        "wrong",
      ]) {
        expect(shown, `${question.id} leaks ${key}`).not.toContain(`"${key}":`);
      }
    }
  });

  it("shows choices under per-attempt tokens, never the authored ids, and maps them back", () => {
    const order = buildAttemptOrder(allIds(), pack.questions, { shuffleQuestions: false }, 7);
    const sentences = new Set(pack.sentences.keys());
    for (const question of pack.questions.values()) {
      const shown = toPublicQuestion(question, order);
      const authored = new Set(
        JSON.stringify(question)
          .match(/"id":"[^"]+"/g)
          ?.map((match) => match.slice(6, -1)),
      );
      for (const list of ["options", "items", "pairs", "choices", "statements"] as const) {
        if (!(list in shown) || question.type === "cer") continue;
        const choices = (shown as unknown as Record<string, { id: string }[]>)[list] ?? [];
        for (const choice of choices) {
          expect(authored.has(choice.id), `${question.id} shows ${choice.id}`).toBe(false);
        }
      }
      // A right answer, as the page would send it in tokens, decodes to the authored answer.
      const right = kindOf(question).sample(question, true, [...pack.sentences.keys()]);
      const sent = encodeAnswer(question, right, order);
      const decoded = decodeAnswer(question, sent, order);
      expect(decoded, question.id).toEqual({ ok: true, answer: right });
      if (decoded.ok) expect(parseAnswer(question, decoded.answer, sentences).ok).toBe(true);
    }
  });

  it("refuses an authored id sent in place of a token", () => {
    const question = q("q01", "single");
    const order = buildAttemptOrder(["q01"], pack.questions, { shuffleQuestions: false }, 7);
    expect(question.options.find((o) => o.correct)?.id).toBe("a");
    expect(decodeAnswer(question, { optionId: "a" }, order)).toEqual({
      ok: false,
      message: "Unknown choice: a.",
    });
  });

  it("fixes shuffled orders per seed, shuffles options unless pinned, and never shows an ordering in its answer order", () => {
    const quiz = pack.quizzes.find((item) => item.id === "key-facts")!;
    const one = buildAttemptOrder(quiz.questions, pack.questions, { shuffleQuestions: true }, 42);
    const same = buildAttemptOrder(quiz.questions, pack.questions, { shuffleQuestions: true }, 42);
    expect(same.questions).toEqual(one.questions);
    expect(same.choices).toEqual(one.choices);
    expect([...one.questions].sort()).toEqual([...quiz.questions].sort());
    const firsts = new Set<string>();
    for (let seed = 0; seed < 50; seed += 1) {
      const order = buildAttemptOrder(
        ["q18", "q01"],
        pack.questions,
        { shuffleQuestions: false },
        seed,
      );
      expect(order.choices.q18).not.toEqual(["pyongyang", "vladivostok", "moscow"]);
      firsts.add(order.choices.q01?.[0] ?? "");
    }
    expect(firsts.size).toBeGreaterThan(1);
    const pinned = { ...q("q01", "single"), fixedOrder: true };
    const bank = new Map([["q01", pinned]]);
    for (let seed = 0; seed < 10; seed += 1) {
      const order = buildAttemptOrder(["q01"], bank, { shuffleQuestions: false }, seed);
      expect(order.choices.q01).toEqual(pinned.options.map((o) => o.id));
    }
  });
});
