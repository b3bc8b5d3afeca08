import { describe, expect, it } from "vitest";
import { getPack } from "@/app/lib/content";
import { toGift } from "./gift";
import { importGift, unescapeGift } from "./import-gift";
import { quizSource } from "./quiz-source";

// Examples in the style of Moodle's GIFT documentation: each type, a missing word, weights,
// numeric answers with a tolerance and a range, an essay, comments and a category.
const MOODLE_GIFT = `// question: 1  name: Q1
$CATEGORY: $course$/top/Examples

// true/false
::Q1:: 1+1\\=2 {T#It is two.}

// multiple choice with feedback
::Q2:: What's between orange and green in the spectrum?
{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

// fill-in-the-blank
::Q3:: Two plus {=two =2} equals four.

// matching
::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

::Q5:: What is a number from 1 to 5? {#3:2}

::Q6:: What is a number from 1 to 5? {#1..5}

::Q7::[html]Which are <b>primes</b>? {~%50%2 ~%50%3 ~%-100%4 ####Two and three.}

::Q8:: Write a short biography of Dag Hammarskjöld. {}

::Q9:: Read this first.

::Q10:: Unclosed {=yes ~no
`;

describe("importing GIFT", () => {
  it("reads Moodle's GIFT, reporting each question by its line: imported, mapped or skipped", () => {
    const result = importGift(MOODLE_GIFT);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.map((line) => [line.name, line.where, line.outcome])).toEqual([
      ["Category $course$/top/Examples", "line 2", "skipped"],
      ["Q1", "line 5", "imported"],
      ["Q2", "line 8", "imported"],
      ["Q3", "line 12", "imported"],
      ["Q4", "line 15", "imported"],
      ["Q5", "line 17", "skipped"],
      ["Q6", "line 19", "skipped"],
      ["Q7", "line 21", "mapped"],
      ["Q8", "line 23", "mapped"],
      ["Q9", "line 25", "skipped"],
      ["Q10", "line 27", "skipped"],
    ]);
    const byName = new Map(result.questions.map((q) => [q.name, q.question]));
    expect(byName.get("Q1")).toMatchObject({
      type: "truefalse",
      prompt: "1+1=2",
      correct: true,
      wrong: { feedback: "It is two." },
    });
    expect(byName.get("Q2")).toMatchObject({
      type: "single",
      options: [
        { id: "a", text: "yellow", correct: true },
        { id: "b", text: "red", feedback: "wrong, it's yellow" },
        { id: "c", text: "blue", feedback: "wrong, it's yellow" },
      ],
    });
    expect(byName.get("Q3")).toMatchObject({
      type: "fill",
      prompt: "Two plus _____ equals four.",
      accepted: ["two", "2"],
    });
    expect(byName.get("Q4")).toMatchObject({
      type: "matching",
      pairs: [
        { text: "cat", match: "c1" },
        { text: "dog", match: "c2" },
      ],
    });
    expect(byName.get("Q7")).toMatchObject({
      type: "multiple",
      prompt: "Which are primes?",
      explanation: "Two and three.",
      options: [
        { text: "2", correct: true },
        { text: "3", correct: true },
        { text: "4", misconception: "" },
      ],
    });
    expect(byName.get("Q8")).toMatchObject({ type: "cer" });
    expect(result.report[9]?.reason).toBe(
      "A description, not a question (Debrief shows the article itself).",
    );
    expect(result.report[10]?.reason).toBe("Its answers are not closed with “}”.");
  });

  it("keeps what GIFT carries on a round trip from Debrief: text, options, feedback, points, tags", async () => {
    const pack = await getPack("kim-putin-arms-talks");
    if (!pack) throw new Error("no pack");
    for (const quiz of pack.quizzes) {
      const source = quizSource(pack, quiz.id);
      if (!source) throw new Error("no quiz");
      const result = importGift(toGift(source));
      if (!result.ok) throw new Error(result.message);
      for (const question of source.questions) {
        if (["sort", "find", "cer"].includes(question.type)) continue;
        const back = result.questions.find((q) => q.name === question.id)?.question;
        expect(back, question.id).toMatchObject({
          type: question.type,
          prompt: question.prompt,
          points: question.points,
          skill: question.skill,
          difficulty: question.difficulty,
          cites: [],
          ...(question.type === "ordering"
            ? { items: question.items.map((item) => ({ text: item.text })) }
            : { explanation: question.explanation }),
          ...(question.type === "single" || question.type === "multiple"
            ? {
                options: question.options.map((o) =>
                  o.correct
                    ? { text: o.text, correct: true }
                    : { text: o.text, feedback: o.feedback },
                ),
              }
            : {}),
          ...(question.type === "fill" ? { accepted: question.accepted } : {}),
        });
      }
    }
  });

  it("unescapes GIFT's reserved characters", () => {
    expect(unescapeGift("a \\= b \\~ c \\# d \\{e\\} f\\: g \\\\ h\\nnext")).toBe(
      "a = b ~ c # d {e} f: g \\ h\nnext",
    );
  });

  it("refuses a file with no questions, or an oversized one, with a message", () => {
    expect(importGift("\u0000\u0001 binary \u0002")).toEqual({
      ok: false,
      message: "That file has no GIFT questions (each is text followed by its answers in braces).",
    });
    expect(importGift("x".repeat(3 * 1024 * 1024))).toEqual({
      ok: false,
      message: "That file is larger than 2 MB; export fewer questions at a time.",
    });
  });
});
