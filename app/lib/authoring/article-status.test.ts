import { describe, expect, it } from "vitest";
import { articleStatus, type TArticleStatusFacts } from "./article-status";

const facts = (change: Partial<TArticleStatusFacts> = {}): TArticleStatusFacts => ({
  latestVersion: null,
  assignedClasses: 0,
  sharedAt: null,
  archivedAt: null,
  mine: true,
  ownerName: "Ms Rivera",
  ...change,
});

describe("articleStatus", () => {
  it("says a draft nobody else sees is a draft", () => {
    expect(articleStatus(facts())).toBe("Draft · only you can see it");
  });

  it("says what is published and where it is assigned", () => {
    expect(articleStatus(facts({ latestVersion: 1, assignedClasses: 1 }))).toBe(
      "Published · version 1 · assigned in 1 class",
    );
    expect(articleStatus(facts({ latestVersion: 3, assignedClasses: 2 }))).toBe(
      "Published · version 3 · assigned in 2 classes",
    );
    expect(articleStatus(facts({ latestVersion: 2, unpublishedChanges: true }))).toBe(
      "Published · version 2 · changes not yet published · not assigned yet",
    );
  });

  it("says who shares it and whether it is archived", () => {
    expect(articleStatus(facts({ sharedAt: new Date() }))).toBe(
      "Draft · shared with every teacher",
    );
    expect(articleStatus(facts({ mine: false, latestVersion: 1 }))).toBe(
      "Published · version 1 · not assigned yet · shared by Ms Rivera",
    );
    expect(
      articleStatus(facts({ archivedAt: new Date(), latestVersion: 1, assignedClasses: 1 })),
    ).toBe("Archived · Published · version 1 · assigned in 1 class");
  });
});
