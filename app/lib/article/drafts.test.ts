import { describe, expect, it } from "vitest";
import { z } from "zod";
import { draftListOf, draftSchemaOf, draftText } from "@/app/lib/article/drafts";
import { ZExplainerSchema, ZGlossarySchema, ZPeopleSchema } from "@/app/lib/article/schema";

const person = ZPeopleSchema.shape.people.element;
const levels = (text: string) => ({ standard: text, simpler: text });
const keysOf = (schema: z.ZodType) =>
  schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];

describe("a part's draft schema, derived from its pack schema", () => {
  it("has the pack item's fields less its id, so a field added to the pack reaches the studio", () => {
    const draft = draftSchemaOf(person);
    expect(keysOf(draft)).toEqual(keysOf(person).filter((key) => key !== "id"));
    const extended = draftSchemaOf(person.extend({ pronouns: z.string().trim().min(1) }));
    expect(keysOf(extended)).toContain("pronouns");
  });

  it("takes what the teacher is still writing, which the pack schema refuses", () => {
    const typed = { name: "", role: "", about: levels(""), cites: [] };
    expect(draftSchemaOf(person).safeParse(typed).success).toBe(true);
    expect(person.safeParse({ id: "x", ...typed }).success).toBe(false);
    const debate = { question: levels(""), cases: [], leftOpen: [], changeYourMind: [] };
    expect(draftSchemaOf(ZExplainerSchema.shape.debate.unwrap()).safeParse(debate).success).toBe(
      true,
    );
  });

  it("limits sizes: names, texts at a level, lists and citations", () => {
    const draft = draftSchemaOf(person);
    const ok = { name: "Kim", role: "Leader", about: levels("Leads."), cites: ["p1.s1"] };
    const message = (value: unknown) => draft.safeParse(value).error?.issues[0]?.message;
    expect(message({ ...ok, name: "x".repeat(301) })).toBe("Keep it under 300 characters.");
    expect(message({ ...ok, about: levels("x".repeat(3000)) })).toBeUndefined();
    expect(message({ ...ok, about: levels("x".repeat(3001)) })).toBe(
      "Keep it under 3,000 characters.",
    );
    expect(message({ ...ok, cites: ["p1.s1; drop table"] })).toMatch(/must look like p3\.s2/);
    const side = ZExplainerSchema.shape.wants.unwrap().element;
    const items = Array.from({ length: 21 }, () => ({ label: "x", cites: [] }));
    expect(draftSchemaOf(side).safeParse({ side: "", summary: levels(""), items }).success).toBe(
      false,
    );
    const people = draftListOf(person, 1, "Keep it to one person.");
    expect(people.safeParse([ok, ok]).error?.issues[0]?.message).toBe("Keep it to one person.");
  });

  it("gives a field typed in another shape its own schema", () => {
    const term = draftSchemaOf(ZGlossarySchema.shape.terms.element, { forms: draftText(10) });
    const typed = { term: "DPRK", forms: "DPRK\nNorth Korea", definition: levels("") };
    expect(term.safeParse(typed).success).toBe(false);
    expect(term.safeParse({ ...typed, forms: "DPRK" }).data).toEqual({ ...typed, forms: "DPRK" });
  });
});
