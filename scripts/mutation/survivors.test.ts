import { expect, it } from "vitest";
import { listedSurvivors, original, survivorKey } from "./survivors";

const source = "const a = 1;\nexport const grace = 30 * 1000;\n";
const mutant = {
  mutatorName: "ArithmeticOperator",
  replacement: "30 / 1000",
  status: "Survived",
  // Stryker's locations: 1-based lines, 1-based columns, end exclusive.
  location: { start: { line: 2, column: 22 }, end: { line: 2, column: 31 } },
};

it("names a mutant by file, mutator, the code it replaced and the replacement", () => {
  expect(original(source, mutant.location)).toBe("30 * 1000");
  expect(survivorKey("cutoff.ts", source, mutant)).toBe(
    "cutoff.ts ArithmeticOperator: `30 * 1000` → `30 / 1000`",
  );
});

it("reads survivors.md entries with their reasons, and nothing else", () => {
  const listed = listedSurvivors(
    "# Survivors\n\n- cutoff.ts ArithmeticOperator: `a` → `b` — equal here.\nprose — not an entry\n",
  );
  expect([...listed]).toEqual([["cutoff.ts ArithmeticOperator: `a` → `b`", "equal here."]]);
});
