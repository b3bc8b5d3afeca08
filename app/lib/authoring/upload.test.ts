import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readSubmission } from "@/app/lib/authoring/upload";

/** A page saved as Chrome saves a single file: a multipart message, the page encoded. */
function mhtml(html: string, encoding: "quoted-printable" | "base64") {
  const boundary = "----MultipartBoundary--Zq3x----";
  const bytes = Buffer.from(html, "utf8");
  const body =
    encoding === "base64"
      ? (bytes.toString("base64").match(/.{1,76}/g) ?? []).join("\r\n")
      : // Quoted-printable: every non-ASCII byte and "=" escaped, lines soft-broken at 70.
        (
          [...bytes]
            .map((byte) =>
              byte > 126 || byte === 61
                ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}`
                : String.fromCharCode(byte),
            )
            .join("")
            .match(/.{1,70}/gs) ?? []
        ).join("=\r\n");
  return [
    "From: <Saved by Blink>",
    "Snapshot-Content-Location: https://ledger.example/news/library",
    "Subject: Library stays open",
    "MIME-Version: 1.0",
    "Content-Type: multipart/related;",
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    "",
    "",
    `--${boundary}`,
    "Content-Type: text/html",
    "Content-ID: <frame-1@mhtml.blink>",
    `Content-Transfer-Encoding: ${encoding}`,
    "Content-Location: https://ledger.example/news/library",
    "",
    body,
    "",
    `--${boundary}`,
    "Content-Type: image/png",
    "Content-Transfer-Encoding: base64",
    "Content-Location: https://ledger.example/photo.png",
    "",
    "iVBORw0KGgo=",
    "",
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

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
});
