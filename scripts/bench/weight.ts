// 2. First-load JavaScript of four routes vs. a bare Next.js page, and the bare app itself.
import { gzipSync } from "node:zlib";
import { ARTICLE } from "@/test-support/harness";
import { budgets, check, results, table, type TBench, type TSignedIn } from "./report";

export async function firstLoadJs(
  origin: string,
  pathname: string,
  cookie?: string,
): Promise<number> {
  const html = await (
    await fetch(`${origin}${pathname}`, { headers: cookie ? { cookie } : {} })
  ).text();
  const sources = [
    ...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1] ?? "")),
  ];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes;
}

export async function benchWeight(
  { server, bare }: TBench,
  { pupil, teacher, quizPath, gradebookPath }: TSignedIn,
) {
  const baseline = await firstLoadJs(bare.origin, "/");
  const routes: [string, string, string | undefined][] = [
    ["home", "/", undefined],
    ["explainer", `/articles/${ARTICLE}/explainer`, undefined],
    ["quiz", quizPath, pupil.cookie],
    ["gradebook", gradebookPath, teacher.cookie],
  ];
  const weights = [];
  for (const [name, pathname, cookie] of routes) {
    const bytes = await firstLoadJs(server.origin, pathname, cookie);
    weights.push({ name, bytes, aboveKb: (bytes - baseline) / 1024 });
  }
  results.pageWeight = { baselineBytes: baseline, routes: weights };
  table(
    "2. First-load JavaScript (gzip)",
    ["route", "KB", "KB above bare Next.js page"],
    [
      ...weights.map((w) => [w.name, (w.bytes / 1024).toFixed(1), w.aboveKb.toFixed(1)]),
      ["reference: bare Next.js page", (baseline / 1024).toFixed(1), "0.0"],
    ],
  );
  for (const w of weights) {
    const max = budgets.pageWeight.maxKbAboveBaseline[w.name] ?? 0;
    check(
      w.aboveKb <= max,
      `page weight: ${w.name} is ${w.aboveKb.toFixed(1)} KB above baseline (> ${max})`,
    );
  }
}
