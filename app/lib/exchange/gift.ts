import type { TQuestion, TQuestionOf, TQuestionType } from "@/app/lib/quiz/kinds";
import {
  type TQuizSource,
  type TSentenceList,
  evidenceText,
  percent,
  questionTags,
  sentencesOf,
} from "./quiz-source";
import { escapeXml, htmlParagraphs } from "./xml";

// A quiz as GIFT (issue 34), Moodle's plain-text format (question/format/gift in Moodle's
// source). Texts are HTML ([html]), escaped as Moodle's own export escapes them. What GIFT has no
// place for — points, skill, difficulty, citations, a rubric — is written in comments, which
// Moodle keeps as the question's id and tags ("// [id:…]", "// [tag:…]") or skips.

/** GIFT's reserved characters escaped with a backslash, as Moodle's exporter does. */
export function escapeGift(text: string): string {
  return text.replace(/[\\#=~{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
}

const htmlText = (text: string) => escapeGift(escapeXml(text));
const comment = (text: string) => `// ${text.replace(/\s+/g, " ")}`;

type TWriter<T extends TQuestionType> = (
  question: TQuestionOf<T>,
  sentences: TSentenceList,
) => { answers: string; comments?: string[] };

const feedback = (text: string | undefined) => (text ? `#${htmlText(text)}` : "");

function choiceLines(
  options: { text: string; weight: string | null; feedback?: string }[],
): string {
  return options
    .map(({ text, weight, feedback: note }) =>
      weight === null
        ? `\t=${htmlText(text)}${feedback(note)}`
        : `\t~${weight === "" ? "" : `%${weight}%`}${htmlText(text)}${feedback(note)}`,
    )
    .join("\n");
}

const matchLines = (pairs: { left: string; right: string }[]) =>
  pairs.map(({ left, right }) => `\t=${htmlText(left)} -> ${htmlText(right)}`).join("\n");

const WRITERS: { [T in TQuestionType]: TWriter<T> } = {
  single: (question) => ({
    answers: choiceLines(
      question.options.map((o) => ({
        text: o.text,
        weight: o.correct ? null : "",
        feedback: o.feedback,
      })),
    ),
  }),
  multiple: (question) => {
    const right = question.options.filter((o) => o.correct).length;
    return {
      answers: choiceLines(
        question.options.map((o) => ({
          text: o.text,
          weight: percent(o.correct ? 1 / right : -1 / right),
          feedback: o.feedback,
        })),
      ),
    };
  },
  // {TRUE#feedback for a wrong answer#feedback for a right one}
  truefalse: (question) => ({
    answers: `${question.correct ? "TRUE" : "FALSE"}#${htmlText(question.wrong.feedback)}`,
  }),
  fill: (question) => ({
    answers: question.accepted.map((accepted) => `\t=${htmlText(accepted)}`).join("\n"),
  }),
  // Moodle's ordering type reads its own GIFT form: ">count select layout grading show", then
  // one item a line, in the right order. It takes the items as they are, so they are not escaped.
  ordering: (question) => ({
    answers: `>${question.items.length} ALL VERTICAL ABSOLUTE_POSITION SHOW\n${question.items
      .map((item) => escapeXml(item.text).replace(/\s+/g, " "))
      .join("\n")}`,
  }),
  matching: (question) => {
    const used = new Set(question.pairs.map((pair) => pair.match));
    const choice = (id: string) => question.choices.find((c) => c.id === id)?.text ?? id;
    return {
      answers: [
        matchLines(question.pairs.map((pair) => ({ left: pair.text, right: choice(pair.match) }))),
        ...question.choices.filter((c) => !used.has(c.id)).map((c) => `\t= -> ${htmlText(c.text)}`),
      ].join("\n"),
    };
  },
  sort: (question) => ({
    answers: matchLines(
      question.statements.map((statement) => ({
        left: statement.text,
        right:
          question.categories.find((c) => c.id === statement.category)?.label ?? statement.category,
      })),
    ),
  }),
  find: (question, sentences) => ({
    answers: choiceLines(
      sentences.map((sentence) => ({
        text: sentence.text,
        weight: question.accepted.includes(sentence.id) ? null : "",
      })),
    ),
  }),
  // An essay: GIFT has no grader information, so the rubric is written as comments.
  cer: (question) => ({
    answers: "",
    comments: question.rubric.map((criterion) =>
      comment(`rubric: ${criterion.label} (${criterion.points}): ${criterion.description}`),
    ),
  }),
};

function promptOf(question: TQuestion): string {
  if (question.type === "cer")
    return htmlParagraphs(
      question.prompt,
      `Choose a side: ${question.sides.map((s) => s.text).join(" / ")}`,
    );
  return htmlParagraphs(question.prompt);
}

function questionText(question: TQuestion, sentences: TSentenceList): string {
  const write = WRITERS[question.type] as TWriter<TQuestionType>;
  const { answers, comments = [] } = write(question, sentences);
  const general = `####${escapeGift(htmlParagraphs(question.explanation, evidenceText(question, sentences)))}`;
  // The ordering form ends at its items: Moodle's reader takes every line before "}" as one.
  const body =
    question.type === "ordering"
      ? `{${answers}\n}`
      : `{\n${answers ? `${answers}\n` : ""}\t${general}\n}`;
  return [
    comment(`question: ${question.id}  name: ${question.id}`),
    `// [id:${question.id}]`,
    ...questionTags(question).map((tag) => `// [tag:${tag}]`),
    comment(`points: ${question.points}`),
    ...comments,
    `::${escapeGift(question.id)}::[html]${escapeGift(promptOf(question))}${body}`,
  ].join("\n");
}

/** The GIFT file of one quiz. */
export function toGift(source: TQuizSource): string {
  const sentences = sentencesOf(source);
  const article = htmlParagraphs(
    source.title,
    ...source.paragraphs.map((p) => p.sentences.map((s) => s.text).join(" ")),
    source.provenance,
  );
  return `${[
    comment(`Debrief: ${source.quiz.title} — ${source.title}`),
    `$CATEGORY: $course$/top/Debrief/${source.title.replace(/[\r\n]/g, " ")}/${source.quiz.title}`,
    [
      comment(`question: article-${source.slug}  name: Article`),
      `// [id:article-${source.slug}]`,
      `::${escapeGift(`Article: ${source.title}`)}::[html]${escapeGift(article)}`,
    ].join("\n"),
    ...source.questions.map((question) => questionText(question, sentences)),
  ].join("\n\n")}\n`;
}
