import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import {
  joinAuthors,
  looksLikeAuthor,
  normaliseDate,
  readPageMetadata,
  wholeHeadline,
  withoutSiteSuffix,
} from "@/app/lib/authoring/page-metadata";
import { isBoilerplate, storyParagraphs, type TBlock } from "@/app/lib/authoring/boilerplate";
import { normaliseSpace } from "@/app/lib/authoring/sentences";

// Turns what a teacher brings (a saved web page or pasted text) into paragraphs and whatever
// provenance the page states (page-metadata.ts). Readability finds the story; before it runs, the
// parts of a news page that are never the story (ads, navigation, "related stories", share bars)
// are removed, because Readability keeps an ad that sits between two paragraphs of the body.

export type TProvenance = {
  title: string;
  byline: string;
  publisher: string;
  /** As the page gives it, ISO date (YYYY-MM-DD) where it can be read as one. */
  publishedOn: string;
  url: string;
};

export type TExtracted = { provenance: TProvenance; paragraphs: string[] };

const EMPTY_PROVENANCE: TProvenance = {
  title: "",
  byline: "",
  publisher: "",
  publishedOn: "",
  url: "",
};

/** Elements that are never the story, whatever their class. */
const NOT_THE_STORY = [
  "script",
  "style",
  "noscript",
  "iframe",
  "nav",
  "footer",
  "aside",
  "form",
  '[role="navigation"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
].join(",");

/**
 * Words in a class or id that mark a page's furniture (ads, share bars, "related stories"). A
 * class is split into words at spaces, dashes and underscores and matched whole, so "shareholder"
 * or "adventure" never match.
 */
const FURNITURE_WORDS = new Set([
  "ad",
  "ads",
  "advert",
  "adverts",
  "advertisement",
  "advertising",
  "sponsor",
  "sponsored",
  "promo",
  "promotion",
  "newsletter",
  "related",
  "share",
  "sharing",
  "social",
]);

/** Elements never removed: the document's frame and the usual homes of a story. */
const NEVER_REMOVED = new Set(["HTML", "HEAD", "BODY", "MAIN", "ARTICLE"]);

/** Paragraph-sized blocks: each is one paragraph of the story, nested blocks counted once. */
const BLOCK_TAGS = new Set([
  "P",
  "LI",
  "BLOCKQUOTE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "PRE",
  "DT",
  "DD",
  "FIGCAPTION",
]);
/** Elements that hold blocks (or text of their own between them). */
const CONTAINER_TAGS = new Set([
  "BODY",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "UL",
  "OL",
  "DL",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "FIGURE",
  "DETAILS",
  "CENTER",
  "FONT",
]);

type TDomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TDomNode>;
};

/** Whether a block's text is all one link's (a teaser for another story, a button). */
const isLink = (node: TDomNode, text: string) => {
  const links = (
    node as unknown as { querySelectorAll(s: string): ArrayLike<TDomNode> }
  ).querySelectorAll("a");
  let linked = 0;
  for (const link of Array.from(links)) linked += normaliseSpace(link.textContent ?? "").length;
  return linked >= text.length * 0.9;
};

/**
 * The story's blocks in reading order: paragraphs, headings, list items and quotes; a table row
 * as its cells; and text that sits directly in a container (a <section> or <div> with no <p>),
 * split where the page left a blank line (two <br>s).
 */
function blocksIn(root: TDomNode): TBlock[] {
  const blocks: TBlock[] = [];
  const walk = (element: TDomNode, inFigure: boolean) => {
    let run = "";
    const flush = () => {
      for (const part of run.split(/\n\s*\n/)) {
        const text = normaliseSpace(part);
        if (text) blocks.push({ tag: element.nodeName.toLowerCase(), text, caption: inFigure });
      }
      run = "";
    };
    for (const node of Array.from(element.childNodes)) {
      if (node.nodeType === 3) run += node.textContent ?? "";
      else if (node.nodeType !== 1) continue;
      else if (BLOCK_TAGS.has(node.nodeName)) {
        flush();
        const text = normaliseSpace(node.textContent ?? "");
        if (text)
          blocks.push({
            tag: node.nodeName.toLowerCase(),
            text,
            linked: isLink(node, text),
            caption: inFigure || node.nodeName === "FIGCAPTION",
          });
      } else if (node.nodeName === "TR") {
        flush();
        const cells = Array.from(node.childNodes).map((cell) =>
          normaliseSpace(cell.textContent ?? ""),
        );
        const text = cells.filter(Boolean).join(" ");
        if (text) blocks.push({ tag: "tr", text, caption: inFigure });
      } else if (node.nodeName === "BR") run += "\n";
      else if (CONTAINER_TAGS.has(node.nodeName)) {
        flush();
        walk(node, inFigure || node.nodeName === "FIGURE");
      } else run += ` ${node.textContent ?? ""} `; // inline: a, em, span, strong…
    }
    flush();
  };
  walk(root, false);
  return blocks;
}

export function extractFromText(text: string): TExtracted {
  return {
    provenance: EMPTY_PROVENANCE,
    paragraphs: text
      .split(/\r?\n/)
      .map(normaliseSpace)
      .filter((line) => line !== "" && !isBoilerplate(line)),
  };
}

type TNode = {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<unknown>;
  remove(): void;
};

const isFurniture = (element: TNode) =>
  `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((word) => FURNITURE_WORDS.has(word));

/**
 * Removes what is never the story, except the document's frame, a main or article element, and
 * any element holding half the page's paragraphs or more — whatever its class says (a page's
 * `<html>` may carry a newsletter module's class; its `<main>` a "social-anchor").
 */
function removeFurniture(document: { querySelectorAll(selector: string): ArrayLike<TNode> }) {
  const paragraphs = document.querySelectorAll("p").length;
  const holdsTheStory = (element: TNode) =>
    paragraphs >= 2 && element.querySelectorAll("p").length * 2 >= paragraphs;
  const candidates = [
    ...Array.from(document.querySelectorAll(NOT_THE_STORY)),
    ...Array.from(document.querySelectorAll("[class], [id]")).filter(isFurniture),
  ];
  for (const element of candidates) {
    if (NEVER_REMOVED.has(element.tagName.toUpperCase()) || holdsTheStory(element)) continue;
    element.remove();
  }
}

/** Readability's reading of the page, or null when it cannot read one (it throws on some pages). */
function readStory(document: Document) {
  try {
    return new Readability(document).parse();
  } catch {
    return null;
  }
}

/**
 * The story and provenance of a saved page. Never throws: a page nothing can be read from gives
 * no paragraphs, and the studio then asks the teacher to paste the text instead.
 */
export function extractFromHtml(html: string): TExtracted {
  try {
    return extractPage(html);
  } catch {
    return { provenance: EMPTY_PROVENANCE, paragraphs: [] };
  }
}

function extractPage(html: string): TExtracted {
  const { document } = parseHTML(html);
  // Metadata first: cleaning removes scripts, JSON-LD among them.
  const metadata = readPageMetadata(document);
  const pageTitle = normaliseSpace(document.querySelector("title")?.textContent ?? "");
  const headings = Array.from(document.querySelectorAll("h1"), (h1) => h1.textContent ?? "");
  removeFurniture(document);

  const story = readStory(document);
  const guessedByline = normaliseSpace(story?.byline ?? "");
  const publisher = metadata.publisher || normaliseSpace(story?.siteName ?? "");
  // Within the lengths the editor accepts: a page's metadata can be anything.
  const provenance: TProvenance = {
    title: wholeHeadline(
      metadata.title ||
        withoutSiteSuffix(normaliseSpace(story?.title ?? "") || pageTitle, publisher),
      headings,
    ).slice(0, 300),
    byline: (
      joinAuthors(metadata.authors) ||
      (looksLikeAuthor(guessedByline) ? guessedByline.replace(/^by\s+/i, "") : "")
    ).slice(0, 300),
    publisher: publisher.slice(0, 200),
    publishedOn: (metadata.publishedOn || normaliseDate(story?.publishedTime ?? "")).slice(0, 40),
    url: metadata.url.length <= 2000 ? metadata.url : "",
  };
  // A page too short for Readability to score still has its paragraphs: read them as they stand.
  const root = story?.content
    ? parseHTML(`<!doctype html><html><body>${story.content}</body></html>`).document
    : document;
  const paragraphs = storyParagraphs(blocksIn(root.body), provenance.byline.split(/, | and /));
  return {
    provenance,
    paragraphs:
      paragraphs.length > 0
        ? paragraphs
        : extractFromText(story?.textContent ?? root.documentElement?.textContent ?? "").paragraphs,
  };
}
