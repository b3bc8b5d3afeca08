// Character references in text, read without an entity-expanding parser.

/** Named references found escaped in text: publishers' JSON-LD and meta content, quiz files. */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
};

/**
 * Text with character references read ("&#8216;", "&#x2019;", "&nbsp;"), by hand: nothing else is
 * ever expanded. A CMS often escapes a headline twice, so JSON-LD and meta content still hold
 * them after the page is parsed; quiz files are read with their parser's entities off.
 */
export function decodeReferences(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}
