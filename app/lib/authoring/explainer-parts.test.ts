import { describe, expect, it } from "vitest";
import {
  draftParts,
  EMPTY_DEBATE,
  publishedParts,
  type TExplainerPartsDraft,
} from "@/app/lib/authoring/explainer-parts";

const levels = (standard: string, simpler = standard) => ({ standard, simpler });

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
