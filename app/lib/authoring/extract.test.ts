import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractFromHtml, extractFromText } from "@/app/lib/authoring/extract";

describe("extractFromHtml", () => {
  it("keeps the story and its provenance, not the page around it", async () => {
    const html = await readFile("e2e/fixtures/saved-news-page.html", "utf8");
    const { provenance, paragraphs } = extractFromHtml(html);
    expect(provenance).toEqual({
      title: "Town council votes to keep the library open on Sundays",
      byline: "Dana Whitfield",
      publisher: "Riverside Ledger",
      publishedOn: "2026-11-20",
      url: "https://ledger.example/news/2026/11/library-sundays",
    });
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      "The Riverside town council voted 5-2 on Tuesday to keep the public library open on Sundays. The vote ends a month of debate over a budget gap of $1.2 million.",
    );
    const text = paragraphs.join("\n");
    for (const outside of ["Subscribe", "ADVERTISEMENT", "Related stories", "Pool closes", "©"]) {
      expect(text).not.toContain(outside);
    }
  });

  it("leaves provenance empty where the page does not state it, so the teacher is asked", () => {
    const { provenance, paragraphs } = extractFromHtml(
      "<html><body><p>Just one paragraph of a story that is long enough to count as one.</p></body></html>",
    );
    expect(provenance).toMatchObject({ byline: "", publisher: "", publishedOn: "", url: "" });
    expect(paragraphs).toEqual([
      "Just one paragraph of a story that is long enough to count as one.",
    ]);
  });

  it("never keeps markup or script as text", () => {
    const { paragraphs } = extractFromHtml(
      "<body><p>Safe <b>bold</b> text &lt;script&gt;alert(1)&lt;/script&gt; here.</p><script>alert(2)</script></body>",
    );
    expect(paragraphs).toEqual(["Safe bold text <script>alert(1)</script> here."]);
  });
});

describe("extractFromText", () => {
  it("makes each non-empty line a paragraph and drops web-page artifacts", () => {
    expect(
      extractFromText("First line.\r\n\r\n  Second   line.  \nKeep Reading\n").paragraphs,
    ).toEqual(["First line.", "Second line."]);
  });
});
