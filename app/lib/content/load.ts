// Reads content packs from folders (content/articles, and the test packs), each checked by
// check-pack.ts. Shared by the app (through content/index.ts) and by `npm run content:check`.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checkPack, type TPackResult } from "@/app/lib/content/check-pack";
import type { TArticlePack, TContentIssue } from "@/app/lib/content/pack";

// Packs are read at run time from the checkout (`next start` runs in it), not bundled: the
// turbopackIgnore hints below stop the build from tracing the whole project because of that.
export const CONTENT_ROOT = path.join(process.cwd(), "content", "articles");

/** Every file of a pack folder, as text. */
export async function readPackFolder(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    files.set(
      entry.name,
      await readFile(path.join(/*turbopackIgnore: true*/ dir, entry.name), "utf8"),
    );
  }
  return files;
}

/** Loads one pack folder; returns every problem found rather than stopping at the first. */
export async function loadPack(dir: string): Promise<TPackResult> {
  return checkPack(
    await readPackFolder(dir),
    path.relative(process.cwd(), dir),
    path.basename(dir),
  );
}

/**
 * Loads every folder under the content roots; a new article is a new folder, nothing else. A slug
 * names one article, so the same folder name under two roots is refused.
 */
export async function loadAllPacks(
  roots: readonly string[] = [CONTENT_ROOT],
): Promise<{ packs: TArticlePack[]; issues: TContentIssue[]; warnings: TContentIssue[] }> {
  const packs: TArticlePack[] = [];
  const issues: TContentIssue[] = [];
  const warnings: TContentIssue[] = [];
  for (const root of roots) {
    const found = await loadRoot(root);
    for (const pack of found.packs) {
      if (packs.some((other) => other.slug === pack.slug)) {
        issues.push({
          file: path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ root, pack.slug)),
          field: "(folder)",
          message: `another content folder already has an article called ${pack.slug}`,
        });
      } else {
        packs.push(pack);
      }
    }
    issues.push(...found.issues);
    warnings.push(...found.warnings);
  }
  return { packs, issues, warnings };
}

async function loadRoot(
  root: string,
): Promise<{ packs: TArticlePack[]; issues: TContentIssue[]; warnings: TContentIssue[] }> {
  const entries = await readdir(/*turbopackIgnore: true*/ root, { withFileTypes: true }).catch(
    () => [],
  );
  const packs: TArticlePack[] = [];
  const issues: TContentIssue[] = [];
  const warnings: TContentIssue[] = [];
  for (const entry of entries
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(/*turbopackIgnore: true*/ root, entry.name);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.name)) {
      issues.push({
        file: path.relative(process.cwd(), dir),
        field: "(folder)",
        message: "the folder name is the article's URL slug: use lower-case words joined by dashes",
      });
      continue;
    }
    const result = await loadPack(dir);
    issues.push(...result.issues);
    warnings.push(...result.warnings);
    if (result.pack) packs.push(result.pack);
  }
  if (packs.length === 0 && issues.length === 0) {
    issues.push({
      file: path.relative(process.cwd(), root),
      field: "(folder)",
      message: "no article packs found",
    });
  }
  return { packs, issues, warnings };
}
