// A small XML writer for the exchange formats: elements as data, written with two-space indents
// and escaped text, so the same quiz always gives the same bytes (a second export is identical).

export type TXmlNode = TXmlElement | string;
export type TXmlElement = {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: TXmlNode[];
};

/** An element; attributes left undefined are not written. */
export const el = (
  name: string,
  attrs: TXmlElement["attrs"] = {},
  ...children: (TXmlNode | TXmlNode[] | null | undefined | false)[]
): TXmlElement => ({
  name,
  attrs,
  children: children.flat().filter((child): child is TXmlNode => !!child || child === ""),
});

/** Whether XML 1.0 allows a character: tab, newlines, and everything from space on but two. */
const allowedInXml = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (
    code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 0xfffe && code !== 0xffff)
  );
};

/** Text made safe for XML: markup characters escaped, characters XML 1.0 forbids removed. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function write(node: TXmlNode, depth: number): string {
  const pad = "  ".repeat(depth);
  if (typeof node === "string") return `${pad}${escapeXml(node)}`;
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  if (node.children.length === 0) return `${pad}<${node.name}${attrs}/>`;
  // An element holding only text keeps it on its line: whitespace inside text is meaningful.
  if (node.children.every((child) => typeof child === "string"))
    return `${pad}<${node.name}${attrs}>${node.children.map((c) => escapeXml(c)).join("")}</${node.name}>`;
  const inner = node.children.map((child) => write(child, depth + 1)).join("\n");
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}

/** A whole document: the XML declaration, the root element and a final newline. */
export function xmlDocument(root: TXmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`;
}

/** HTML for a text field (Moodle's and QTI's rich text): each paragraph escaped in a <p>. */
export function htmlParagraphs(...paragraphs: string[]): string {
  return paragraphs
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join("");
}
