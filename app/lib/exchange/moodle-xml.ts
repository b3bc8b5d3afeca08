import type { TQuestion, TQuestionOf, TQuestionType } from "@/app/lib/quiz/kinds";
import {
  type TQuizSource,
  type TSentenceList,
  evidenceText,
  percent,
  questionTags,
  sentencesOf,
} from "./quiz-source";
import { type TXmlElement, el, htmlParagraphs, xmlDocument } from "./xml";

// A quiz as Moodle XML (issue 34), the format Moodle's question bank imports
// (question/format/xml in Moodle's source): a category, the article as a description "question",
// then each question in its closest Moodle type. Skill, difficulty and cited sentences travel as
// tags; the explanation and the evidence as general feedback.

const text = (value: string) => el("text", {}, value);
const html = (name: string, ...paragraphs: string[]) =>
  el(name, { format: "html" }, text(htmlParagraphs(...paragraphs)));

/** What goes inside <question type="…">, after the common header. */
type TMoodleParts = { type: string; parts: TXmlElement[] };
type TWriter<T extends TQuestionType> = (
  question: TQuestionOf<T>,
  sentences: TSentenceList,
) => TMoodleParts;

const answer = (fraction: string, content: string, feedback?: string) =>
  el(
    "answer",
    { fraction, format: "html" },
    text(htmlParagraphs(content)),
    feedback ? html("feedback", feedback) : null,
  );

function choices(
  question: TQuestionOf<"single"> | TQuestionOf<"multiple">,
  single: boolean,
): TMoodleParts {
  const right = question.options.filter((o) => o.correct).length;
  return {
    type: "multichoice",
    parts: [
      el("single", {}, String(single)),
      el("shuffleanswers", {}, String(!question.fixedOrder)),
      el("answernumbering", {}, "abc"),
      ...question.options.map((option) =>
        answer(
          option.correct ? percent(single ? 1 : 1 / right) : single ? "0" : percent(-1 / right),
          option.text,
          option.feedback,
        ),
      ),
    ],
  };
}

/** A matching whose left side is `stems`, right side `answers` (answers may repeat). */
function matchingParts(
  stems: { text: string; answer: string }[],
  distractors: string[],
): TMoodleParts {
  return {
    type: "matching",
    parts: [
      el("shuffleanswers", {}, "true"),
      ...stems.map((stem) =>
        el(
          "subquestion",
          { format: "html" },
          text(htmlParagraphs(stem.text)),
          el("answer", {}, text(stem.answer)),
        ),
      ),
      ...distractors.map((extra) =>
        el("subquestion", { format: "html" }, text(""), el("answer", {}, text(extra))),
      ),
    ],
  };
}

const WRITERS: { [T in TQuestionType]: TWriter<T> } = {
  single: (question) => choices(question, true),
  multiple: (question) => choices(question, false),
  truefalse: (question) => ({
    type: "truefalse",
    parts: [
      answer(
        question.correct ? "100" : "0",
        "true",
        question.correct ? undefined : question.wrong.feedback,
      ),
      answer(
        question.correct ? "0" : "100",
        "false",
        question.correct ? question.wrong.feedback : undefined,
      ),
    ],
  }),
  fill: (question) => ({
    type: "shortanswer",
    parts: [
      el("usecase", {}, "0"),
      ...question.accepted.map((accepted) =>
        el("answer", { fraction: "100", format: "moodle_auto_format" }, text(accepted)),
      ),
    ],
  }),
  // Moodle's ordering type (core since 4.4): answers in the right order, each position counted.
  ordering: (question) => ({
    type: "ordering",
    parts: [
      el("layouttype", {}, "VERTICAL"),
      el("selecttype", {}, "ALL"),
      el("selectcount", {}, "0"),
      el("gradingtype", {}, "ABSOLUTE_POSITION"),
      el("showgrading", {}, "SHOW"),
      el("numberingstyle", {}, "none"),
      ...question.items.map((item, index) => answer(`${index + 1}`, item.text)),
    ],
  }),
  matching: (question) => {
    const choiceText = (id: string) => question.choices.find((c) => c.id === id)?.text ?? id;
    const used = new Set(question.pairs.map((pair) => pair.match));
    return matchingParts(
      question.pairs.map((pair) => ({ text: pair.text, answer: choiceText(pair.match) })),
      question.choices.filter((c) => !used.has(c.id)).map((c) => c.text),
    );
  },
  // Moodle has no sort: a matching of each statement to its category's name.
  sort: (question) =>
    matchingParts(
      question.statements.map((statement) => ({
        text: statement.text,
        answer:
          question.categories.find((c) => c.id === statement.category)?.label ?? statement.category,
      })),
      [],
    ),
  // Find the sentence: a single choice over the article's sentences.
  find: (question, sentences) => ({
    type: "multichoice",
    parts: [
      el("single", {}, "true"),
      el("shuffleanswers", {}, "false"),
      el("answernumbering", {}, "123"),
      ...sentences.map((sentence) =>
        answer(question.accepted.includes(sentence.id) ? "100" : "0", sentence.text),
      ),
    ],
  }),
  // The written answer: an essay, its sides in the prompt and its rubric for the grader.
  cer: (question) => ({
    type: "essay",
    parts: [
      el("responseformat", {}, "editor"),
      el("responserequired", {}, "1"),
      el("responsefieldlines", {}, "15"),
      el("attachments", {}, "0"),
      el("attachmentsrequired", {}, "0"),
      html(
        "graderinfo",
        ...question.rubric.map(
          (criterion) =>
            `${criterion.label} (${criterion.points} ${criterion.points === 1 ? "point" : "points"}): ${criterion.description}`,
        ),
      ),
      html("responsetemplate", "Claim:", "Evidence:", "Reasoning:"),
    ],
  }),
};

function promptOf(question: TQuestion): string[] {
  if (question.type === "cer")
    return [question.prompt, `Choose a side: ${question.sides.map((s) => s.text).join(" / ")}`];
  return [question.prompt];
}

function questionElement(question: TQuestion, sentences: TSentenceList): TXmlElement {
  const write = WRITERS[question.type] as TWriter<TQuestionType>;
  const { type, parts } = write(question, sentences);
  return el(
    "question",
    { type },
    el("name", {}, text(question.id)),
    html("questiontext", ...promptOf(question)),
    html("generalfeedback", question.explanation, evidenceText(question, sentences)),
    el("defaultgrade", {}, String(question.points)),
    el("penalty", {}, "0"),
    el("hidden", {}, "0"),
    el("idnumber", {}, question.id),
    ...parts,
    el("tags", {}, ...questionTags(question).map((tag) => el("tag", {}, text(tag)))),
  );
}

/** The Moodle XML file of one quiz. */
export function toMoodleXml(source: TQuizSource): string {
  const sentences = sentencesOf(source);
  return xmlDocument(
    el(
      "quiz",
      {},
      el(
        "question",
        { type: "category" },
        el("category", {}, text(`$course$/top/Debrief/${source.title}/${source.quiz.title}`)),
        el("info", { format: "html" }, text(htmlParagraphs(source.quiz.description))),
      ),
      el(
        "question",
        { type: "description" },
        el("name", {}, text(`Article: ${source.title}`)),
        html(
          "questiontext",
          source.title,
          ...source.paragraphs.map((p) => p.sentences.map((s) => s.text).join(" ")),
          source.provenance,
        ),
        html("generalfeedback"),
        el("defaultgrade", {}, "0"),
        el("penalty", {}, "0"),
        el("hidden", {}, "0"),
        el("idnumber", {}, `article-${source.slug}`),
      ),
      ...source.questions.map((question) => questionElement(question, sentences)),
    ),
  );
}
