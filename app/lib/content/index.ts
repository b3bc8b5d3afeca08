import "server-only";
import { ContentError, loadAllPacks, type TArticlePack } from "@/app/lib/content/load";

// Packs are read once per server process: content changes ship with a deploy, like code.
let cache: Promise<TArticlePack[]> | undefined;

export function listPacks(): Promise<TArticlePack[]> {
  cache ??= loadAllPacks().then(({ packs, issues }) => {
    if (issues.length > 0) throw new ContentError(issues);
    return packs;
  });
  return cache;
}

export async function getPack(slug: string): Promise<TArticlePack | undefined> {
  return (await listPacks()).find((pack) => pack.slug === slug);
}
