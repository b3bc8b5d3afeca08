import { describe, expect, it } from "vitest";
import { checkDraft as checkAll } from "@/app/lib/authoring/checks";
import type { TArticleDraft } from "@/app/lib/authoring/draft";
import type { TQuestion } from "@/app/lib/quiz/kinds";

/** The checks on text, provenance and what happened (questions are tested below). */
const checkDraft = (draft: TArticleDraft) =>
  checkAll(draft).filter(
    (check) =>
      !check.target.startsWith("question-") &&
      !check.target.startsWith("paragraph-") &&
      check.target !== "new-question-heading",
  );
import { mergeWithNext, newDraft, paragraphsFromTexts } from "@/app/lib/authoring/draft";
import { EMPTY_DEBATE } from "@/app/lib/authoring/explainer-parts";

/** `text` said `times` times: enough words for the reading-level rule to compare (100 a level). */
const repeated = (text: string, times: number) => Array<string>(times).fill(text).join(" ");

const written = {
  standard: repeated(
    "The town council voted to keep the library open on Sundays, ending a month of argument about the budget.",
    6,
  ),
  simpler: repeated("The town will keep the library open on Sundays. It costs a lot.", 9),
  cites: ["p1.s1"],
};

const provenance = {
  title: "Library stays open",
  byline: "",
  publisher: "Riverside Ledger",
  publishedOn: "2026-11-20",
  url: "",
};

describe("checkDraft", () => {
  it("requires what happened at both levels, with its sources, the simpler one simpler", () => {
    const empty = newDraft(provenance, paragraphsFromTexts(["One."]));
    expect(checkDraft(empty).map((check) => check.target)).toEqual([
      "what-happened-standard",
      "what-happened-simpler",
      "what-happened-cites",
    ]);
    const notSimpler = { ...empty, whatHappened: { ...written, simpler: written.standard } };
    expect(checkDraft(notSimpler)).toEqual([
      expect.objectContaining({
        target: "what-happened-simpler",
        message: expect.stringContaining(
          "make the simpler level at least 2 grades easier",
        ) as string,
      }),
    ]);
    expect(checkDraft({ ...empty, whatHappened: written })).toEqual([]);
  });

  it("asks for the provenance a page did not state, field by field", () => {
    const draft = {
      ...newDraft({ ...provenance, publisher: "", publishedOn: "" }, paragraphsFromTexts(["One."])),
      whatHappened: written,
    };
    expect(checkDraft(draft)).toEqual([
      expect.objectContaining({ level: "problem", target: "provenance-publisher" }),
      expect.objectContaining({ level: "problem", target: "provenance-publishedOn" }),
    ]);
  });

  it("flags a split after an abbreviation until the sentences are joined", () => {
    const paragraphs = paragraphsFromTexts(["The U.S. Steel plant has offered its lot."]);
    const draft = { ...newDraft(provenance, paragraphs), whatHappened: written };
    expect(checkDraft(draft)).toEqual([
      {
        level: "warning",
        target: "sentence-p1.s1",
        message:
          "p1.s1 ends with an abbreviation (“U.S.”). If the sentence goes on in p1.s2, join them.",
      },
    ]);
    const merged = mergeWithNext(paragraphs, "p1.s1").paragraphs;
    expect(checkDraft({ ...draft, paragraphs: merged })).toEqual([]);
  });

  it("points at the simpler level's long sentences and hard words while it is written", () => {
    const draft = {
      ...newDraft(provenance, paragraphsFromTexts(["One."])),
      whatHappened: { ...written, simpler: "The council chose to bolster the library's hours." },
    };
    expect(checkDraft(draft)).toEqual([
      {
        level: "warning",
        target: "what-happened-simpler",
        message: "What happened, simpler level: “bolster”: try “strengthen, add to”.",
      },
    ]);
  });

  it("suggests splitting a sentence too long to be one", () => {
    const long = `${Array.from({ length: 80 }, () => "word").join(" ")}.`;
    const checks = checkDraft({
      ...newDraft(provenance, paragraphsFromTexts([long])),
      whatHappened: written,
    });
    expect(checks.map((check) => [check.target, check.message])).toEqual([
      ["sentence-p1.s1", "p1.s1 is 80 words long. If it is really two sentences, split it."],
    ]);
  });
});

describe("the explainer's other parts", () => {
  const hard = repeated(
    "The municipal council's decision preserves considerable weekend accessibility for residents.",
    11,
  );
  const levels = { standard: hard, simpler: hard };
  const draft = (over: Partial<TArticleDraft>) => ({
    ...newDraft(provenance, paragraphsFromTexts(["The council voted to keep the library open."])),
    whatHappened: written,
    ...over,
  });

  it("grades each file as content:check does: who's who alone, what happened with the wants", () => {
    const person = { name: "Ana Ortiz", role: "Council member", about: levels, cites: ["p1.s1"] };
    expect(checkDraft(draft({ people: [person] }))).toEqual([
      expect.objectContaining({
        target: "part-people-heading",
        message: expect.stringMatching(/^Who's who: the simpler level reads at grade/) as string,
      }),
    ]);
    // What happened alone is two grades easier; with a side whose texts are not, the file is not.
    const long = repeated(hard, 4); // enough to outweigh what happened's easier text
    const side = {
      side: "The council",
      summary: { standard: long, simpler: long },
      items: [{ label: "Open", cites: ["p1.s1"] }],
    };
    expect(checkDraft(draft({ wants: [side] }))).toEqual([
      expect.objectContaining({
        target: "part-wants-heading",
        message: expect.stringMatching(
          /^What happened, what each side wants and the debate, taken together: the simpler level/,
        ) as string,
      }),
    ]);
  });
});

describe("each part's fields, checked by the pack's rules", () => {
  const part = (over: Partial<TArticleDraft>) =>
    checkDraft({
      ...newDraft(
        provenance,
        paragraphsFromTexts(["Kim Jong Un met Vladimir Putin. The DPRK wants food."]),
      ),
      whatHappened: written,
      ...over,
    });
  const levels = (standard: string, simpler = standard) => ({ standard, simpler });
  const person = { name: "Kim Jong Un", role: "Leader", about: levels("Leads."), cites: ["p1.s1"] };

  it("asks for each field a part's item needs, at that field, named as its editor names it", () => {
    expect(part({ people: [{ ...person, about: levels("Leads.", " ") }] })).toEqual([
      {
        level: "problem",
        target: "people-0-about-simpler",
        message: "Person 1, about them: the simpler reading level must not be empty.",
      },
    ]);
    const side = { side: "Russia", summary: levels("Wants shells."), items: [] };
    const wants = [side, { ...side, items: [{ label: "Shells", cites: ["p7.s1"] }] }];
    expect(part({ wants })).toEqual([
      expect.objectContaining({
        target: "wants-0-items",
        message: expect.stringMatching(/^Side 1: /) as string,
      }),
      {
        level: "problem",
        target: "wants-1-items-0-cites",
        message: "Side 2, Want 1: cites p7.s1, which is not a sentence of the article.",
      },
    ]);
  });

  it("a debate needs two cases, each with evidence", () => {
    const debate = {
      ...EMPTY_DEBATE,
      question: levels("Deal or alliance?"),
      cases: [{ title: "A deal", summary: levels("Trade."), evidence: [] }],
      leftOpen: [{ whoSays: "Experts", point: levels("Unclear."), cites: ["p1.s2"] }],
      changeYourMind: [levels("A treaty.")],
    };
    const checks = part({ debate });
    expect(checks.map((check) => check.target)).toEqual([
      "debate-cases-0-evidence",
      "debate-cases",
    ]);
    expect(checks[1]?.message).toBe("The debate: the debate needs at least two cases.");
    expect(part({ debate: { ...debate, question: levels("") } })[0]).toEqual({
      level: "problem",
      target: "debate-question-standard",
      message: "The debate, the question: the standard reading level must not be empty.",
    });
    expect(part({})).toEqual([]);
  });

  it("sources that are gone and glossary terms the text never uses", () => {
    const targets = (over: Partial<TArticleDraft>) => part(over).map((check) => check.target);
    expect(
      targets({
        timeline: [
          { when: "Monday", title: "Talks", about: levels("They talk."), cites: ["p9.s1"] },
        ],
        glossary: [{ term: "Artillery", forms: "", definition: levels("Big guns.") }],
      }),
    ).toEqual(["timeline-0-cites", "glossary-0-forms"]);
    expect(
      targets({ glossary: [{ term: "DPRK", forms: "", definition: levels("North Korea.") }] }),
    ).toEqual([]);
  });
});

describe("question checks", () => {
  type TSingle = Extract<TQuestion, { type: "single" }>;
  const question = (overrides: Partial<TSingle> = {}): TSingle => ({
    id: "q1",
    type: "single",
    prompt: "What did the council decide?",
    skill: "recall",
    difficulty: 1,
    points: 1,
    explanation: "Paragraph one says so.",
    cites: ["p1.s1"],
    options: [
      { id: "a", text: "To keep the library open on Sundays", correct: true },
      {
        id: "b",
        text: "To close it",
        misconception: "misreads-vote",
        feedback: "Read p1.s1 again.",
      },
    ],
    ...overrides,
  });
  const draft = (questions: TQuestion[]) => ({
    ...newDraft(
      provenance,
      paragraphsFromTexts([
        "The council voted to keep the library open on Sundays.",
        "Visits rose.",
      ]),
    ),
    whatHappened: written,
    questions,
  });
  const messages = (questions: TQuestion[]) => checkAll(draft(questions)).map((c) => c.message);

  it("asks for a question, then applies each type's own rules and the pack's citation rules", () => {
    expect(messages([])).toEqual(["Write at least one question."]);
    const twoRight = question({
      cites: ["p9.s9"],
      options: [
        { id: "a", text: "Keep it open", correct: true },
        { id: "b", text: "Close it", correct: true },
      ],
    });
    expect(messages([twoRight])).toEqual([
      "q1: cites p9.s9, which is not a sentence of the article.",
      "q1: options: a single-choice question needs exactly one correct option (has 2).",
      "No question cites paragraph p1.",
      "No question cites paragraph p2.",
      "The right answer of q1 shares no word with the sentences it cites: check that the citation supports it.",
    ]);
  });

  it("warns about negative stems and a right answer its citations do not mention", () => {
    const negative = question({ prompt: "Which is NOT what the council decided?" });
    expect(messages([negative, { ...question({ cites: ["p2.s1"] }), id: "q2" }])).toEqual([
      "q1 is worded negatively (“NOT”): students often misread such questions. Ask it positively if you can.",
      "The right answer of q2 shares no word with the sentences it cites: check that the citation supports it.",
    ]);
  });

  it("warns when the right option of pinned-order questions is always in the same place", () => {
    const pinned = (id: string) => ({ ...question({ fixedOrder: true }), id });
    const samePlace =
      "In every single-choice question whose options keep their order (q1, q2) the right option is A: students learn the position. Move it in some of them.";
    expect(messages([pinned("q1"), pinned("q2")])).toContain(samePlace);
    const moved = { ...pinned("q2"), options: [...pinned("q2").options].reverse() };
    expect(messages([pinned("q1"), moved])).not.toContain(samePlace);
    // Shuffled options have no position a student could learn.
    expect(messages([question(), { ...question(), id: "q2" }])).not.toContain(samePlace);
  });
});
