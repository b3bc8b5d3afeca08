import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { pageOnlyMhtml } from "@/app/lib/authoring/mhtml";
import { readSubmission } from "@/app/lib/authoring/upload";
import { savedSingleFile as mhtml } from "@/test-support/mhtml";

describe("a page saved as a single file (.mhtml)", () => {
  it("is read like the same page saved as HTML, quoted-printable or base64", async () => {
    const html = await readFile("e2e/fixtures/saved-news-page.html", "utf8");
    const asHtml = await readSubmission({ text: "", file: new File([html], "page.html") });
    for (const encoding of ["quoted-printable", "base64"] as const) {
      const file = new File([mhtml(html, encoding)], "Library stays open.mhtml");
      expect(await readSubmission({ text: "", file }), encoding).toEqual(asHtml);
    }
  });

  it("keeps curly quotes and accents, and takes the saved address when the page names none", async () => {
    const html =
      "<html><head><title>Café hours</title></head><body><p>The café’s owner said “yes” to Sunday hours for the whole of next year.</p></body></html>";
    const file = new File([mhtml(html, "quoted-printable")], "cafe.mht");
    const { provenance, paragraphs } = await readSubmission({ text: "", file });
    expect(paragraphs).toEqual([
      "The café’s owner said “yes” to Sunday hours for the whole of next year.",
    ]);
    expect(provenance.url).toBe("https://ledger.example/news/library");
  });

  it("a file that is not a saved page gives no paragraphs (the studio asks for the text)", async () => {
    const file = new File(["just some text, not MIME"], "broken.mhtml");
    expect((await readSubmission({ text: "", file })).paragraphs).toEqual([]);
  });

  it("cut down to its page (as the upload form sends a large one), reads the same, in a sliver of the size", async () => {
    const html = await readFile("e2e/fixtures/saved-news-page.html", "utf8");
    const whole = mhtml(html, "quoted-printable", { pictureBytes: 4_000_000 });
    const slim = pageOnlyMhtml(whole);
    expect(slim).not.toBeNull();
    expect(slim!.length).toBeLessThan(html.length * 1.5);
    expect(whole.length).toBeGreaterThan(4_000_000);
    const read = (text: string, name: string) =>
      readSubmission({ text: "", file: new File([text], name) });
    expect(await read(slim!, "page.mhtml")).toEqual(await read(whole, "page.mhtml"));
    const cafe =
      "<html><body><p>The café’s owner said “yes” to Sunday hours for the whole of next year.</p></body></html>";
    const { provenance, paragraphs } = await read(
      pageOnlyMhtml(mhtml(cafe, "base64"))!,
      "cafe.mht",
    );
    expect(paragraphs).toEqual([
      "The café’s owner said “yes” to Sunday hours for the whole of next year.",
    ]);
    expect(provenance.url).toBe("https://ledger.example/news/library");
    expect(pageOnlyMhtml("just some text, not MIME")).toBeNull();
  });
});
