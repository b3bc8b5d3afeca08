import { expect, it } from "vitest";
import { toCsv } from "./csv";

it("writes RFC 4180 CSV with a BOM, CRLF and quoting, and defuses formulas", () => {
  const csv = toCsv([
    ["name", "answer", "points"],
    ["Élodie", 'She said "no", then left', 1.5],
    ["Ben", "line one\nline two", null],
    ['=HYPERLINK("x")', "-1", -1],
  ]);
  expect(csv).toBe(
    '\uFEFFname,answer,points\r\nÉlodie,"She said ""no"", then left",1.5\r\nBen,"line one\nline two",\r\n' +
      '"\'=HYPERLINK(""x"")",\'-1,-1\r\n',
  );
});
