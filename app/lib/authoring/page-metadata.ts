import { normaliseSpace } from "@/app/lib/authoring/sentences";
import { decodeReferences } from "@/app/lib/char-references";

// What a saved news page says about itself, read before anything is removed from it, each field
// from the first source that has it, in this order (docs/authoring.md):
//   1. JSON-LD: a NewsArticle (or Article, ReportageNewsArticle…) anywhere in the page's
//      application/ld+json scripts, @graph included;
//   2. OpenGraph and article:* meta (og:title, og:site_name, article:published_time,
//      article:author when it is a name), and the canonical link;
//   3. author markup: <meta name="author">, itemprop="author", rel="author" links;
//   4. <time datetime> (the first one);
//   5. Readability's guess, given by the caller.
// Titles lose a trailing " - Site", " | Site" or " — Site"; several authors are joined; dates
// become YYYY-MM-DD.

type TDocument = {
  querySelector(selector: string): TElement | null;
  querySelectorAll(selector: string): Iterable<TElement>;
};
type TElement = {
  getAttribute(name: string): string | null;
  textContent: string | null;
};

export type TPageMetadata = {
  title: string;
  authors: string[];
  publisher: string;
  publishedOn: string;
  url: string;
};

const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Review|Background)?(Article|NewsArticle)$/;

/** Every JSON-LD object in the page, @graph members and arrays flattened. */
function jsonLdObjects(document: TDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      found.push(object);
      if (object["@graph"]) visit(object["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is skipped, as browsers and search engines skip it.
    }
  }
  return found;
}

const typesOf = (object: Record<string, unknown>) =>
  [object["@type"]].flat().filter((type): type is string => typeof type === "string");

const text = (value: unknown): string =>
  typeof value === "string" ? normaliseSpace(decodeReferences(value)) : "";

/** Names from a JSON-LD author/publisher value: a string, a Person or Organization, or a list. */
function namesIn(value: unknown): string[] {
  return [value]
    .flat()
    .map((entry) =>
      typeof entry === "string"
        ? normaliseSpace(entry)
        : entry && typeof entry === "object"
          ? text((entry as Record<string, unknown>).name)
          : "",
    )
    .filter((name) => name !== "");
}

/** A URL as a page may give one in JSON-LD: a string, or an object with @id or url. */
function urlIn(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    return text(object["@id"]) || text(object.url);
  }
  return "";
}

/** YYYY-MM-DD from an ISO date or any date a browser can read; "" when it is not a date. */
export function normaliseDate(value: string): string {
  const trimmed = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(trimmed);
  if (iso?.[1]) return iso[1];
  if (!/\d{4}/.test(trimmed)) return "";
  const parsed = new Date(trimmed.replace(/\s+at\s+/i, " "));
  if (Number.isNaN(parsed.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/** "A", "A and B", "A, B and C". */
export function joinAuthors(authors: readonly string[]): string {
  const unique = [...new Set(authors.map(normaliseSpace).filter((a) => a !== ""))];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}`;
}

/**
 * A title without the site's name after it: " - BBC News", " | Riverside Ledger", " — Site".
 * Only a last part that names the publisher, or is short enough to be a site's name, goes.
 */
export function withoutSiteSuffix(title: string, publisher: string): string {
  // The site's name may hold a dash of its own ("The Anti-June Cleaver"), not one between spaces.
  const match = /^(.{8,}?)\s+[|\-–—·:]\s+((?:(?!\s[|\-–—·:]\s).){2,40})$/.exec(
    normaliseSpace(title),
  );
  if (!match?.[1] || !match[2]) return normaliseSpace(title);
  const suffix = match[2].toLowerCase();
  const site = publisher.toLowerCase();
  const namesSite =
    (site !== "" && (suffix.includes(site) || site.includes(suffix))) ||
    match[2].split(" ").length <= 3;
  return namesSite ? match[1] : normaliseSpace(title);
}

/** A section's label before the headline: "Opinion | …", "Analysis | …". */
const SECTION_PREFIX =
  /^(opinion|analysis|review|editorial|commentary|perspective|letters?)\s+\|\s+/i;

const comparable = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * The headline from a page's title and the headings it shows: without a section's label, and
 * whole where metadata cut it short (search engines' 110-character headline limit, or an
 * ellipsis) and a heading on the page goes on from it.
 */
export function wholeHeadline(title: string, headings: readonly string[]): string {
  const headline = title.replace(SECTION_PREFIX, "");
  const start = comparable(headline.replace(/(…|\.\.\.)$/, ""));
  const longer = headings.find(
    (heading) =>
      start.length >= 20 &&
      comparable(heading).startsWith(start) &&
      heading.length > headline.length,
  );
  return longer ? normaliseSpace(longer) : headline;
}

/** A byline that is a date, a time or a sentence is not an author ("Sunday, Feb 1, 2015 11:57 AM"). */
export function looksLikeAuthor(byline: string): boolean {
  const name = normaliseSpace(byline).replace(/^by\s+/i, "");
  if (name === "" || name.length > 100) return false;
  if (/\d{1,2}:\d{2}|\b(19|20)\d{2}\b/.test(name)) return false;
  if (/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(name)) return false;
  return name.split(" ").length <= 12;
}

export function readPageMetadata(document: TDocument): TPageMetadata {
  const meta = (selector: string) =>
    normaliseSpace(
      decodeReferences(document.querySelector(selector)?.getAttribute("content") ?? ""),
    );
  const article = jsonLdObjects(document).find((object) =>
    typesOf(object).some((type) => ARTICLE_TYPES.test(type)),
  );
  const ld = article ?? {};

  const publisher =
    namesIn(ld.publisher)[0] ??
    (meta('meta[property="og:site_name"]') || meta('meta[name="application-name"]'));

  const metaAuthor = meta('meta[name="author"]') || meta('meta[property="article:author"]');
  const markedAuthors = [
    ...document.querySelectorAll('[itemprop="author"] [itemprop="name"], [itemprop="author"]'),
  ]
    .map((element) => element.getAttribute("content") ?? element.textContent ?? "")
    .concat([...document.querySelectorAll('a[rel="author"]')].map((link) => link.textContent ?? ""))
    .map(normaliseSpace)
    .filter(looksLikeAuthor);
  const authors = [
    namesIn(ld.author),
    // article:author is often a profile URL rather than a name.
    looksLikeAuthor(metaAuthor) && !/^https?:/.test(metaAuthor) ? [metaAuthor] : [],
    [...new Set(markedAuthors)],
  ].find((list) => list.length > 0);

  const url =
    urlIn(ld.url) ||
    urlIn(ld.mainEntityOfPage) ||
    normaliseSpace(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "") ||
    meta('meta[property="og:url"]');

  const date =
    normaliseDate(text(ld.datePublished)) ||
    normaliseDate(meta('meta[property="article:published_time"]')) ||
    normaliseDate(meta('meta[itemprop="datePublished"]')) ||
    normaliseDate(document.querySelector("time[datetime]")?.getAttribute("datetime") ?? "");

  const title = text(ld.headline) || meta('meta[property="og:title"]');
  return {
    title: title ? withoutSiteSuffix(title, publisher) : "",
    authors: authors ?? [],
    publisher,
    publishedOn: date,
    url: /^https?:\/\//.test(url) ? url : "",
  };
}
