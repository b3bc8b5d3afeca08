// Chrome's "Webpage, Single File" (.mhtml, the Chromebook default): a MIME multipart message
// whose first text/html part is the page, quoted-printable or base64 encoded, followed by its
// images and stylesheets. Only the page is read; the rest is skipped. Runs in the browser too:
// a saved page with its pictures is often 5–30 MB, so the upload form sends only the page
// (pageOnlyMhtml) and the server's 2 MB limit stays.

export type TMhtmlPage = { html: string; url: string };

/** Headers of a MIME part, names lower-cased, folded lines joined. */
function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits a part into its headers and body at the first blank line. */
function splitPart(part: string): { headers: Map<string, string>; body: string } {
  const blank = /\r?\n\r?\n/.exec(part);
  if (!blank) return { headers: headersOf(part), body: "" };
  return {
    headers: headersOf(part.slice(0, blank.index)),
    body: part.slice(blank.index + blank[0].length),
  };
}

const parameter = (value: string, name: string) =>
  new RegExp(`${name}\\s*=\\s*"?([^";]+)"?`, "i").exec(value)?.[1]?.trim() ?? "";

function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

const latin1Bytes = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

function decodeBase64(body: string): Uint8Array {
  try {
    return latin1Bytes(atob(body.replace(/[^A-Za-z0-9+/]/g, "")));
  } catch {
    return new Uint8Array(); // not base64 after all: no page
  }
}

function decodeBody(body: string, encoding: string, charset: string): string {
  const bytes =
    encoding === "base64"
      ? decodeBase64(body)
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body)
        : latin1Bytes(body);
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes); // an unknown charset label
  }
}

/** The page inside a saved .mhtml file, or null when the text is not one. */
export function pageFromMhtml(text: string): TMhtmlPage | null {
  const { headers, body } = splitPart(text);
  const contentType = headers.get("content-type") ?? "";
  const boundary = parameter(contentType, "boundary");
  if (!/^multipart\//i.test(contentType) || !boundary) return null;
  for (const raw of body.split(`--${boundary}`)) {
    const part = splitPart(raw.replace(/^\r?\n/, ""));
    const type = part.headers.get("content-type") ?? "";
    if (!/^text\/html\b/i.test(type)) continue;
    const encoding = (part.headers.get("content-transfer-encoding") ?? "").toLowerCase();
    return {
      html: decodeBody(part.body, encoding, parameter(type, "charset")),
      url: headers.get("snapshot-content-location") ?? part.headers.get("content-location") ?? "",
    };
  }
  return null;
}

/** Base64 of text's UTF-8 bytes, in lines of 76 as MIME writes it. */
function base64Lines(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return (btoa(binary).match(/.{1,76}/g) ?? []).join("\r\n");
}

/**
 * A saved single-file page cut down to the page itself: the same MIME form, read by the server
 * as the whole file would be, without the pictures and stylesheets. Null when the text is not a
 * saved page.
 */
export function pageOnlyMhtml(text: string): string | null {
  const page = pageFromMhtml(text);
  if (!page) return null;
  const boundary = "----debrief-page-only----";
  return [
    ...(page.url ? [`Snapshot-Content-Location: ${page.url.replace(/[\r\n]/g, "")}`] : []),
    "MIME-Version: 1.0",
    `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    'Content-Type: text/html; charset="utf-8"',
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(page.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
