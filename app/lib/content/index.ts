import "server-only";
import path from "node:path";
import { ContentError, type TArticlePack } from "@/app/lib/content/pack";
import { loadAllPacks } from "@/app/lib/content/load";
import { env } from "@/app/lib/env";

// Packs are read once per server process: content changes ship with a deploy, like code.
let cache: Promise<TArticlePack[]> | undefined;

export function listPacks(): Promise<TArticlePack[]> {
  const roots = env.CONTENT_DIRS.map((dir) =>
    path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir),
  );
  cache ??= loadAllPacks(roots).then(({ packs, issues }) => {
    if (issues.length > 0) throw new ContentError(issues);
    return packs;
  });
  return cache;
}

export async function getPack(slug: string): Promise<TArticlePack | undefined> {
  return (await listPacks()).find((pack) => pack.slug === slug);
}
