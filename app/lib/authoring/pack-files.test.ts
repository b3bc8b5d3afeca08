import { deflateRawSync } from "node:zlib";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { checkDraft } from "@/app/lib/authoring/checks";
import type { TArticleDraft } from "@/app/lib/authoring/draft";
import { draftFromPack, packFiles } from "@/app/lib/authoring/pack-files";
import { PackZipError, unzipPack, zipPack } from "@/app/lib/authoring/pack-zip";
import { lyingZip } from "@/test-support/zips";
import { publishedFromDraft } from "@/app/lib/authoring/publish";
import { checkPack } from "@/app/lib/content/check-pack";
import { CONTENT_ROOT, loadPack } from "@/app/lib/content/load";
import { formatIssue } from "@/app/lib/content/pack";

/** The built-in pack as a teacher's draft: every part of the explainer, every question type. */
async function fullDraft(): Promise<TArticleDraft> {
  const { pack } = await loadPack(path.join(CONTENT_ROOT, "kim-putin-arms-talks"));
  if (!pack) throw new Error("the built-in pack must load");
  const draft = draftFromPack(pack);
  return {
    ...draft,
    provenance: { ...draft.provenance, publisher: "A news site", publishedOn: "2023-09-05" },
  };
}

describe("export and import", () => {
  it("a draft with every part passes the studio's checks and content:check's alike", async () => {
    const draft = await fullDraft();
    expect(checkDraft(draft).filter((check) => check.level === "problem")).toEqual([]);
    const files = packFiles(publishedFromDraft(draft, "Ms Rivera"));
    expect([...files.keys()].sort()).toEqual([
      "article.yaml",
      "explainer.yaml",
      "glossary.yaml",
      "people.yaml",
      "questions.yaml",
      "quizzes.yaml",
      "source.txt",
      "timeline.yaml",
    ]);
    const { issues, pack } = checkPack(files, "export", "export");
    expect(issues.map(formatIssue)).toEqual([]);
    expect(pack?.writtenBy).toBe("Ms Rivera");
  });

  it("round-trips: export, zip, unzip, import and export again give the same files", async () => {
    const draft = await fullDraft();
    const files = packFiles(publishedFromDraft(draft, "Ms Rivera"));
    const { folder, files: unzipped } = await unzipPack(zipPack("library-hours", files));
    expect(folder).toBe("library-hours");
    expect(unzipped).toEqual(files);
    const { pack } = checkPack(unzipped, folder, folder);
    const imported = draftFromPack(pack!);
    expect(imported).toEqual(draft);
    expect(packFiles(publishedFromDraft(imported, "Ms Rivera"))).toEqual(files);
  });

  it("content:check passes on an export dropped into a content folder", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "debrief-export-"));
    try {
      const dir = path.join(root, "library-hours");
      await mkdir(dir);
      const files = packFiles(publishedFromDraft(await fullDraft(), "Ms Rivera"));
      for (const [name, text] of files) await writeFile(path.join(dir, name), text);
      const { stdout } = await promisify(execFile)(
        "npx",
        ["tsx", "scripts/content-check.ts", root],
        { cwd: process.cwd() },
      );
      expect(stdout).toContain("ok  library-hours");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("unzipPack refuses what is not one pack folder", () => {
  const zip = (entries: Record<string, string | Uint8Array>) =>
    zipSync(
      Object.fromEntries(
        Object.entries(entries).map(([name, data]) => [
          name,
          typeof data === "string" ? strToU8(data) : data,
        ]),
      ),
    );
  const refusal = async (bytes: Uint8Array) => {
    try {
      await unzipPack(bytes);
    } catch (error) {
      if (error instanceof PackZipError) return error.message;
      throw error;
    }
    return "accepted";
  };

  it("files at the top or in one folder are fine; the system's extras are ignored", async () => {
    expect((await unzipPack(zip({ "article.yaml": "a" }))).files.get("article.yaml")).toBe("a");
    const { folder, files } = await unzipPack(
      zip({ "x/article.yaml": "a", "__MACOSX/x/._article.yaml": "junk", "x/.DS_Store": "junk" }),
    );
    expect([folder, [...files.keys()]]).toEqual(["x", ["article.yaml"]]);
  });

  it("not a zip, nested folders, two articles, paths out of the folder, a zip bomb", async () => {
    expect(await refusal(strToU8("<html>not a zip</html>"))).toMatch(/not a zip/);
    expect(await refusal(zip({ "x/y/article.yaml": "a" }))).toMatch(/no folders inside it/);
    expect(await refusal(zip({ "x/article.yaml": "a", "y/article.yaml": "b" }))).toMatch(
      /more than one folder/,
    );
    expect(await refusal(zip({ "../article.yaml": "a" }))).toMatch(/one folder of files/);
    expect(await refusal(zip({ "x/big.txt": new Uint8Array(11 * 1024 * 1024) }))).toMatch(
      /more than an article pack/,
    );
  });

  it("a zip whose header understates its size is stopped at the cap, without holding up the server", async () => {
    // 64 KB of deflate that says it unpacks to 1,000 bytes and unpacks to 64 MB.
    const bomb = lyingZip("x/article.yaml", deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), 1000);
    let longestGap = 0;
    let ticks = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      ticks += 1;
      longestGap = Math.max(longestGap, performance.now() - last);
      last = performance.now();
    }, 1);
    const started = performance.now();
    const message = await refusal(bomb);
    clearInterval(ticker);
    expect(message).toMatch(/more than an article pack/);
    // Stopped near the 10 MB cap, not after inflating all 64 MB, and other work ran between the
    // steps (about 1 MB each): the old synchronous unzip let no timer run at all. The bounds are
    // far above what it took beside a whole CI run and a busy core (0.13 s whole, 36 ms gap).
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(longestGap).toBeLessThan(250);
  });
});
