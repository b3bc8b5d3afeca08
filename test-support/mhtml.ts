// Test support: a page saved as Chrome's "Webpage, Single File" (.mhtml), for the unit and
// end-to-end tests of the upload.

/** A page saved as Chrome saves a single file: a multipart message, the page encoded. */
export function savedSingleFile(
  html: string,
  encoding: "quoted-printable" | "base64",
  { pictureBytes = 8 }: { pictureBytes?: number } = {},
) {
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
    // A picture of about pictureBytes, base64 in lines of 76 as Chrome writes it.
    ...(Buffer.alloc(Math.ceil((pictureBytes * 3) / 4), 7)
      .toString("base64")
      .match(/.{1,76}/g) ?? []),
    "",
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
