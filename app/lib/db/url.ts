import path from "node:path";

/** The absolute file path of a SQLite `file:` URL (relative paths resolve from the working folder). */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  return path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length));
}
