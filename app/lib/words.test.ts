import { describe, expect, it } from "vitest";
import { plural } from "./words";

describe("plural", () => {
  it("says 1 minute and 2 minutes, never 1 minutes or attempt(s)", () => {
    expect(plural(1, "minute")).toBe("1 minute");
    expect(plural(3, "minute")).toBe("3 minutes");
    expect(plural(0, "attempt")).toBe("0 attempts");
    expect(plural(2, "student account")).toBe("2 student accounts");
  });
});
