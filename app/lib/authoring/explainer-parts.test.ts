import { describe, expect, it } from "vitest";
import {
  checkParts,
  draftParts,
  EMPTY_DEBATE,
  publishedParts,
  type TExplainerPartsDraft,
} from "@/app/lib/authoring/explainer-parts";

const levels = (standard: string, simpler = standard) => ({ standard, simpler });
const TEXT = "Kim Jong Un met Vladimir Putin. The DPRK wants food.";
const IDS = new Set(["p1.s1", "p1.s2"]);

const parts = (over: Partial<TExplainerPartsDraft>): TExplainerPartsDraft => ({
  people: [],
  timeline: [],
  wants: [],
  debate: EMPTY_DEBATE,
  glossary: [],
  ...over,
});

const person = (name: string) => ({
  name,
  role: "Leader",
  about: levels("Leads the country."),
  cites: ["p1.s1"],
});

describe("publishedParts", () => {
  it("names items by their names, uniquely, and gives a term its own word when no forms are typed", () => {
    const published = publishedParts(
      parts({
        people: [person("Kim Jong Un"), person("Kim Jong Un"), person("")],
        glossary: [
          { term: "DPRK", forms: "", definition: levels("North Korea.") },
          { term: "Summit", forms: "summit\n summits \n", definition: levels("A meeting.") },
        ],
      }),
    );
    expect(published.people.map((p) => p.id)).toEqual(["kim-jong-un", "kim-jong-un-2", "person-3"]);
    expect(published.glossary.map((t) => [t.id, t.forms])).toEqual([
      ["dprk", ["DPRK"]],
      ["summit", ["summit", "summits"]],
    ]);
    expect(published.debate).toBeUndefined();
  });

  it("and draftParts gives the editor back what it typed", () => {
    const typed = parts({
      people: [person("Kim Jong Un")],
      glossary: [{ term: "Summit", forms: "summit\nsummits", definition: levels("A meeting.") }],
      debate: {
        ...EMPTY_DEBATE,
        question: levels("Is it a deal?"),
        cases: [{ title: "Yes", summary: levels("It is."), evidence: [] }],
      },
    });
    const published = publishedParts(typed);
    expect(
      draftParts({
        people: { people: published.people },
        timeline: { events: published.timeline },
        glossary: { terms: published.glossary },
        explainer: {
          whatHappened: { standard: ["x"], simpler: ["x"], cites: ["p1.s1"] },
          wants: published.wants,
          debate: published.debate,
        },
      }),
    ).toEqual(typed);
  });
});

describe("checkParts", () => {
  const targets = (typed: Partial<TExplainerPartsDraft>) =>
    checkParts(parts(typed), IDS, TEXT).map((issue) => issue.target);

  it("asks for each field a part's item needs, at that field", () => {
    const issues = checkParts(
      parts({ people: [{ ...person("Kim Jong Un"), about: levels("Leads.", " ") }] }),
      IDS,
      TEXT,
    );
    expect(issues).toEqual([
      {
        target: "people-0-about-simpler",
        message: "Person 1: the simpler reading level must not be empty.",
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
    const issues = checkParts(parts({ debate }), IDS, TEXT);
    expect(issues.map((i) => i.target)).toEqual(["debate-cases-0-evidence", "debate-cases"]);
    expect(issues[1]?.message).toBe("The debate: the debate needs at least two cases.");
    expect(targets({})).toEqual([]);
  });

  it("sources that are gone and glossary terms the text never uses", () => {
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
