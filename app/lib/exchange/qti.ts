import { strToU8, zipSync } from "fflate";
import type { TQuestion, TQuestionOf, TQuestionType } from "@/app/lib/quiz/kinds";
import { type TQuizSource, type TSentenceList, evidenceText, sentencesOf } from "./quiz-source";
import { type TXmlElement, type TXmlNode, el, xmlDocument } from "./xml";

// A quiz as an IMS QTI 3.0 package (issue 34): imsmanifest.xml, the article as an assessment
// stimulus every item refers to, one item per question and a test listing them, zipped. Each
// type maps to its closest interaction; scores come from the response's mapping, so partial
// credit follows Debrief's rules where QTI can state them.

const ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
const CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
const SCHEMA_LOCATION = (file: string) =>
  `${ASI} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/${file}`;
const ASI_XSD = "imsqti_asiv3p0p1_v1p0.xsd";
/** The namespace attributes of each item, stimulus and test document. */
const ASI_ROOT = {
  xmlns: ASI,
  "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
  "xsi:schemaLocation": SCHEMA_LOCATION(ASI_XSD),
};

const STIMULUS_ID = "article";
/** A QTI identifier (an XML name): Debrief's ids are letters, digits, dashes and dots already. */
const ident = (id: string) => (/^[A-Za-z_]/.test(id) ? id : `id-${id}`);

type TInteraction = {
  /** qti-response-declaration's cardinality and base type. */
  cardinality: "single" | "multiple" | "ordered";
  baseType: "identifier" | "directedPair" | "string";
  /** Correct response values, and the score map (value → points) where one applies. */
  correct: string[];
  mapping?: { entries: [string, number][]; lower?: number; upper?: number; caseless?: boolean };
  /** The interaction inside the item body. */
  body: TXmlNode[];
  /** Per-choice feedback (identifier → text), shown when that choice was in the response. */
  feedback?: [string, string][];
  /** Response processing other than "the score is the mapped response". */
  processing?: TXmlElement[];
};

type TWriter<T extends TQuestionType> = (
  question: TQuestionOf<T>,
  sentences: TSentenceList,
) => TInteraction;

const prompt = (question: TQuestion) => el("qti-prompt", {}, question.prompt);
const simpleChoice = (id: string, text: string) =>
  el("qti-simple-choice", { identifier: ident(id) }, text);

function choiceInteraction(
  question: TQuestionOf<"single"> | TQuestionOf<"multiple">,
  single: boolean,
): TInteraction {
  const right = question.options.filter((o) => o.correct);
  const share = question.points / right.length;
  return {
    cardinality: single ? "single" : "multiple",
    baseType: "identifier",
    correct: right.map((o) => ident(o.id)),
    mapping: {
      entries: question.options.map((o) => [
        ident(o.id),
        o.correct ? (single ? question.points : share) : single ? 0 : -share,
      ]),
      lower: 0,
      upper: question.points,
    },
    body: [
      el(
        "qti-choice-interaction",
        {
          "response-identifier": "RESPONSE",
          "max-choices": single ? 1 : 0,
          shuffle: String(!question.fixedOrder),
        },
        prompt(question),
        ...question.options.map((o) => simpleChoice(o.id, o.text)),
      ),
    ],
    feedback: question.options.flatMap((o): [string, string][] =>
      o.feedback ? [[ident(o.id), o.feedback]] : [],
    ),
  };
}

function pairInteraction(
  question: TQuestion,
  left: { id: string; text: string; answer: string }[],
  right: { id: string; text: string }[],
): TInteraction {
  const share = question.points / left.length;
  return {
    cardinality: "multiple",
    baseType: "directedPair",
    correct: left.map((l) => `${ident(l.id)} ${ident(l.answer)}`),
    mapping: {
      entries: left.map((l) => [`${ident(l.id)} ${ident(l.answer)}`, share]),
      lower: 0,
      upper: question.points,
    },
    body: [
      el(
        "qti-match-interaction",
        {
          "response-identifier": "RESPONSE",
          shuffle: "true",
          "max-associations": left.length,
        },
        prompt(question),
        el(
          "qti-simple-match-set",
          {},
          ...left.map((l) =>
            el("qti-simple-associable-choice", { identifier: ident(l.id), "match-max": 1 }, l.text),
          ),
        ),
        el(
          "qti-simple-match-set",
          {},
          ...right.map((r) =>
            el(
              "qti-simple-associable-choice",
              { identifier: ident(r.id), "match-max": left.length },
              r.text,
            ),
          ),
        ),
      ),
    ],
  };
}

const WRITERS: { [T in TQuestionType]: TWriter<T> } = {
  single: (question) => choiceInteraction(question, true),
  multiple: (question) => choiceInteraction(question, false),
  truefalse: (question) => ({
    cardinality: "single",
    baseType: "identifier",
    correct: [String(question.correct)],
    mapping: { entries: [[String(question.correct), question.points]] },
    body: [
      el(
        "qti-choice-interaction",
        { "response-identifier": "RESPONSE", "max-choices": 1, shuffle: "false" },
        prompt(question),
        simpleChoice("true", "True"),
        simpleChoice("false", "False"),
      ),
    ],
    feedback: [[String(!question.correct), question.wrong.feedback]],
  }),
  fill: (question) => ({
    cardinality: "single",
    baseType: "string",
    correct: [question.accepted[0] ?? ""],
    mapping: {
      entries: question.accepted.map((accepted) => [accepted, question.points]),
      caseless: true,
    },
    body: [
      el("p", {}, question.prompt),
      el("p", {}, el("qti-text-entry-interaction", { "response-identifier": "RESPONSE" })),
    ],
  }),
  // Ordered response; each item in its right place earns its share (Debrief's rule), stated as
  // a sum of matches by position since a map cannot score an ordered response.
  ordering: (question) => ({
    cardinality: "ordered",
    baseType: "identifier",
    correct: question.items.map((item) => ident(item.id)),
    body: [
      el(
        "qti-order-interaction",
        { "response-identifier": "RESPONSE", shuffle: "true" },
        prompt(question),
        ...question.items.map((item) => simpleChoice(item.id, item.text)),
      ),
    ],
    processing: [
      el(
        "qti-set-outcome-value",
        { identifier: "SCORE" },
        el(
          "qti-product",
          {},
          el(
            "qti-base-value",
            { "base-type": "float" },
            String(question.points / question.items.length),
          ),
          el(
            "qti-sum",
            {},
            ...question.items.map((item, index) =>
              el(
                "qti-match",
                {},
                el("qti-index", { n: index + 1 }, el("qti-variable", { identifier: "RESPONSE" })),
                el("qti-base-value", { "base-type": "identifier" }, ident(item.id)),
              ),
            ),
          ),
        ),
      ),
    ],
  }),
  matching: (question) =>
    pairInteraction(
      question,
      question.pairs.map((pair) => ({ id: pair.id, text: pair.text, answer: pair.match })),
      question.choices,
    ),
  sort: (question) =>
    pairInteraction(
      question,
      question.statements.map((s) => ({ id: s.id, text: s.text, answer: s.category })),
      question.categories.map((c) => ({ id: c.id, text: c.label })),
    ),
  // Find the sentence: the article's sentences as hot text, one to choose.
  find: (question, sentences) => ({
    cardinality: "single",
    baseType: "identifier",
    correct: question.accepted.map(ident),
    mapping: {
      entries: question.accepted.map((id) => [ident(id), question.points]),
      upper: question.points,
    },
    body: [
      el(
        "qti-hottext-interaction",
        { "response-identifier": "RESPONSE", "max-choices": 1 },
        prompt(question),
        el(
          "p",
          {},
          ...sentences.map((s) => el("qti-hottext", { identifier: ident(s.id) }, s.text)),
        ),
      ),
    ],
  }),
  // The written answer: extended text, its rubric for the scorer; scored by a person.
  cer: (question) => ({
    cardinality: "single",
    baseType: "string",
    correct: [],
    body: [
      el("p", {}, question.prompt),
      el("p", {}, `Choose a side: ${question.sides.map((s) => s.text).join(" / ")}`),
      el(
        "qti-rubric-block",
        { use: "scoring", view: "scorer" },
        el(
          "qti-content-body",
          {},
          el(
            "ul",
            {},
            ...question.rubric.map((c) =>
              el("li", {}, `${c.label} (${c.points}): ${c.description}`),
            ),
          ),
        ),
      ),
      el("qti-extended-text-interaction", {
        "response-identifier": "RESPONSE",
        "expected-lines": 15,
      }),
    ],
    processing: [],
  }),
};

const itemHref = (question: TQuestion) => `items/${question.id}.xml`;

function itemXml(question: TQuestion, sentences: TSentenceList): string {
  const write = WRITERS[question.type] as TWriter<TQuestionType>;
  const interaction = write(question, sentences);
  const { mapping } = interaction;
  const declaration = el(
    "qti-response-declaration",
    {
      identifier: "RESPONSE",
      cardinality: interaction.cardinality,
      "base-type": interaction.baseType,
    },
    interaction.correct.length > 0 &&
      el("qti-correct-response", {}, ...interaction.correct.map((v) => el("qti-value", {}, v))),
    mapping &&
      el(
        "qti-mapping",
        {
          "default-value": 0,
          "lower-bound": mapping.lower,
          "upper-bound": mapping.upper,
        },
        ...mapping.entries.map(([key, value]) =>
          el("qti-map-entry", {
            "map-key": key,
            "mapped-value": Number(value.toFixed(5)),
            "case-sensitive": mapping.caseless ? "false" : undefined,
          }),
        ),
      ),
  );
  const outcome = (identifier: string, cardinality: string, baseType: string, value?: string) =>
    el(
      "qti-outcome-declaration",
      { identifier, cardinality, "base-type": baseType },
      value !== undefined && el("qti-default-value", {}, el("qti-value", {}, value)),
    );
  const feedback = interaction.feedback ?? [];
  const processing = interaction.processing ?? [
    el(
      "qti-set-outcome-value",
      { identifier: "SCORE" },
      el("qti-map-response", { identifier: "RESPONSE" }),
    ),
  ];
  return xmlDocument(
    el(
      "qti-assessment-item",
      {
        ...ASI_ROOT,
        identifier: ident(question.id),
        title: question.id,
        adaptive: "false",
        "time-dependent": "false",
      },
      declaration,
      outcome("SCORE", "single", "float", "0"),
      outcome("MAXSCORE", "single", "float", String(question.points)),
      feedback.length > 0 &&
        outcome(
          "FEEDBACK",
          interaction.cardinality === "multiple" ? "multiple" : "single",
          "identifier",
        ),
      outcome("EXPLANATION", "single", "identifier"),
      el("qti-assessment-stimulus-ref", {
        identifier: STIMULUS_ID,
        href: "../article.xml",
        title: "The article",
      }),
      el("qti-item-body", {}, ...interaction.body),
      el(
        "qti-response-processing",
        {},
        ...processing,
        feedback.length > 0 &&
          el(
            "qti-set-outcome-value",
            { identifier: "FEEDBACK" },
            el("qti-variable", { identifier: "RESPONSE" }),
          ),
        el(
          "qti-set-outcome-value",
          { identifier: "EXPLANATION" },
          el("qti-base-value", { "base-type": "identifier" }, "explanation"),
        ),
      ),
      ...feedback.map(([id, text]) =>
        el(
          "qti-modal-feedback",
          { "outcome-identifier": "FEEDBACK", identifier: id, "show-hide": "show" },
          el("qti-content-body", {}, el("p", {}, text)),
        ),
      ),
      el(
        "qti-modal-feedback",
        { "outcome-identifier": "EXPLANATION", identifier: "explanation", "show-hide": "show" },
        el(
          "qti-content-body",
          {},
          el("p", {}, question.explanation),
          el("p", {}, evidenceText(question, sentences)),
        ),
      ),
    ),
  );
}

function stimulusXml(source: TQuizSource): string {
  return xmlDocument(
    el(
      "qti-assessment-stimulus",
      {
        ...ASI_ROOT,
        identifier: STIMULUS_ID,
        title: source.title,
      },
      el(
        "qti-stimulus-body",
        {},
        el("h2", {}, source.title),
        ...source.paragraphs.map((p) =>
          el(
            "p",
            { id: ident(p.id) },
            ...p.sentences.map((s) => el("span", { id: ident(s.id) }, s.text)),
          ),
        ),
        el("p", {}, source.provenance),
      ),
    ),
  );
}

function testXml(source: TQuizSource): string {
  return xmlDocument(
    el(
      "qti-assessment-test",
      {
        ...ASI_ROOT,
        identifier: ident(source.quiz.id),
        title: source.quiz.title,
      },
      el(
        "qti-test-part",
        { identifier: "part", "navigation-mode": "nonlinear", "submission-mode": "simultaneous" },
        el(
          "qti-assessment-section",
          { identifier: "section", title: source.quiz.title, visible: "true" },
          source.quiz.shuffleQuestions && el("qti-ordering", { shuffle: "true" }),
          ...source.questions.map((question) =>
            el("qti-assessment-item-ref", {
              identifier: ident(question.id),
              href: itemHref(question),
            }),
          ),
        ),
      ),
    ),
  );
}

function manifestXml(source: TQuizSource): string {
  const resource = (identifier: string, type: string, href: string, dependencies: string[]) =>
    el(
      "resource",
      { identifier, type, href },
      el("file", { href }),
      ...dependencies.map((id) => el("dependency", { identifierref: id })),
    );
  return xmlDocument(
    el(
      "manifest",
      {
        xmlns: CP,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": `${CP} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`,
        identifier: `debrief-${source.slug}-${source.quiz.id}`,
      },
      el("metadata", {}, el("schema", {}, "QTI Package"), el("schemaversion", {}, "3.0.0")),
      el("organizations"),
      el(
        "resources",
        {},
        resource(
          `test-${ident(source.quiz.id)}`,
          "imsqti_test_xmlv3p0",
          "test.xml",
          source.questions.map((q) => `item-${ident(q.id)}`),
        ),
        resource(STIMULUS_ID, "imsqti_stimulus_xmlv3p0", "article.xml", []),
        ...source.questions.map((question) =>
          resource(`item-${ident(question.id)}`, "imsqti_item_xmlv3p0", itemHref(question), [
            STIMULUS_ID,
          ]),
        ),
      ),
    ),
  );
}

/** The files of the package, by path. */
export function qtiFiles(source: TQuizSource): Record<string, string> {
  const sentences = sentencesOf(source);
  return {
    "imsmanifest.xml": manifestXml(source),
    "test.xml": testXml(source),
    "article.xml": stimulusXml(source),
    ...Object.fromEntries(
      source.questions.map((question) => [itemHref(question), itemXml(question, sentences)]),
    ),
  };
}

/** The QTI 3.0 package (a zip) of one quiz; the same quiz always gives the same bytes. */
export function toQtiPackage(source: TQuizSource): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(qtiFiles(source)).map(([path, text]) => [path, strToU8(text)]),
    ),
    { level: 9, mtime: new Date("2026-01-01T00:00:00Z") },
  );
}
