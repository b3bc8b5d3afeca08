import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

// docs/decisions/README.md is the index newcomers read: every record is listed there.
it("the decision index lists every record, each by its file", () => {
  const records = readdirSync("docs/decisions").filter((name) => /^\d{4}-.+\.md$/.test(name));
  const index = readFileSync("docs/decisions/README.md", "utf8");
  expect(records.length).toBeGreaterThan(0);
  expect(records.filter((name) => !index.includes(`(${name})`))).toEqual([]);
});
