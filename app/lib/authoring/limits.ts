// What the studio accepts as an upload; the form checks these on choosing a file, the server
// action checks them again (app/lib/schemas/articles.ts).

/** A long article saved as "Web page, HTML only" is about 1 MB; a whole saved site is more. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "2 MB";
export const UPLOAD_TYPES = [".html", ".htm", ".mhtml", ".mht", ".txt", ".zip"] as const;

/**
 * The file picker's filter: the endings, and the media types systems give those files. A
 * Chromebook's "Webpage, Single File" (.mhtml) is multipart/related; without it, some pickers
 * grey the file out.
 */
export const UPLOAD_ACCEPT = [
  ...UPLOAD_TYPES,
  "text/html",
  "text/plain",
  "application/zip",
  "multipart/related",
  "message/rfc822",
  "application/x-mimearchive",
].join(",");

/**
 * A single-file page (.mhtml) carries its pictures and is often 5–30 MB: the form reads one of
 * up to this size in the browser and sends only the page inside it, which must then be within
 * MAX_UPLOAD_BYTES.
 */
export const MAX_SINGLE_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_SINGLE_FILE_LABEL = "64 MB";

export const UPLOAD_TOO_LARGE = `That file is larger than ${MAX_UPLOAD_LABEL}. Save just the article page as "Web page, HTML only", or paste its text instead.`;
export const SINGLE_FILE_TOO_LARGE = `That saved page is larger than ${MAX_SINGLE_FILE_LABEL}. Save just the article page as "Web page, HTML only", or paste its text instead.`;
export const PAGE_TOO_LARGE = `The page inside that file is larger than ${MAX_UPLOAD_LABEL}, even without its pictures. Paste the article's text instead.`;
export const NOT_A_SAVED_PAGE = `That file holds no web page that can be read. Save the page again ("Webpage, Single File" or "Web page, HTML only"), or paste its text instead.`;
export const UPLOAD_WRONG_TYPE = `Upload a saved web page (.html, .htm or a single-file .mhtml), a text file (.txt) or an article exported from Debrief (.zip).`;

/** An article exported from Debrief (or any content pack folder, zipped). */
export const isPackUpload = (name: string) => name.toLowerCase().endsWith(".zip");

/** Chrome's "Webpage, Single File". */
export const isSingleFilePage = (name: string) => /\.mht(ml)?$/i.test(name);

export const isAcceptedUpload = (name: string) =>
  UPLOAD_TYPES.some((ending) => name.toLowerCase().endsWith(ending));
