import { describe, expect, it } from "vitest";
import { parseAnswer } from "@/app/lib/quiz/answers";
import { answerDistribution, describeAnswer, describeCorrectAnswer } from "@/app/lib/quiz/describe";
import { kindOf, type TAnswer, type TQuestion } from "@/app/lib/quiz/kinds";
import { QUESTION_TYPES } from "@/app/lib/quiz/kinds/kind";
import { MAX_EVIDENCE } from "@/app/lib/quiz/kinds/limits";
import { toPublicQuestion } from "@/app/lib/quiz/public";
import { misconceptionsShown, scoreQuestion } from "@/app/lib/quiz/scoring";
import { question, SENTENCE_IDS, SENTENCES } from "@/test-support/questions";

// What a student and a teacher see of each type's answers: what the browser shows, which answers
// count as given, the feedback, the answer in words, and the item analysis's table.

/** The question as the browser gets it, choices in authored order and under authored ids. */
const shown = (q: TQuestion) =>
  toPublicQuestion(q, { questions: [q.id], choices: {}, matchChoices: {} });

const outcome = (q: TQuestion, answer: unknown) => scoreQuestion(q, answer as TAnswer).outcome;
const inWords = (q: TQuestion, answer: unknown) => describeAnswer(q, answer as TAnswer, SENTENCES);

describe("what the browser shows of each type", () => {
  it("every list a student answers from, in words, with the partial-credit rule where one applies", () => {
    const common = (type: string, points: number) => ({
      id: `q-${type}`,
      type,
      prompt: "What does the article say?",
      points,
    });
    expect(shown(question("single"))).toEqual({
      ...common("single", 1),
      options: [
        { id: "a", text: "Russia" },
        { id: "b", text: "China" },
        { id: "c", text: "Iran" },
      ],
    });
    expect(shown(question("multiple"))).toEqual({
      ...common("multiple", 2),
      partialRule:
        "Each right choice earns a share of the points; each wrong choice takes a share back.",
      options: [
        { id: "a", text: "Kim" },
        { id: "b", text: "Putin" },
        { id: "c", text: "Xi" },
      ],
    });
    expect(shown(question("truefalse"))).toEqual(common("truefalse", 1));
    expect(shown(question("fill"))).toEqual(common("fill", 1));
    expect(shown(question("find"))).toEqual(common("find", 1));
    expect(shown(question("ordering"))).toEqual({
      ...common("ordering", 3),
      partialRule: "Each item in the right position earns a share of the points.",
      items: [
        { id: "first", text: "Letters exchanged" },
        { id: "second", text: "Visit announced" },
        { id: "third", text: "Talks held" },
      ],
    });
    expect(shown(question("matching"))).toEqual({
      ...common("matching", 2),
      partialRule: "Each correct match earns a share of the points.",
      pairs: [
        { id: "shells", text: "Has artillery shells to sell" },
        { id: "tech", text: "Has satellite technology" },
      ],
      choices: [
        { id: "russia", text: "Russia" },
        { id: "korea", text: "North Korea" },
      ],
    });
    expect(shown(question("sort"))).toEqual({
      ...common("sort", 2),
      partialRule: "Each statement sorted correctly earns a share of the points.",
      statements: [
        { id: "swap", text: "Shells for food" },
        { id: "treaty", text: "A defence treaty" },
      ],
      categories: [
        { id: "deal", label: "Transactional", description: "A trade for now" },
        { id: "bond", label: "Strategic" },
      ],
    });
    expect(shown(question("cer"))).toEqual({
      ...common("cer", 4),
      sides: [
        { id: "deal", text: "It is transactional" },
        { id: "bond", text: "It is strategic" },
      ],
      rubric: [
        { label: "Claim", points: 1, description: "Takes a side." },
        { label: "Evidence", points: 3, description: "Cites the article." },
      ],
    });
  });
});

describe("which answers count as given", () => {
  it("an empty matching, sort, multiple select or blank fill-in is unanswered, not wrong", () => {
    expect(outcome(question("matching"), { matches: {} })).toBe("unanswered");
    expect(outcome(question("matching"), { matches: { shells: "korea" } })).toBe("partial");
    expect(outcome(question("sort"), { sorts: {} })).toBe("unanswered");
    expect(outcome(question("sort"), { sorts: { swap: "bond" } })).toBe("incorrect");
    expect(outcome(question("multiple"), { optionIds: [] })).toBe("unanswered");
    expect(outcome(question("fill"), { text: " ?! " })).toBe("unanswered");
    expect(outcome(question("fill"), { text: "Moscow" })).toBe("incorrect");
  });

  it("a written answer with any part begun waits for the teacher; only an empty one is unanswered", () => {
    const cer = question("cer");
    const empty = { claim: null, evidence: [], reasoning: "  " };
    expect(outcome(cer, empty)).toBe("unanswered");
    expect(outcome(cer, { ...empty, claim: "bond" })).toBe("pending");
    expect(outcome(cer, { ...empty, evidence: ["p1.s1"] })).toBe("pending");
    expect(outcome(cer, { ...empty, reasoning: "Because." })).toBe("pending");
  });
});

describe("answers the server refuses", () => {
  const refusal = (q: TQuestion, raw: unknown) => {
    const parsed = parseAnswer(q, raw, SENTENCE_IDS);
    return parsed.ok ? "accepted" : parsed.message;
  };

  it("an ordering that leaves an item out or lists one twice", () => {
    const message = "An ordering must list every item exactly once.";
    const ordering = question("ordering");
    expect(refusal(ordering, { order: ["first", "first", "third"] })).toBe(message);
    expect(refusal(ordering, { order: ["first", "second"] })).toBe(message);
    expect(refusal(ordering, { order: ["first", "second", "third", "first"] })).toBe(message);
    expect(refusal(ordering, { order: ["third", "first", "second"] })).toBe("accepted");
  });

  it("more evidence than a written answer may cite, or a sentence the article does not have", () => {
    const cer = question("cer");
    const many = Array.from({ length: MAX_EVIDENCE + 1 }, () => "p1.s1");
    expect(refusal(cer, { claim: null, evidence: many, reasoning: "" })).toBe(
      `That answer does not fit this question: Pick at most ${MAX_EVIDENCE} sentences..`,
    );
    expect(refusal(cer, { claim: "bond", evidence: ["p9.s9"], reasoning: "" })).toBe(
      "Unknown choice: p9.s9.",
    );
  });
});

describe("feedback on a wrong choice", () => {
  it("names the misconception of each wrong choice made, and nothing for a right one", () => {
    const truefalse = question("truefalse");
    expect(misconceptionsShown(truefalse, { value: true })).toEqual([]);
    expect(misconceptionsShown(truefalse, { value: false })).toEqual([
      { misconception: "doubts-visit", feedback: "The article expects the visit." },
    ]);
    expect(misconceptionsShown(question("single"), { optionId: "a" })).toEqual([]);
    expect(misconceptionsShown(question("multiple"), { optionIds: ["a", "c"] })).toEqual([
      { misconception: "adds-china", feedback: "Xi is not at the talks." },
    ]);
  });
});

describe("answers in words, for reviews and exports", () => {
  it("choice, true/false and fill-in answers", () => {
    expect(inWords(question("single"), { optionId: "b" })).toBe("China");
    // An option no longer in the question (a stored answer of an older version).
    expect(inWords(question("single"), { optionId: "gone" })).toBe("No answer");
    expect(describeCorrectAnswer(question("single"), SENTENCES)).toBe("Russia");
    expect(inWords(question("multiple"), { optionIds: ["c", "a"] })).toBe("Kim; Xi");
    expect(describeCorrectAnswer(question("multiple"), SENTENCES)).toBe("Kim; Putin");
    expect(inWords(question("truefalse"), { value: false })).toBe("False");
    expect(describeCorrectAnswer(question("truefalse"), SENTENCES)).toBe("True");
    expect(inWords(question("fill"), { text: "  Moscow " })).toBe("Moscow");
    expect(describeCorrectAnswer(question("fill"), SENTENCES)).toBe(
      "Russia or the Russian Federation",
    );
  });

  it("ordering, matching and sort answers, with what was left out", () => {
    const ordering = question("ordering");
    expect(inWords(ordering, { order: ["second", "gone", "third"] })).toBe(
      "1. Visit announced; 2. gone; 3. Talks held",
    );
    expect(describeCorrectAnswer(ordering, SENTENCES)).toBe(
      "1. Letters exchanged; 2. Visit announced; 3. Talks held",
    );
    const matching = question("matching");
    expect(inWords(matching, { matches: { tech: "korea" } })).toBe(
      "Has artillery shells to sell → (none); Has satellite technology → North Korea",
    );
    expect(describeCorrectAnswer(matching, SENTENCES)).toBe(
      "Has artillery shells to sell → North Korea; Has satellite technology → Russia",
    );
    const sort = question("sort");
    expect(inWords(sort, { sorts: { treaty: "deal" } })).toBe(
      "Shells for food → (none); A defence treaty → Transactional",
    );
    expect(describeCorrectAnswer(sort, SENTENCES)).toBe(
      "Shells for food → Transactional; A defence treaty → Strategic",
    );
  });

  it("sentences are quoted from the article", () => {
    const find = question("find", { accepted: ["p1.s2", "p2.s1"] });
    expect(inWords(find, { sentenceId: "p1.s1" })).toBe(
      "“Kim Jong Un is expected to visit Russia.”",
    );
    expect(inWords(find, { sentenceId: "p7.s1" })).toBe("“p7.s1”");
    expect(describeCorrectAnswer(find, SENTENCES)).toBe(
      "“The two leaders may discuss arms.” or “Analysts disagree about why.”",
    );
  });

  it("a written answer: claim, evidence and reasoning, each said to be missing when it is", () => {
    const cer = question("cer");
    expect(
      inWords(cer, { claim: "bond", evidence: ["p1.s2", "p2.s1"], reasoning: " Allies now. " }),
    ).toBe(
      "Claim: It is strategic. Evidence: “The two leaders may discuss arms.” “Analysts disagree about why.” Reasoning: Allies now.",
    );
    expect(inWords(cer, { claim: "deal", evidence: [], reasoning: " " })).toBe(
      "Claim: It is transactional. Evidence: (no evidence) Reasoning: (none)",
    );
    expect(inWords(cer, { claim: null, evidence: [], reasoning: "Unsure." })).toBe(
      "Claim: (no claim). Evidence: (no evidence) Reasoning: Unsure.",
    );
    expect(describeCorrectAnswer(cer, SENTENCES)).toBe(
      "Scored by your teacher against the rubric.",
    );
  });
});

describe("the item analysis's answer table", () => {
  it("counts every option of a choice question, the right ones marked", () => {
    expect(
      answerDistribution(
        question("single"),
        [{ optionId: "b" }, { optionId: "b" }, { optionId: "a" }, undefined],
        SENTENCES,
      ),
    ).toEqual([
      { label: "Russia", correct: true, count: 1 },
      { label: "China", correct: false, count: 2 },
      { label: "Iran", correct: false, count: 0 },
    ]);
    expect(
      answerDistribution(
        question("multiple"),
        [{ optionIds: ["a", "c"] }, { optionIds: ["a"] }, undefined],
        SENTENCES,
      ),
    ).toEqual([
      { label: "Kim", correct: true, count: 2 },
      { label: "Putin", correct: true, count: 0 },
      { label: "Xi", correct: false, count: 1 },
    ]);
  });

  it("lists other types' answers in words, commonest first, the fully right ones marked", () => {
    const matching = question("matching");
    const right = { matches: { shells: "korea", tech: "russia" } };
    const half = { matches: { shells: "korea" } };
    expect(answerDistribution(matching, [half, right, right, undefined], SENTENCES)).toEqual([
      {
        label: "Has artillery shells to sell → North Korea; Has satellite technology → Russia",
        correct: true,
        count: 2,
      },
      {
        label: "Has artillery shells to sell → North Korea; Has satellite technology → (none)",
        correct: false,
        count: 1,
      },
      { label: "No answer", correct: false, count: 1 },
    ]);
  });
});

describe("sample answers (demo and load data)", () => {
  it("a right sample earns full marks (a written one waits), a wrong one is answered and not right", () => {
    const sentenceIds = [...SENTENCE_IDS];
    for (const type of QUESTION_TYPES) {
      const q = question(type);
      const kind = kindOf(q);
      const right = kind.sample(q, true, sentenceIds);
      const wrong = kind.sample(q, false, sentenceIds);
      expect(parseAnswer(q, right, SENTENCE_IDS).ok, type).toBe(true);
      expect(parseAnswer(q, wrong, SENTENCE_IDS).ok, type).toBe(true);
      expect(outcome(q, right), type).toBe(type === "cer" ? "pending" : "correct");
      if (type === "cer") continue;
      // Three items reversed keep the middle one in place; every pair matched to the first
      // choice gets one pair right: partly right, never fully.
      const partlyRight = type === "ordering" || type === "matching";
      expect(outcome(q, wrong), type).toBe(partlyRight ? "partial" : "incorrect");
    }
    expect(
      inWords(question("cer"), kindOf(question("cer")).sample(question("cer"), true, [])),
    ).toBe(
      "Claim: It is transactional. Evidence: “Kim Jong Un is expected to visit Russia.” Reasoning: Scale data.",
    );
  });
});
