import { describe, expect, it } from "vitest";
import { QUESTION_TYPES } from "@/app/lib/quiz/kinds/kind";
import { authored, problemsOf } from "@/test-support/questions";

// What the content check and the studio tell an author about a question: each rule, with the
// field it names and the words the author reads.

describe("every type's authored question", () => {
  it("as written in the fixtures has no problem", () => {
    for (const type of QUESTION_TYPES) expect(problemsOf(authored(type)), type).toEqual([]);
  });

  it("needs a prompt and an explanation with words in them", () => {
    expect(problemsOf(authored("fill", { prompt: "  ", explanation: "" }))).toEqual([
      "prompt: prompt must not be empty",
      "explanation: explanation must not be empty",
    ]);
  });

  it("takes lower-case ids with digits and dashes, whole", () => {
    for (const id of ["Q1", "q1!", "q 1"]) {
      expect(problemsOf(authored("fill", { id })), id).toEqual([
        "id: must be lower-case letters, digits and dashes",
      ]);
    }
    expect(problemsOf(authored("fill", { id: "q-1-a" }))).toEqual([]);
  });

  it("takes item ids of lower-case words joined by single dashes, whole", () => {
    for (const id of ["B-side", "side-B", "side--b", "-side"]) {
      const sides = [
        { id, text: "One" },
        { id: "other", text: "Two" },
      ];
      expect(problemsOf(authored("cer", { sides })), id).toEqual([
        "sides.0.id: must be lower-case letters, digits and dashes",
      ]);
    }
  });
});

describe("single choice and multiple select", () => {
  const options = (changes: Record<string, unknown>[]) =>
    authored("single").options.map((option, index) => ({ ...option, ...changes[index] }));

  it("a wrong option names its misconception and has its own feedback; a right one has neither", () => {
    const raw = authored("single", {
      options: options([
        { misconception: "knows-it" },
        { misconception: undefined },
        { feedback: undefined },
      ]),
    });
    expect(problemsOf(raw)).toEqual([
      "options.0.misconception: a correct option has no misconception",
      "options.1.misconception: a wrong option must name the misconception it reveals",
      "options.2.feedback: a wrong option needs its own feedback",
    ]);
  });

  it("option text and feedback must have words", () => {
    expect(
      problemsOf(authored("single", { options: options([{ text: " " }, { feedback: " " }]) })),
    ).toEqual([
      "options.0.text: option text must not be empty",
      "options.1.feedback: feedback must not be empty",
      "options.1.feedback: a wrong option needs its own feedback",
    ]);
  });

  it("no two options share an id or a text", () => {
    expect(
      problemsOf(authored("single", { options: options([{}, { id: "a" }, { text: "Russia" }]) })),
    ).toEqual(["options: duplicate option id a", "options: duplicate option text Russia"]);
  });

  it("single choice has exactly one right option", () => {
    expect(
      problemsOf(
        authored("single", {
          options: options([{}, { correct: true, misconception: undefined, feedback: undefined }]),
        }),
      ),
    ).toEqual(["options: a single-choice question needs exactly one correct option (has 2)"]);
    expect(
      problemsOf(
        authored("single", {
          options: options([{ correct: undefined, misconception: "x", feedback: "No." }]),
        }),
      ),
    ).toEqual(["options: a single-choice question needs exactly one correct option (has 0)"]);
  });

  it("multiple select has at least one right and one wrong option", () => {
    const message =
      "options: a multiple-select question needs at least one correct and one wrong option";
    const allRight = authored("multiple").options.map(({ id, text }) => ({
      id,
      text,
      correct: true,
    }));
    expect(problemsOf(authored("multiple", { options: allRight }))).toEqual([message]);
    const noneRight = authored("multiple").options.map(({ id, text }) => ({
      id,
      text,
      misconception: "guess",
      feedback: "No.",
    }));
    expect(problemsOf(authored("multiple", { options: noneRight }))).toEqual([message]);
    // One right option of three is a fair multiple-select question.
    expect(problemsOf(authored("multiple", { options: authored("single").options }))).toEqual([]);
  });
});

describe("the other types' own rules", () => {
  it("true/false: the wrong answer's feedback has words", () => {
    expect(
      problemsOf(authored("truefalse", { wrong: { misconception: "x", feedback: " " } })),
    ).toEqual(["wrong.feedback: feedback must not be empty"]);
  });

  it("fill-in: every accepted answer has words", () => {
    expect(problemsOf(authored("fill", { accepted: ["Russia", " "] }))).toEqual([
      "accepted.1: an accepted answer must not be empty",
    ]);
  });

  it("find the sentence: every accepted sentence exists in the article", () => {
    expect(problemsOf(authored("find", { accepted: ["p1.s2", "p9.s9"] }))).toEqual([
      "accepted.1: accepts p9.s9, which is not a sentence of the article",
    ]);
  });

  it("ordering: items have words, and no two share an id or a text", () => {
    const items = [
      { id: "one", text: "Letters" },
      { id: "one", text: "Letters" },
      { id: "three", text: " " },
    ];
    expect(problemsOf(authored("ordering", { items }))).toEqual([
      "items.2.text: item text must not be empty",
    ]);
    expect(problemsOf(authored("ordering", { items: items.slice(0, 2) }))).toEqual([
      "items: duplicate item id one",
      "items: duplicate item text Letters",
    ]);
  });

  it("matching: choices and pairs have words, ids are unique, and every pair matches a choice", () => {
    const { choices, pairs } = authored("matching");
    expect(
      problemsOf(
        authored("matching", {
          choices: [choices[0], { ...choices[1], text: "" }],
          pairs: [pairs[0], { ...pairs[1], text: " " }],
        }),
      ),
    ).toEqual([
      "choices.1.text: choice text must not be empty",
      "pairs.1.text: pair text must not be empty",
    ]);
    expect(
      problemsOf(
        authored("matching", {
          choices: [...choices, { id: "korea", text: "The Korean peninsula" }],
          pairs: [pairs[0], { ...pairs[0] }, { ...pairs[1], match: "china" }],
        }),
      ),
    ).toEqual([
      "choices: duplicate choice id korea",
      "pairs: duplicate pair id shells",
      "pairs: duplicate pair text Has artillery shells to sell",
      "pairs.2.match: matches china, which is not a choice",
    ]);
  });

  it("sort: two to five categories with words, unique, and every statement in one of them", () => {
    const { categories, statements } = authored("sort");
    const many = ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, label: id.toUpperCase() }));
    expect(problemsOf(authored("sort", { categories: many }))).toContain(
      "categories: a sort question has at most five categories",
    );
    expect(problemsOf(authored("sort", { categories: categories.slice(0, 1) }))).toEqual([
      "categories: a sort question needs at least two categories",
    ]);
    expect(
      problemsOf(
        authored("sort", {
          categories: [
            { ...categories[0], description: " " },
            { ...categories[1], label: "" },
          ],
          statements: [statements[0], { ...statements[1], text: "" }],
        }),
      ),
    ).toEqual([
      "categories.0.description: category description must not be empty",
      "categories.1.label: category label must not be empty",
      "statements.1.text: statement text must not be empty",
    ]);
    expect(
      problemsOf(
        authored("sort", {
          categories: [categories[0], { ...categories[1], id: "deal", label: "Transactional" }],
          statements: [statements[0], { ...statements[0], category: "maybe" }],
        }),
      ),
    ).toEqual([
      "categories: duplicate category id deal",
      "categories: duplicate category label Transactional",
      "statements: duplicate statement id swap",
      "statements.1.category: is maybe, which is not one of this question's categories",
    ]);
  });

  it("claim–evidence–reasoning: sides and rubric have words and unique ids; points are the rubric's total", () => {
    const { sides, rubric } = authored("cer");
    expect(problemsOf(authored("cer", { sides: sides.slice(0, 1) }))).toHaveLength(1);
    const three = [...sides, { id: "both", text: "It is both" }];
    expect(problemsOf(authored("cer", { sides: three }))).toEqual([]);
    expect(
      problemsOf(
        authored("cer", {
          sides: [sides[0], { ...sides[1], text: " " }],
          rubric: [
            { ...rubric[0], label: "" },
            { ...rubric[1], description: " " },
          ],
        }),
      ),
    ).toEqual([
      "sides.1.text: side text must not be empty",
      "rubric.0.label: label must not be empty",
      "rubric.1.description: description must not be empty",
    ]);
    expect(
      problemsOf(
        authored("cer", {
          sides: [sides[0], { ...sides[1], id: "deal" }],
          rubric: [rubric[0], { ...rubric[1], id: "claim" }],
          points: 5,
        }),
      ),
    ).toEqual([
      "sides: duplicate side id deal",
      "rubric: duplicate criterion id claim",
      "points: must equal the rubric's total (4)",
    ]);
  });
});
