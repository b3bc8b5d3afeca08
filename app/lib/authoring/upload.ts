import { extractFromHtml, extractFromText, type TExtracted } from "@/app/lib/authoring/extract";

/** What a teacher brought, as text and provenance: an uploaded file wins over pasted text. */
export async function readSubmission(input: { text: string; file?: File }): Promise<TExtracted> {
  if (input.file && input.file.size > 0) {
    const content = await input.file.text();
    return input.file.name.toLowerCase().endsWith(".txt")
      ? extractFromText(content)
      : extractFromHtml(content);
  }
  // Pasted text copied from a browser is plain; pasted page source is read as a page.
  return /^\s*<(!doctype|html|body|article)\b/i.test(input.text)
    ? extractFromHtml(input.text)
    : extractFromText(input.text);
}
