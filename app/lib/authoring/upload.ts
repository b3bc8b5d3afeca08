import { extractFromHtml, extractFromText, type TExtracted } from "@/app/lib/authoring/extract";
import { pageFromMhtml } from "@/app/lib/authoring/mhtml";

/** A single-file page's story, its saved address standing in when the page names none. */
function extractFromMhtml(content: string): TExtracted {
  const page = pageFromMhtml(content);
  if (!page) return extractFromText("");
  const extracted = extractFromHtml(page.html);
  const url = extracted.provenance.url || (/^https?:\/\//.test(page.url) ? page.url : "");
  return { ...extracted, provenance: { ...extracted.provenance, url: url.slice(0, 2000) } };
}

/** What a teacher brought, as text and provenance: an uploaded file wins over pasted text. */
export async function readSubmission(input: { text: string; file?: File }): Promise<TExtracted> {
  if (input.file && input.file.size > 0) {
    const content = await input.file.text();
    const name = input.file.name.toLowerCase();
    if (name.endsWith(".txt")) return extractFromText(content);
    if (name.endsWith(".mhtml") || name.endsWith(".mht")) return extractFromMhtml(content);
    return extractFromHtml(content);
  }
  // Pasted text copied from a browser is plain; pasted page source is read as a page.
  return /^\s*<(!doctype|html|body|article)\b/i.test(input.text)
    ? extractFromHtml(input.text)
    : extractFromText(input.text);
}
