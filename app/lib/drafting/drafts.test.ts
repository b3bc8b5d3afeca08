import { describe, expect, it } from "vitest";
import { paragraphsFromTexts } from "@/app/lib/authoring/draft";
import type { TQuestion } from "@/app/lib/quiz/kinds";
import { draftsFor, questionProblems, type TDraft } from "./drafts";

// The honesty rules, on real sentences (the first pack's article and the studio's saved page):
// each test names the case that failed before its rule held.

const KIM = paragraphsFromTexts([
  "North Korean leader Kim Jong Un is likely to be in Russia this month to meet President Vladimir Putin.",
  "John Kirby, the National Security Council spokesman, said Russia’s Defense Minister Sergei Shoigu had tried to convince Pyongyang to sell artillery ammunition to Moscow during last month’s visit to North Korea.",
  "The US has urged the DPRK to cease its arms negotiations with Russia. Moreover, the United States has warned to take action, including sanctions if North Korea did supply Russia with the weapons.",
  "This comes after the White House revealed last week that it had intelligence indicating that Putin and Kim exchanged letters following Shoigu’s visit. Kirby believes the letters were more at the surface level, but highlighted that the two countries’ talks on a weapons sale were advancing.",
  "Officials say that Putin is trying to persuade North Korea to send Russia artillery shells and antitank missiles.",
  "It should be noted that a delegation of about 20 North Korean officials traveled by train from Pyongyang to Vladivostok, in late August, and flew to Moscow.",
  "But experts believe the deal between Russia and North Korea is more transactional than strategic.",
]);

const LIBRARY = paragraphsFromTexts([
  "The Riverside town council voted 5-2 on Tuesday to keep the public library open on Sundays. The vote ends a month of debate over a budget gap of $1.2 million.",
  'Council member Ana Ortiz said the Sunday hours serve students who work during the week. "The library is the only quiet place many of them have," she said. Mr. Grant Hollis, who voted against the plan, said the town could not afford it without cutting bus routes.',
  "Library director Priya Nand said visits on Sundays rose by 40 percent in two years. She said the library would report its numbers to the council again in the spring.",
]);

type TQuestionDraft = Extract<TDraft, { part: "questions" }>;
const questions = (drafts: TDraft[]) =>
  drafts.filter((d): d is TQuestionDraft => d.part === "questions").map((d) => d.question);
const ofType = <T extends TQuestion["type"]>(drafts: TDraft[], type: T) =>
  questions(drafts).filter((q): q is Extract<TQuestion, { type: T }> => q.type === type);
const textOf = (paragraphs: typeof KIM, id: string) =>
  paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)!.text;

describe("drafts from an article's own sentences", () => {
  it("are the same every time, and every one passes the checks", () => {
    for (const article of [KIM, LIBRARY]) {
      const drafts = draftsFor(article);
      expect(draftsFor(article)).toEqual(drafts);
      expect(drafts.filter((d) => d.problems.length > 0)).toEqual([]);
      expect(new Set(questions(drafts).map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    }
  });

  it("never states as fact what the article attributes or hedges", () => {
    for (const article of [KIM, LIBRARY]) {
      const sorts = ofType(draftsFor(article), "sort");
      const stated = sorts.flatMap((q) => q.statements.filter((s) => s.category === "stated"));
      for (const { text } of stated)
        expect(text).not.toMatch(/\b(said|says|say|believe|likely|may|would)\b/);
    }
    // "She said the library would report…" reports what someone says; it is no hedge of the
    // article's own, so no true/false asks whether the article says it for certain.
    const hedges = ofType(draftsFor(LIBRARY), "truefalse");
    expect(hedges.map((q) => q.cites)).toEqual([]);
    expect(ofType(draftsFor(KIM), "truefalse").map((q) => q.cites)).toEqual([["p1.s1"]]);
  });

  it("never names a speaker other than the one the cited sentence gives", () => {
    const singles = [...ofType(draftsFor(KIM), "single"), ...ofType(draftsFor(LIBRARY), "single")];
    const right = (q: (typeof singles)[number]) => q.options.find((o) => o.correct)!.text;
    expect(singles.map((q) => [q.cites[0], right(q)])).toEqual([
      ["p2.s1", "John Kirby"],
      ["p3.s1", "The US"],
      ["p3.s2", "The United States"],
      ["p4.s1", "The White House"],
      ["p4.s2", "Kirby"],
      ["p5.s1", "Officials"],
      ["p7.s1", "Experts"],
      ["p2.s1", "Council member Ana Ortiz"],
      ["p2.s3", "Mr. Grant Hollis"],
      ["p3.s1", "Library director Priya Nand"],
    ]);
    // The appositive and the relative clause are not the speaker.
    expect(singles.map(right)).not.toContain("The National Security Council spokesman");
  });

  it("never offers a wrong option the article makes true", () => {
    const byCite = (id: string) => ofType(draftsFor(KIM), "single").find((q) => q.cites[0] === id)!;
    const wrong = (id: string) =>
      byCite(id)
        .options.filter((o) => !o.correct)
        .map((o) => o.text);
    // The White House speaks for the US, and Kirby is John Kirby: neither is a wrong answer.
    expect(wrong("p4.s1")).not.toEqual(expect.arrayContaining(["The US"]));
    expect(wrong("p4.s1")).not.toContain("The United States");
    expect(wrong("p3.s1")).not.toContain("The White House");
    expect(wrong("p4.s2")).not.toContain("John Kirby");
    // "The German automaker" is VW, which the article names elsewhere: a question keyed to the
    // description could offer VW as wrong, so none is drafted (real sentences, a car-show story).
    const cars = paragraphsFromTexts([
      "The German automaker, which has focused on electric vehicles, says the wagon will be able to go 300 miles on a single battery charge.",
      "VW says the car is a preview of a production vehicle for North America and Europe.",
      "Toyota says the battery is mounted under the floor, giving the SUV a lower center of gravity.",
    ]);
    const singles = ofType(draftsFor(cars), "single");
    expect(singles.map((q) => q.cites)).toEqual([["p2.s1"], ["p3.s1"]]);
    for (const q of singles)
      expect(q.options.map((o) => o.text)).not.toContain("The German automaker");
  });

  it("never keys an answer its cited sentences do not support", () => {
    // Ortiz's quotation after her name ("…,” she said) is hers too: picking it is right.
    const finds = ofType(draftsFor(LIBRARY), "find");
    expect(finds.map((q) => q.accepted)).toEqual([
      ["p2.s1", "p2.s2"],
      ["p2.s3"],
      ["p3.s1", "p3.s2"],
    ]);
    // The article's own "were not announced" after Nissan's words is not Nissan speaking.
    const nissan = paragraphsFromTexts([
      "The engine is more powerful, yet Nissan says it will offer better gas mileage. Price and gas mileage were not announced.",
      "Toyota says the battery is mounted under the floor, giving the SUV a lower center of gravity.",
    ]);
    expect(ofType(draftsFor(nissan), "find").map((q) => q.accepted)).toEqual([
      ["p1.s1"],
      ["p2.s1"],
    ]);
    for (const q of ofType(draftsFor(KIM), "fill"))
      for (const id of q.cites) expect(textOf(KIM, id)).toContain(q.accepted[0]);
    // A blank in a score ("5-2") or a name ("Sept. 30") is not drafted.
    const numbers = ofType(draftsFor(LIBRARY), "fill").filter((q) => q.prompt.includes("number"));
    expect(numbers.map((q) => q.accepted[0])).toEqual(["1.2", "40"]);
    // A name blank accepts the surname of a two-word name; a place is blanked only as a whole word.
    const names = ofType(draftsFor(KIM), "fill").filter((q) => !q.prompt.includes("number"));
    expect(names.map((q) => q.accepted)).toEqual([
      ["Russia"],
      ["Pyongyang"],
      ["Moscow"],
      ["Kim Jong Un"],
      ["Vladimir Putin", "Putin"],
      ["John Kirby", "Kirby"],
    ]);
    for (const q of names) expect(q.prompt).not.toMatch(/_____[\p{L}]/u);
    const forged = { ...ofType(draftsFor(KIM), "single")[0]!, cites: ["p7.s1"] };
    expect(questionProblems(forged, new Map([["p7.s1", textOf(KIM, "p7.s1")]]))).toEqual([
      "the right answer “John Kirby” is not in the sentences it cites",
    ]);
  });

  it("offers the article's other figures of the same kind as wrong options for a figure", () => {
    const money = paragraphsFromTexts([
      "SoftBank agreed to inject $6.5 billion into WeWork and to fund a $3 billion buyout, including $1 billion for some of Neumann’s shares.",
      "Neumann had planned to charge WeWork almost $6 million for his trademark.",
      "Visits rose by 40 percent, to 2,500 a week.",
    ]);
    const singles = ofType(draftsFor(money), "single");
    expect(singles.map((q) => q.options.map((o) => `${o.correct ? "✓" : "✗"} ${o.text}`))).toEqual([
      ["✓ $6.5 billion", "✗ $3 billion", "✗ $1 billion"],
      ["✓ $3 billion", "✗ $6.5 billion", "✗ $1 billion"],
      ["✓ $1 billion", "✗ $6.5 billion", "✗ $3 billion"],
    ]);
    // Millions are not offered against billions, nor a percentage against a count.
    expect(singles[0]?.prompt).toContain(
      "inject _____ into WeWork and to fund a $3 billion buyout",
    );
  });

  it("matches claims to their sources and people to their roles as the cited sentences give them", () => {
    const matchings = ofType(draftsFor(KIM), "matching");
    expect(matchings.map((q) => q.prompt)).toEqual([
      "Match each claim to the source the article gives it to.",
      "Match each person to the role the article gives them.",
    ]);
    for (const q of matchings) {
      const text = q.cites
        .map((id) => textOf(KIM, id))
        .join(" ")
        .toLowerCase();
      for (const pair of q.pairs) {
        const choice = q.choices.find((c) => c.id === pair.match)!;
        expect(text).toContain(pair.text.toLowerCase());
        expect(text).toContain(choice.text.toLowerCase().replace(/^the /, ""));
      }
    }
    const sources = matchings[0]!;
    const kirby = sources.pairs.find((p) => p.text.startsWith("Russia’s Defense Minister"))!;
    expect(sources.choices.find((c) => c.id === kirby.match)?.text).toBe("John Kirby");
  });

  it("describes people in the article's words, citing where it does", () => {
    const people = draftsFor(KIM).flatMap((d) => (d.part === "people" ? [d.person] : []));
    expect(people.map((p) => [p.name, p.role, p.cites])).toEqual([
      ["Kim Jong Un", "North Korean leader", ["p1.s1"]],
      ["Vladimir Putin", "President", ["p1.s1"]],
      ["John Kirby", "the National Security Council spokesman", ["p2.s1"]],
      ["Sergei Shoigu", "Russia’s Defense Minister", ["p2.s1"]],
    ]);
    const library = draftsFor(LIBRARY).flatMap((d) => (d.part === "people" ? [d.person] : []));
    expect(library.map((p) => p.role)).toEqual(["council member", "library director"]);
  });

  it("takes the time of each event as the article words it, and orders only what its dates order", () => {
    const events = draftsFor(KIM).flatMap((d) => (d.part === "timeline" ? [d.event] : []));
    expect(events.map((e) => [e.when, e.cites])).toEqual([
      ["this month", ["p1.s1"]],
      ["last month", ["p2.s1"]],
      ["last week", ["p4.s1"]],
      ["late August", ["p6.s1"]],
    ]);
    // "last week" and "late August" are never put in order by guess.
    expect(ofType(draftsFor(KIM), "ordering")).toEqual([]);
    const dated = paragraphsFromTexts([
      "On Sept. 30, 2019, the council voted to keep the library open.",
      "The library first opened on Sundays in May 2016.",
      "In 2019, visits rose by a third.",
      "Its budget was cut in 2018.",
      "In late August 2019, the mayor asked for a vote.",
    ]);
    const [ordering] = ofType(draftsFor(dated), "ordering");
    // 2016, 2018, August 2019, then September 30, 2019; "In 2019" spans both and is left out.
    expect(ordering?.cites).toEqual(["p2.s1", "p4.s1", "p5.s1", "p1.s1"]);
    expect(ordering?.items.map((i) => i.text).join(" ")).not.toMatch(/2016|2018|2019/);
  });

  it("defines an abbreviation only where the article spells it out", () => {
    const spelled = paragraphsFromTexts([
      "The Democratic People’s Republic of Korea (DPRK) sent officials. The DPRK denied it.",
    ]);
    const terms = (paragraphs: typeof KIM) =>
      draftsFor(paragraphs).flatMap((d) => (d.part === "glossary" ? [d.term] : []));
    expect(terms(spelled)).toEqual([
      {
        term: "DPRK",
        forms: "DPRK",
        definition: {
          standard: "Short for Democratic People’s Republic of Korea.",
          simpler: "Short for Democratic People’s Republic of Korea.",
        },
      },
    ]);
    // "DPRK" is never spelled out in the first article: no definition is drafted for it.
    expect(terms(KIM).filter((t) => t.term === "DPRK")).toEqual([]);
  });

  it("offers words rare in everyday English for the glossary, their definitions left to write", () => {
    const terms = draftsFor(KIM).flatMap((d) => (d.part === "glossary" ? [d] : []));
    expect(terms.map((d) => [d.term.term, d.cites[0]])).toEqual([
      ["antitank", "p5.s1"],
      ["transactional", "p7.s1"],
    ]);
    expect(terms.every((d) => d.term.definition.standard === "")).toBe(true);
    // "highlighted" is "highlight", common; names and numbers are never glossary words.
    expect(terms.map((d) => d.term.term)).not.toContain("highlighted");
  });
});
