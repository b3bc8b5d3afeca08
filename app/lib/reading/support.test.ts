import { describe, expect, it } from "vitest";
import { levelNote, readAloudFor, readingLevelFor } from "@/app/lib/reading/support";

describe("readingLevelFor", () => {
  it("the student's own choice, then the assignment's, then the class's, then standard", () => {
    expect(
      readingLevelFor({ own: "standard", assignment: "simpler", classes: ["simpler"] }),
    ).toEqual({ level: "standard", source: "own" });
    expect(readingLevelFor({ assignment: "simpler", classes: ["standard"] })).toEqual({
      level: "simpler",
      source: "assignment",
    });
    expect(readingLevelFor({ assignment: null, classes: ["standard", "simpler"] })).toEqual({
      level: "simpler",
      source: "class",
    });
    expect(readingLevelFor({ classes: ["standard"] })).toEqual({
      level: "standard",
      source: "class",
    });
    expect(readingLevelFor({ classes: [] })).toEqual({ level: "standard", source: "default" });
  });

  it("ignores a stored value that is not a level", () => {
    expect(readingLevelFor({ own: "hardest", assignment: "x", classes: ["y"] })).toEqual({
      level: "standard",
      source: "default",
    });
  });
});

describe("read-aloud and the note", () => {
  it("is offered when a class turns it on for all or for the student", () => {
    expect(readAloudFor([])).toBe(false);
    expect(readAloudFor([{ forClass: false, forStudent: false }])).toBe(false);
    expect(readAloudFor([{ forClass: false, forStudent: true }])).toBe(true);
    expect(readAloudFor([{ forClass: true, forStudent: false }])).toBe(true);
  });

  it("says a teacher chose the level, and nothing when the student did", () => {
    expect(levelNote({ level: "simpler", source: "class" })).toBe(
      "Opened at the simpler level your teacher chose. You can switch.",
    );
    expect(levelNote({ level: "simpler", source: "own" })).toBeNull();
    expect(levelNote({ level: "standard", source: "default" })).toBeNull();
  });
});
