import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { normaliseSpace } from "@/app/lib/authoring/sentences";

// Turns what a teacher brings (a saved web page or pasted text) into paragraphs and whatever
// provenance the page states. Readability finds the story; before it runs, the parts of a news
// page that are never the story (ads, navigation, "related stories", share bars) are removed,
// because Readability keeps an ad that sits between two paragraphs of the body.

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
  '[class~="ad"]',
  '[class*="advert"]',
  '[class*="sponsor"]',
  '[class*="promo"]',
  '[class*="newsletter"]',
  '[class*="related"]',
  '[class*="share"]',
  '[class*="social"]',
  '[id^="ad-"]',
  '[id*="advert"]',
].join(",");

/** Paragraph-sized blocks of the extracted story, in order; nested blocks counted once. */
const BLOCKS = "p, li, blockquote, h2, h3, h4, pre";

/** A paragraph that is an ad label or a page artifact, not the writer's text. */
const ARTIFACT = /^(advertisement|sponsored|keep reading|read more|related stories?)\b/i;

function isoDate(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match?.[1] ?? value.trim();
}

export function extractFromText(text: string): TExtracted {
  return {
    provenance: EMPTY_PROVENANCE,
    paragraphs: text
      .split(/\r?\n/)
      .map(normaliseSpace)
      .filter((line) => line !== "" && !ARTIFACT.test(line)),
  };
}

export function extractFromHtml(html: string): TExtracted {
  const { document } = parseHTML(html);
  const meta = (selector: string) =>
    normaliseSpace(document.querySelector(selector)?.getAttribute("content") ?? "");
  const url =
    normaliseSpace(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "") ||
    meta('meta[property="og:url"]');
  const dateTime =
    meta('meta[property="article:published_time"]') ||
    normaliseSpace(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? "");
  for (const element of document.querySelectorAll(NOT_THE_STORY)) element.remove();

  const story = new Readability(document).parse();
  // Within the lengths the editor accepts: a page's metadata can be anything.
  const provenance: TProvenance = {
    title: (normaliseSpace(story?.title ?? "") || meta('meta[property="og:title"]')).slice(0, 300),
    byline: (normaliseSpace(story?.byline ?? "") || meta('meta[name="author"]')).slice(0, 300),
    publisher: normaliseSpace(story?.siteName ?? "").slice(0, 200),
    publishedOn: isoDate(story?.publishedTime ?? dateTime).slice(0, 40),
    url: /^https?:\/\//.test(url) && url.length <= 2000 ? url : "",
  };
  // A page too short for Readability to score still has its paragraphs: read them as they stand.
  const root = story?.content
    ? parseHTML(`<!doctype html><html><body>${story.content}</body></html>`).document
    : document;
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (block) => !block.parentElement?.closest(BLOCKS),
  );
  const paragraphs = blocks
    .map((block) => normaliseSpace(block.textContent ?? ""))
    .filter((text) => text !== "" && !ARTIFACT.test(text));
  return {
    provenance,
    paragraphs:
      paragraphs.length > 0
        ? paragraphs
        : extractFromText(story?.textContent ?? root.documentElement.textContent ?? "").paragraphs,
  };
}
