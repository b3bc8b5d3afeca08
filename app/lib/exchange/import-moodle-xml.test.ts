import { describe, expect, it } from "vitest";
import { getPack } from "@/app/lib/content";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import { importMoodleXml } from "./import-moodle-xml";
import { toMoodleXml } from "./moodle-xml";
import { quizSource } from "./quiz-source";

// A file as Moodle's own exporter writes it (question/format/xml/format.php): CDATA text, HTML,
// an image, a category, a description, a cloze question and the fields Moodle adds to each type.
const MOODLE_FILE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Week 3</text>
    </category>
  </question>
<!-- question: 101  -->
  <question type="multichoice">
    <name>
      <text>Capital</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Which city is the <b>capital</b> of Russia? <img src="@@PLUGINFILE@@/map.png"></p>]]></text>
    </questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>Moscow has been the capital since 1918.</p>]]></text>
    </generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <showstandardinstruction>0</showstandardinstruction>
    <correctfeedback format="html">
      <text>Your answer is correct.</text>
    </correctfeedback>
    <answer fraction="100" format="html">
      <text><![CDATA[<p>Moscow</p>]]></text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text><![CDATA[<p>St Petersburg</p>]]></text>
      <feedback format="html">
        <text><![CDATA[<p>It was the capital until 1918.</p>]]></text>
      </feedback>
    </answer>
  </question>
<!-- question: 102  -->
  <question type="shortanswer">
    <name>
      <text>Leader</text>
    </name>
    <questiontext format="moodle_auto_format">
      <text>Who leads North Korea?</text>
    </questiontext>
    <generalfeedback format="moodle_auto_format">
      <text></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format">
      <text>Kim Jong Un</text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <answer fraction="100" format="moodle_auto_format">
      <text>Kim*</text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
  </question>
<!-- question: 103  -->
  <question type="numerical">
    <name>
      <text>Days</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>How many days did the trip take?</p>]]></text>
    </questiontext>
    <defaultgrade>1.0000000</defaultgrade>
    <answer fraction="100" format="moodle_auto_format">
      <text>10</text>
      <feedback format="html">
        <text></text>
      </feedback>
      <tolerance>1</tolerance>
    </answer>
  </question>
<!-- question: 104  -->
  <question type="matching">
    <name>
      <text>Who</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Match each person to their role.</p>]]></text>
    </questiontext>
    <defaultgrade>3.0000000</defaultgrade>
    <shuffleanswers>true</shuffleanswers>
    <subquestion format="html">
      <text><![CDATA[<p>Kim Jong Un</p>]]></text>
      <answer>
        <text>Leader of North Korea</text>
      </answer>
    </subquestion>
    <subquestion format="html">
      <text><![CDATA[<p>John Kirby</p>]]></text>
      <answer>
        <text>US spokesman</text>
      </answer>
    </subquestion>
    <subquestion format="html">
      <text></text>
      <answer>
        <text>Russian general</text>
      </answer>
    </subquestion>
  </question>
<!-- question: 105  -->
  <question type="essay">
    <name>
      <text>Deal</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Is the deal transactional or strategic?</p>]]></text>
    </questiontext>
    <defaultgrade>6.0000000</defaultgrade>
    <responseformat>editor</responseformat>
    <graderinfo format="html">
      <text><![CDATA[<p>Two marks for a clear claim.</p>]]></text>
    </graderinfo>
  </question>
<!-- question: 106  -->
  <question type="multianswer">
    <name>
      <text>Cloze</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Kim met {1:SHORTANSWER:=Putin}.</p>]]></text>
    </questiontext>
  </question>
<!-- question: 107  -->
  <question type="description">
    <name>
      <text>Intro</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p>Read the article first.</p>]]></text>
    </questiontext>
  </question>
</quiz>
`;

describe("importing Moodle XML", () => {
  it("reads a file written by Moodle's exporter, reporting what was imported, mapped or skipped", () => {
    const result = importMoodleXml(MOODLE_FILE);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.map((line) => [line.name, line.where, line.outcome])).toEqual([
      ["Category $course$/top/Week 3", "before question 1", "skipped"],
      ["Capital", "question 1", "mapped"],
      ["Leader", "question 2", "mapped"],
      ["Days", "question 3", "skipped"],
      ["Who", "question 4", "imported"],
      ["Deal", "question 5", "mapped"],
      ["Cloze", "question 6", "skipped"],
      ["Intro", "question 7", "skipped"],
    ]);
    const [capital, leader, who, deal] = result.questions;
    expect(capital?.question).toMatchObject({
      type: "single",
      prompt: "Which city is the capital of Russia?",
      points: 2,
      explanation: "Moscow has been the capital since 1918.",
      cites: [],
      options: [
        { id: "a", text: "Moscow", correct: true },
        {
          id: "b",
          text: "St Petersburg",
          misconception: "",
          feedback: "It was the capital until 1918.",
        },
      ],
    });
    expect(result.report[1]?.reason).toContain("images were left out");
    expect(result.report[1]?.reason).toContain("formatting were left out");
    expect(capital?.todo).toContain("Pick the sentences it cites: citations are never imported.");
    expect(leader?.question).toMatchObject({ type: "fill", accepted: ["Kim Jong Un"] });
    expect(result.report[2]?.reason).toContain("The wildcard answer “Kim*” was left out");
    expect(result.report[3]?.reason).toBe("A numeric answer with a tolerance has no Debrief form.");
    expect(who?.question).toMatchObject({
      type: "matching",
      choices: [
        { id: "c1", text: "Leader of North Korea" },
        { id: "c2", text: "US spokesman" },
        { id: "c3", text: "Russian general" },
      ],
      pairs: [
        { id: "p1", text: "Kim Jong Un", match: "c1" },
        { id: "p2", text: "John Kirby", match: "c2" },
      ],
    });
    expect(deal?.question).toMatchObject({ type: "cer", sides: [], rubric: [], points: 6 });
    expect(result.report[5]?.reason).toContain("Two marks for a clear claim.");
    expect(result.report[6]?.reason).toBe("Moodle's “multianswer” questions have no Debrief form.");
  });

  it("keeps every field Moodle XML carries on a round trip from Debrief, citations left to pick", async () => {
    const pack = await getPack("kim-putin-arms-talks");
    if (!pack) throw new Error("no pack");
    for (const quiz of pack.quizzes) {
      const source = quizSource(pack, quiz.id);
      if (!source) throw new Error("no quiz");
      const result = importMoodleXml(toMoodleXml(source));
      if (!result.ok) throw new Error(result.message);
      // Sort and find leave as a matching and a choice over sentences, and come back as those.
      const carried = source.questions.filter((q) => !["sort", "find", "cer"].includes(q.type));
      for (const question of carried) {
        const back = result.questions.find((q) => q.name === question.id)?.question;
        expect(back, question.id).toMatchObject(roundTripped(question));
      }
    }
  });

  it("refuses a DOCTYPE, entities, malformed XML, another kind of file and an oversized one, with a message", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><quiz><question type="shortanswer"><questiontext><text>&lol2;</text></questiontext></question></quiz>`;
    expect(importMoodleXml(laughs)).toEqual({
      ok: false,
      message:
        "That file declares a DOCTYPE or entities, which Debrief does not read (a Moodle XML export has none).",
    });
    const broken = importMoodleXml("<quiz>\n<question type='truefalse'>\n</quiz>");
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^That file is not well-formed XML \(line \d+: /);
    expect(importMoodleXml("<assessmentItem/>")).toEqual({
      ok: false,
      message: "That is not a Moodle XML question file: it has no <quiz> element.",
    });
    const huge = `<quiz>${"<!-- padding -->".repeat(200_000)}</quiz>`;
    expect(importMoodleXml(huge)).toEqual({
      ok: false,
      message: "That file is larger than 2 MB; export fewer questions at a time.",
    });
  });

  it("decodes character references without expanding anything else", () => {
    const result = importMoodleXml(
      `<quiz><question type="truefalse"><name><text>A &amp; B</text></name><questiontext format="plain_text"><text>5 &lt; 6 &#8212; &unknown; right?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text><feedback><text>It is.</text></feedback></answer></question></quiz>`,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.report[0]?.name).toBe("A & B");
    expect(result.questions[0]?.question).toMatchObject({
      type: "truefalse",
      prompt: "5 < 6 — &unknown; right?",
      correct: true,
      wrong: { misconception: "", feedback: "It is." },
    });
  });
});

/** What a question should come back as from its Moodle XML: everything but ids the file lacks. */
function roundTripped(question: TQuestion): Record<string, unknown> {
  const common = {
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    skill: question.skill,
    difficulty: question.difficulty,
    explanation: question.explanation,
    cites: [],
  };
  switch (question.type) {
    case "single":
    case "multiple":
      return {
        ...common,
        options: question.options.map((o) =>
          o.correct ? { text: o.text, correct: true } : { text: o.text, feedback: o.feedback },
        ),
      };
    case "truefalse":
      return { ...common, correct: question.correct, wrong: { feedback: question.wrong.feedback } };
    case "fill":
      return { ...common, accepted: question.accepted };
    case "ordering":
      return { ...common, items: question.items.map((item) => ({ text: item.text })) };
    case "matching":
      return {
        ...common,
        pairs: question.pairs.map((pair) => ({ text: pair.text })),
      };
    default:
      return common;
  }
}
