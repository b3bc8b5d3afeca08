import { strToU8, Unzip, UnzipInflate, zipSync } from "fflate";

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

/** Zip input handed to the inflater per step: deflate inflates at most ~1,032x, so about 1 MB. */
const STEP_BYTES = 1024;
const TOO_MUCH =
  "That zip holds more than an article pack: a pack is a few text files in one folder.";

/**
 * The pack's folder name and its files as text; rejects with PackZipError with a message for
 * people. The sizes a zip declares can lie, so the inflated bytes are counted as they come out and
 * reading stops at the cap; the input goes in small steps with a yield between them, so a zip bomb
 * neither fills memory nor holds up other requests.
 */
export async function unzipPack(
  bytes: Uint8Array,
): Promise<{ folder: string; files: Map<string, string> }> {
  const entries = new Map<string, Uint8Array[]>();
  let unpacked = 0;
  let refusal: string | null = null;
  const unzipper = new Unzip((file) => {
    if (refusal || file.name.endsWith("/") || SYSTEM_FILE.test(file.name)) return;
    if (entries.size >= MAX_ENTRIES) {
      refusal = TOO_MUCH;
      return;
    }
    const chunks: Uint8Array[] = [];
    entries.set(file.name, chunks);
    file.ondata = (error, data) => {
      if (refusal) return;
      if (error) {
        refusal = NOT_A_ZIP;
        return;
      }
      unpacked += data.length;
      if (unpacked > MAX_UNPACKED_BYTES) {
        refusal = TOO_MUCH;
        file.terminate();
        return;
      }
      chunks.push(data);
    };
    try {
      file.start();
    } catch {
      refusal = NOT_A_ZIP; // a compression method other than stored or deflate
    }
  });
  unzipper.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !refusal; at += STEP_BYTES) {
      unzipper.push(bytes.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= bytes.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch {
    refusal ??= NOT_A_ZIP;
  }
  if (refusal) throw new PackZipError(refusal);
  if (entries.size === 0 && !looksLikeZip(bytes)) throw new PackZipError(NOT_A_ZIP);
  const files = new Map<string, string>();
  const folders = new Set<string>();
  for (const [name, chunks] of entries) {
    const parts = name.split("/");
    if (parts.length > 2 || parts.some((part) => part === "" || part === "." || part === ".."))
      throw new PackZipError(
        `The zip holds ${name}: a pack is one folder of files (article.yaml, source.txt, …), with no folders inside it.`,
      );
    folders.add(parts.length === 2 ? parts[0]! : "");
    files.set(parts.at(-1)!, new TextDecoder().decode(concat(chunks)));
  }
  if (folders.size > 1)
    throw new PackZipError("The zip holds more than one folder: import one article at a time.");
  if (files.size === 0) throw new PackZipError("The zip is empty.");
  return { folder: [...folders][0] ?? "", files };
}

const NOT_A_ZIP = "That file is not a zip we can open. Export the article again.";

/** A zip starts with a local file header, or (empty) with the end-of-directory record. */
const looksLikeZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
