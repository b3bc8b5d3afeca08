import { stringify } from "yaml";
import type { TArticleDraft } from "@/app/lib/authoring/draft";
import { draftParts } from "@/app/lib/authoring/explainer-parts";
import type { TPublishedPack } from "@/app/lib/article/published";
import type { TArticlePack } from "@/app/lib/content/pack";

// A published version as the files of a content/ pack folder, and a pack (however it was loaded)
// back as a draft: export and import. Pure; the zip around the files is pack-zip.ts.

const yaml = (comment: string, value: unknown) =>
  `# ${comment}\n${stringify(value, { lineWidth: 100 })}`;

/** The text as source.txt holds it: one paragraph per line, its sentences joined by spaces. */
function sourceText(article: TPublishedPack["article"]): string {
  return `${article.paragraphs.map((p) => p.sentences.map((s) => s.text).join(" ")).join("\n")}\n`;
}

/** The files of a pack folder, by name; parts the teacher left empty are left out. */
export function packFiles(published: TPublishedPack): Map<string, string> {
  const { article, explainer, people, timeline, glossary, questions, quizzes } = published;
  const files = new Map<string, string>([
    ["article.yaml", yaml(`“${article.title}”, exported from Debrief.`, article)],
    ["source.txt", sourceText(article)],
    ["explainer.yaml", yaml("The explainer at two reading levels.", explainer)],
    ["questions.yaml", yaml("The question bank, with answer keys.", { questions })],
    ["quizzes.yaml", yaml("Quizzes: ordered lists of question ids.", { quizzes })],
  ]);
  if (people.length > 0) files.set("people.yaml", yaml("Who's who.", { people }));
  if (timeline.length > 0) files.set("timeline.yaml", yaml("Timeline.", { events: timeline }));
  if (glossary.length > 0) files.set("glossary.yaml", yaml("Glossary.", { terms: glossary }));
  return files;
}

/**
 * A checked pack as a draft a teacher can edit: everything the pack files hold, the provenance
 * fields where article.yaml has them (exports do; the built-in packs ask for them again).
 */
export function draftFromPack(pack: TArticlePack): TArticleDraft {
  const { article, explainer } = pack;
  const publication = article.source.publication;
  return {
    provenance: {
      title: article.title,
      byline: publication?.byline ?? "",
      publisher: publication?.publisher ?? "",
      publishedOn: publication?.date ?? "",
      url: publication?.url ?? "",
    },
    paragraphs: article.paragraphs,
    whatHappened: {
      standard: explainer.whatHappened.standard.join("\n\n"),
      simpler: explainer.whatHappened.simpler.join("\n\n"),
      cites: explainer.whatHappened.cites,
    },
    ...draftParts(pack),
    questions: [...pack.questions.values()],
    questionDrafts: {},
    imported: [],
    seqs: {},
    handledDrafts: {},
    renames: [],
  };
}
