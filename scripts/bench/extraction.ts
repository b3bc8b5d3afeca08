// 5. Import of real pages: the studio's extraction (app/lib/authoring/extract.ts) on 181 saved
// news pages with known article text (article-extraction-benchmark/), beside plain Readability
// on the same pages in the same run, scored as the benchmark scores (word 4-gram shingles).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractFromHtml } from "@/app/lib/authoring/extract";
import { budgets, check, results, table } from "./report";

const CORPUS = "scripts/bench/article-extraction-benchmark";

type TShingleScore = { tp: number; fp: number; fn: number };
type TExtractor = (html: string) => { body: string; title: string; byline: string; date: string };

const tokens = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** The benchmark's measure: 4-gram shingle counts compared, normalised so each page weighs one. */
export function shingleScore(truth: string, predicted: string, n = 4): TShingleScore {
  const counts = (text: string) => {
    const words = tokens(text);
    const map = new Map<string, number>();
    for (let i = 0; i < Math.max(1, words.length - n + 1); i += 1) {
      const shingle = words.slice(i, i + n).join(" ");
      if (shingle) map.set(shingle, (map.get(shingle) ?? 0) + 1);
    }
    return map;
  };
  const truthCounts = counts(truth);
  const predictedCounts = counts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truthCounts.keys(), ...predictedCounts.keys()])) {
    const t = truthCounts.get(key) ?? 0;
    const p = predictedCounts.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Mean precision and recall over pages (as evaluate.py), and the F1 of those means. */
export function corpusScore(scores: readonly TShingleScore[]) {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const precision = mean(
    scores
      .filter((s) => s.tp + s.fp > 0)
      .map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fp))),
  );
  const recall = mean(
    scores
      .filter((s) => s.tp + s.fn > 0)
      .map((s) => (s.fp === 0 && s.fn === 0 ? 1 : s.tp / (s.tp + s.fn))),
  );
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const plainReadability: TExtractor = (html) => {
  const story = new Readability(parseHTML(html).document).parse();
  return {
    body: story?.textContent ?? "",
    title: story?.title ?? "",
    byline: story?.byline ?? "",
    date: story?.publishedTime ?? "",
  };
};

const studio: TExtractor = (html) => {
  const { provenance, paragraphs } = extractFromHtml(html);
  return {
    body: paragraphs.join("\n\n"),
    title: provenance.title,
    byline: provenance.byline,
    date: provenance.publishedOn,
  };
};

/** A title as the labels are compared: letters and digits, lower case (quotes and dashes vary). */
const titleKey = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .trim();

type TPage = { html: string; truth: string; titles: string[] };

function run(extract: TExtractor, pages: TPage[]) {
  const scores: TShingleScore[] = [];
  let crashes = 0;
  let empty = 0;
  const found = { title: 0, byline: 0, date: 0 };
  let titlesRight = 0;
  const started = performance.now();
  for (const page of pages) {
    try {
      const result = extract(page.html);
      scores.push(shingleScore(page.truth, result.body));
      if (result.body.trim() === "") empty += 1;
      if (result.title.trim()) found.title += 1;
      if (page.titles.some((title) => titleKey(title) === titleKey(result.title))) titlesRight += 1;
      if (result.byline.trim()) found.byline += 1;
      if (result.date.trim()) found.date += 1;
    } catch {
      crashes += 1;
      scores.push(shingleScore(page.truth, ""));
    }
  }
  const ms = (performance.now() - started) / pages.length;
  return { ...corpusScore(scores), crashes, empty, found, titlesRight, msPerPage: ms };
}

export function benchExtraction() {
  const truth = JSON.parse(readFileSync(path.join(CORPUS, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string }
  >;
  // Our labels (titles.json): each page's headline as it shows it, with the publisher's other
  // headline for it where the metadata gives a different one.
  const titles = JSON.parse(readFileSync(path.join(CORPUS, "titles.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const pages: TPage[] = readdirSync(path.join(CORPUS, "html"))
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .map((name) => name.replace(".html.gz", ""))
    .map((id) => ({
      html: gunzipSync(readFileSync(path.join(CORPUS, "html", `${id}.html.gz`))).toString("utf8"),
      truth: truth[id]?.articleBody ?? "",
      titles: titles[id] ?? [],
    }));
  const ours = run(studio, pages);
  const reference = run(plainReadability, pages);
  results.extraction = { pages: pages.length, studio: ours, readability: reference };
  const percent = (count: number) => `${((100 * count) / pages.length).toFixed(0)}%`;
  table(
    `5. Import of real pages: ${pages.length} saved news pages with known article text (4-gram shingles, as the benchmark scores)`,
    [
      "extractor",
      "F1",
      "precision",
      "recall",
      "crashes",
      "no text",
      "title right",
      "byline",
      "date",
      "ms/page",
    ],
    [ours, reference].map((r, index) => [
      index === 0 ? "Debrief's import" : "reference: plain Readability",
      r.f1.toFixed(3),
      r.precision.toFixed(3),
      r.recall.toFixed(3),
      r.crashes,
      r.empty,
      percent(r.titlesRight),
      percent(r.found.byline),
      percent(r.found.date),
      r.msPerPage.toFixed(1),
    ]),
  );
  check(ours.crashes === 0, `extraction: ${ours.crashes} pages crashed the import`);
  check(
    ours.f1 >= budgets.extraction.minF1,
    `extraction: F1 ${ours.f1.toFixed(3)} is below the target ${budgets.extraction.minF1}`,
  );
  check(
    ours.titlesRight >= pages.length * budgets.extraction.minTitlesRight,
    `extraction: the title is right on ${percent(ours.titlesRight)} of pages, below ${100 * budgets.extraction.minTitlesRight}%`,
  );
  check(
    ours.f1 >= reference.f1 - budgets.extraction.maxF1BelowReadability,
    `extraction: F1 ${ours.f1.toFixed(3)} is more than ${budgets.extraction.maxF1BelowReadability} below plain Readability's ${reference.f1.toFixed(3)}`,
  );
}
