// 6. Drafting: what Debrief drafts from real news articles (the article texts of the vendored
// extraction benchmark, MIT, not the fixtures) — drafts per article by kind, how many the checks
// refuse, and the time it takes beside the time the import of the same page takes (the step the
// teacher already waits for), in the same run. The hand verdicts on a sample of these drafts are
// drafts-verdicts.md; `npm run bench -- drafts --sample` prints that sample again.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { paragraphsFromTexts } from "@/app/lib/authoring/draft";
import { extractFromHtml } from "@/app/lib/authoring/extract";
import { DRAFT_KIND_NAMES } from "@/app/lib/drafting/kind-names";
import { draftsFor, type TDraft } from "@/app/lib/drafting/drafts";
import { budgets, check, results, table } from "./report";

const CORPUS = "scripts/bench/article-extraction-benchmark";
/** Articles of a length a teacher brings: enough to draft from, short enough to read in class. */
const WORDS = { min: 300, max: 1500 };
const ARTICLES = 12;
/** Drafts printed for judging by hand from each article (--sample), in the order they are shown. */
const SAMPLE_PER_ARTICLE = 5;

type TArticle = {
  name: string;
  html: string;
  paragraphs: ReturnType<typeof paragraphsFromTexts>;
  words: number;
};

function articles(): TArticle[] {
  const truth = JSON.parse(readFileSync(path.join(CORPUS, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string }
  >;
  return readdirSync(path.join(CORPUS, "html"))
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .flatMap((file) => {
      const name = file.replace(".html.gz", "");
      const body = truth[name]?.articleBody ?? "";
      const words = body.split(/\s+/).filter(Boolean).length;
      if (words < WORDS.min || words > WORDS.max) return [];
      const texts = body
        .split(/\n+/)
        .map((t) => t.trim())
        .filter(Boolean);
      // The studio drafts from English prose: the corpus also holds other languages, product
      // pages and results tables.
      const letters = body.match(/\p{L}/gu)?.length ?? 1;
      const english = (body.match(/[A-Za-z]/g)?.length ?? 0) / letters >= 0.97;
      if (!english || words / texts.length < 15) return [];
      const html = gunzipSync(readFileSync(path.join(CORPUS, "html", file))).toString("utf8");
      return [{ name, html, paragraphs: paragraphsFromTexts(texts), words }];
    })
    .slice(0, ARTICLES);
}

/** One line of a draft for the verdicts file: what a teacher would review. */
export function describeDraft(draft: TDraft): string {
  if (draft.part === "questions") {
    const q = draft.question;
    const options =
      "options" in q
        ? ` [${q.options.map((o) => `${o.correct ? "✓" : "✗"} ${o.text}`).join(" | ")}]`
        : "";
    const sorted =
      q.type === "sort"
        ? ` {${q.statements.map((st) => `${st.text.slice(0, 40)}… → ${st.category}`).join("; ")}}`
        : "";
    const key =
      "accepted" in q
        ? ` accepts ${q.accepted.join(" / ")}`
        : "correct" in q
          ? ` key ${String(q.correct)}`
          : "";
    return `${q.type}: ${q.prompt}${options}${sorted}${key} — cites ${q.cites.join(", ")}`;
  }
  if (draft.part === "people")
    return `person: ${draft.person.name} — ${draft.person.role} — cites ${draft.cites.join(", ")}`;
  if (draft.part === "glossary")
    return `term: ${draft.term.term} — ${draft.term.definition.standard}`;
  return `what happened: cites ${draft.cites.join(", ")}`;
}

export function benchDrafts(printSample = false) {
  const chosen = articles();
  // Warm both up once (compromise builds its lexicon on first use; Readability its parser).
  draftsFor(chosen[0]!.paragraphs);
  extractFromHtml(chosen[0]!.html);
  const rows = chosen.map((article) => {
    let started = performance.now();
    extractFromHtml(article.html);
    const importMs = performance.now() - started;
    started = performance.now();
    const drafts = draftsFor(article.paragraphs);
    const draftMs = performance.now() - started;
    if (printSample) {
      const texts = new Map(
        article.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text])),
      );
      for (const draft of drafts
        .filter((d) => d.part !== "whatHappened")
        .slice(0, SAMPLE_PER_ARTICLE))
        console.log(
          `${article.name.slice(0, 12)} ${draft.key}\n  ${describeDraft(draft)}\n${draft.cites.map((id) => `    ${id}: ${texts.get(id)}`).join("\n")}`,
        );
    }
    return { article, drafts, importMs, draftMs };
  });
  results.drafts = rows.map(({ article, drafts, importMs, draftMs }) => ({
    article: article.name,
    words: article.words,
    drafts: drafts.length,
    refused: drafts.filter((d) => d.problems.length > 0).length,
    byKind: Object.fromEntries(
      DRAFT_KIND_NAMES.map((k) => [k, drafts.filter((d) => d.kind === k).length]),
    ),
    importMs,
    draftMs,
  }));
  table(
    `6. Drafting from ${rows.length} real news articles (${WORDS.min}–${WORDS.max} words; the benchmark's article texts)`,
    ["article", "words", ...DRAFT_KIND_NAMES, "refused", "draft ms", "import ms (reference)"],
    rows.map(({ article, drafts, importMs, draftMs }) => [
      article.name.slice(0, 12),
      article.words,
      ...DRAFT_KIND_NAMES.map((k) => drafts.filter((d) => d.kind === k).length),
      drafts.filter((d) => d.problems.length > 0).length,
      draftMs.toFixed(0),
      importMs.toFixed(0),
    ]),
  );
  const total = (f: (r: (typeof rows)[number]) => number) => rows.reduce((sum, r) => sum + f(r), 0);
  const draftMs = total((r) => r.draftMs);
  const importMs = total((r) => r.importMs);
  const refused = total((r) => r.drafts.filter((d) => d.problems.length > 0).length);
  console.log(
    `drafts: ${total((r) => r.drafts.length)} in all, ${refused} refused by the checks; ${(draftMs / rows.length).toFixed(0)} ms an article beside ${(importMs / rows.length).toFixed(0)} ms for its import`,
  );
  check(
    draftMs <= budgets.drafts.maxTimesImport * importMs,
    `drafts: drafting took ${(draftMs / importMs).toFixed(1)}× the import's time (budget ${budgets.drafts.maxTimesImport}×)`,
  );
  check(refused === 0, `drafts: the checks refuse ${refused} drafts`);
}
