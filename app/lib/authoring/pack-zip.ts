import { strFromU8, strToU8, unzipSync, zipSync, type UnzipFileInfo } from "fflate";

// A pack folder in a zip, as teachers download and upload it: one folder named like the article,
// its files inside. Reading is careful about what a zip can hide (a small file that unpacks to
// gigabytes, paths out of the folder, hundreds of entries).

const MAX_ENTRIES = 50;
/** Unpacked, a pack is text: the built-in one is about 150 KB. */
const MAX_UNPACKED_BYTES = 10 * 1024 * 1024;

export class PackZipError extends Error {
  override name = "PackZipError";
}

export function zipPack(folder: string, files: ReadonlyMap<string, string>): Uint8Array {
  return zipSync(
    Object.fromEntries([...files].map(([name, text]) => [`${folder}/${name}`, strToU8(text)])),
    { level: 9, mtime: new Date("2026-01-01T00:00:00Z") },
  );
}

/** Files a computer adds to a folder it zips, which are not part of the pack. */
const SYSTEM_FILE = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/;

/** The pack's folder name and its files as text; throws PackZipError with a message for people. */
export function unzipPack(bytes: Uint8Array): { folder: string; files: Map<string, string> } {
  let entries = 0;
  let unpacked = 0;
  let unpackedTooMuch = false;
  let content: Record<string, Uint8Array>;
  try {
    content = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (file.name.endsWith("/") || SYSTEM_FILE.test(file.name)) return false;
        entries += 1;
        unpacked += file.originalSize;
        if (entries > MAX_ENTRIES || unpacked > MAX_UNPACKED_BYTES) unpackedTooMuch = true;
        return !unpackedTooMuch;
      },
    });
  } catch {
    throw new PackZipError("That file is not a zip we can open. Export the article again.");
  }
  if (unpackedTooMuch)
    throw new PackZipError(
      "That zip holds more than an article pack: a pack is a few text files in one folder.",
    );
  const files = new Map<string, string>();
  const folders = new Set<string>();
  for (const [name, data] of Object.entries(content)) {
    const parts = name.split("/");
    if (parts.length > 2 || parts.some((part) => part === "" || part === "." || part === ".."))
      throw new PackZipError(
        `The zip holds ${name}: a pack is one folder of files (article.yaml, source.txt, …), with no folders inside it.`,
      );
    folders.add(parts.length === 2 ? parts[0]! : "");
    files.set(parts.at(-1)!, strFromU8(data));
  }
  if (folders.size > 1)
    throw new PackZipError("The zip holds more than one folder: import one article at a time.");
  if (files.size === 0) throw new PackZipError("The zip is empty.");
  return { folder: [...folders][0] ?? "", files };
}
