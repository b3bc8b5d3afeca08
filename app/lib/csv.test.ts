import { expect, it } from "vitest";
import { toCsv } from "./csv";

it("writes RFC 4180 CSV with a BOM, CRLF, every field quoted, and defuses formulas", () => {
  const csv = toCsv([
    ["name", "answer", "points"],
    ["Élodie", 'She said "no", then left', 1.5],
    ["Ben", "line one\nline two", null],
    ['=HYPERLINK("x")', "-1", -1],
    ["  +SUM(A1)", "\t=1", "@cmd"],
  ]);
  expect(csv).toBe(
    '\uFEFF"name","answer","points"\r\n"Élodie","She said ""no"", then left","1.5"\r\n' +
      '"Ben","line one\nline two",""\r\n' +
      '"\'=HYPERLINK(""x"")","\'-1","-1"\r\n' +
      '"\'  +SUM(A1)","\'\t=1","\'@cmd"\r\n',
  );
});

it("defuses a formula after a separator inside a cell, for spreadsheets that split inside quotes", () => {
  const line = toCsv([["The answer is 9;=4+5", "a,@b", "x\n-1", "semi;colon"]]).slice(1);
  expect(line).toBe('"The answer is 9;\'=4+5","a,\'@b","x\n\'-1","semi;colon"\r\n');
  // Split at every separator, quotes ignored, no piece starts a formula.
  for (const piece of line.split(/[,;\n"]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
});

it("keeps a cell whole in spreadsheets whose separator is a semicolon", () => {
  // Unquoted, `a;=2+3` opens as two cells in a `;` locale, the second a live formula.
  const line = toCsv([["a;=2+3", "x"]]).slice(1);
  expect(line).toBe('"a;\'=2+3","x"\r\n');
  // Read with `;` as the separator, the only split points are outside quotes: none here.
  const outsideQuotes = line.replace(/"(?:[^"]|"")*"/g, "");
  expect(outsideQuotes).not.toContain(";");
});
