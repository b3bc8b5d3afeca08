// Boilerplate that sits inside a story's markup and is not the writer's text: ad labels, photo
// captions and credits, "Read more" links and lists of other headlines, subscription and comment
// prompts, date lines, credit lines, and pull quotes that repeat a paragraph. Each rule looks at
// a short block only, so a sentence of the story that mentions Reuters or a newsletter stays.
// Measured on real pages by `npm run bench -- extraction`.

/** A paragraph-sized block of the extracted story: its tag (lower case) and its text. */
export type TBlock = {
  tag: string;
  text: string;
  /** All its text is a link's. */
  linked?: boolean;
  /** Inside a figure: a caption or a credit. */
  caption?: boolean;
};

const words = (text: string) => text.split(" ").filter(Boolean).length;

/** Labels and prompts that are a whole short block. */
const LABEL =
  /^(advertisement|advert|ad|sponsored( content)?|keep reading|read more|continue reading|see more|more|related( stories| articles| posts| coverage| content| news)?|also read|recommended( for you)?|you may also like|most (read|popular)|popular( this week)?|latest( news)?|recent articles|breaking news|comments?|post (a )?comment|leave a (comment|reply)|sign in|sign up|log in|subscribe( now)?|skip to (main )?content|caption|close|share( this( story| article)?)?|tell us what you think|view author archive|email the author|print( article)?|order reprints|text size|listen( to this article)?|published|updated|trending|topics|highlights|tags|about the author|loading( content)?( \.\.\.)?|media playback is unsupported on your device)\b[\s\W]*$/i;

/** A block that starts like a link to another story or a prompt to act. */
const PROMPT =
  /^(\[?(read|related|see|watch|also|more|listen)\b[^\]]*:|related post:|also on \S+|sign up (for|to) (our|the) [^.]*newsletters?\b|subscribe (to|for)\b|click here\b|get (the|our) \S+ (newsletter|app)|like this (story|article)\?|want more stories\b|this (post|article) (may contain|contains) affiliate|this website uses cookies|this slideshow requires javascript|follow (us|him|her) on)/i;

/** "[Read: …]", "[Related: …]": a bracketed link standing alone. */
const BRACKETED = /^\[(read|related|see|watch|also|more|listen)\b[^\]]*\]$/i;

/** A caption or credit: a photo line, an agency credit, "(Image: …)". */
const CAPTION =
  /^(photo|image|picture|file photo|credit|source|illustration|video)s?\s*:|\((photo|image|picture|credit|source)s?\s*:[^)]*\)$|\((reuters|ap|afp|getty images)\)$|(\||\/|—|-)\s*(getty images?|reuters|afp|ap photo|associated press|shutterstock|epa|bloomberg)\b[^.]*$|\b(AP|Reuters|AFP) Photo\b|\bREUTERS\/[A-Z]/i;

/** A date or time line: "Published 1 day ago", "Updated Nov 19, 6:55 AM", "October 06, 2018". */
const DATE_LINE = /^(published|updated|posted|first published|last updated|modified)\b/i;

/** "Reporting by …; Editing by …", "(Writing by …)": the agency's credit line. */
const CREDIT_LINE = /^\(?((additional )?reporting|writing|editing|compiled|edited) by\b/i;

/** A label above a list of other headlines; the short blocks after it go with it. */
const LIST_LABEL =
  /^(more( great \S+)? stories|more:|see more|related( stories| articles| posts| coverage)?|you may also like|recommended|also read|read more|most (read|popular)|popular|latest news|recent articles|holiday gift guides|more( \S+)? news|trending|don'?t miss|more from \S+)\b[\s\W]*$/i;

/** Words a date or time line is made of: months, weekdays, am/pm, time zones, digits. */
const DATE_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a\.m|p\.m|utc|gmt|[ecmp][sd]t|et|at|on|\d[\d:.,/hpam-]*)$/i;

/** "October 06, 2018", "Nov. 20, 2019, 9:28 AM UTC", "15:23 2019": nothing but a date. */
const isDateOnly = (text: string) => {
  const tokens = text
    .split(/[\s|,;·•–—()]+/)
    .map((t) => t.replace(/\.$/, ""))
    .filter(Boolean);
  return (
    tokens.length > 0 && tokens.some((t) => /\d/.test(t)) && tokens.every((t) => DATE_WORD.test(t))
  );
};

/** Whether one block, alone, is boilerplate. */
/** A gallery's counter or credit: "Image 1 of 5", "1of4 …", "(Image credit: …)", "…Credit: Getty", "© Name". */
const GALLERY =
  /^(image|photo|slide|picture) \d+ of \/? ?\d+$|^\d+ ?of ?\d+\S|^\((image|photo) credit:|credit:\s|^©/i;

/** "By Justine Coleman - 11/18/19 11:04 PM EST", "By Dana Whitfield": a byline left in the story. */
const BYLINE_LINE =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s(and\s)?\p{Lu}[\p{L}.'’-]*){0,4}(\s*[-|,]\s*[^.]*\d[^.]*)?$/u;

/** "Jason Cipriani/ZDNet", "Alex Wong | Getty Images": a photographer and an agency. */
const PHOTO_CREDIT = /^[\p{Lu}][\p{L}.'’ -]{1,40}\s?[/|]\s?[\p{Lu}][\p{L}.'’ -]{1,40}$/u;

/**
 * A kicker or a teaser headline in capitals ("BLACK DEATH FEARS", "DON'T MISS"): every letter a
 * capital, two words or more. A story's own sentences are not set in capitals.
 */
const isShouting = (text: string) =>
  words(text) >= 2 && /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** Picture desks' lines: "Image copyright Getty Images", "Image caption …", "Media caption…". */
const PICTURE_DESK = /^(image|media|video) (copyright|caption|source)|^media caption/i;

/** The page's legal lines: "Copyright © 2019 …", "The contents of this site are ©2019 …". */
const LEGAL = /(copyright|©) ?(©|\(c\))? ?\d{4}\b|all rights reserved|subject to copyright/i;

/** How to reach the writer: "Email Tariq Malik at …", "Write to Al Root at …", "Have a tip?". */
const CONTACT =
  /^(e-?mail|write to|reach|contact) (the (reporter|author|writer)s?|\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*)*) (at|on|via)\b|^have a (news )?tip\b|\bmay be reached at\b|^follow (us|him|her|them|@?\p{L}\S*) on (twitter|facebook|instagram)|contributed to this (report|story|article)\.?$|^citation: .* retrieved\b/iu;

/** A newsletter's pitch: "Get the latest updates right in your inbox", "… delivered to your inbox". */
const PITCH = /\b(in|to) your inbox\b|^every day we send\b|^(start|get) your day with\b/i;

export function isBoilerplate(block: string): boolean {
  // A leading separator is the page's layout ("| UPDATED: 11:05, Tue, Nov 19, 2019").
  const text = block.replace(/^[\s|•·–—-]+/, "");
  const length = words(text);
  if (length <= 6 && PHOTO_CREDIT.test(text)) return true;
  if (length <= 40 && GALLERY.test(text)) return true;
  if (length <= 15 && BYLINE_LINE.test(text)) return true;
  if (/^https?:\/\/\S+$/.test(text)) return true;
  if (length <= 40 && (PICTURE_DESK.test(text) || LEGAL.test(text) || CONTACT.test(text)))
    return true;
  if (length <= 45 && PITCH.test(text)) return true;
  if (LABEL.test(text) || BRACKETED.test(text) || CREDIT_LINE.test(text)) return true;
  if (length <= 25 && PROMPT.test(text)) return true;
  if (length <= 40 && CAPTION.test(text)) return true;
  if (length <= 20 && DATE_LINE.test(text) && /\d|ago\b/.test(text)) return true;
  if (length <= 12 && isDateOnly(text)) return true;
  return false;
}

/** Tags a pull quote is set in. */
const QUOTE_TAGS = new Set(["blockquote", "aside", "figure", "figcaption", "h2", "h3", "h4"]);

/** A headline-like block: short, and not ending as a sentence does. */
const headlineLike = (block: TBlock) =>
  words(block.text) <= 16 && !/[.!?]["”’)]?$/.test(block.text);

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Whether a block is the writer's name or a note about them ("Emiliano Bellini", "Regan is a
 * Connecticut native…", "Eric Song is IGN's deal curator…"): it starts with an author's name,
 * whole or their first name, and goes on as a biography does.
 */
function isAboutTheAuthor(text: string, authors: readonly string[]) {
  return authors.some((author) => {
    const name = author.trim();
    if (name.length < 3) return false;
    if (text === name) return true;
    const first = name.split(" ")[0]!;
    return [name, first].some(
      (start) =>
        text.startsWith(`${start} `) &&
        /^(is|was|has|joined|writes|covers|reports|lives)\b/.test(text.slice(start.length + 1)) &&
        words(text) <= 60,
    );
  });
}

/** The story's paragraphs from its blocks, boilerplate and notes about its authors removed. */
export function storyParagraphs(
  blocks: readonly TBlock[],
  authors: readonly string[] = [],
): string[] {
  const kept: TBlock[] = [];
  let inList = false;
  for (const [index, block] of blocks.entries()) {
    if (block.text === "") continue;
    if (LIST_LABEL.test(block.text)) {
      inList = true;
      continue;
    }
    // After a list label, list items and headline-like lines belong to the list.
    if (inList && (block.tag === "li" || headlineLike(block))) continue;
    inList = false;
    // A teaser for another story: a headline in capitals that is a link, or a kicker in capitals
    // over a linked headline ("BLACK DEATH FEARS" / "Hunter diagnosed with …").
    if (isShouting(block.text) && words(block.text) <= 20) {
      const next = blocks[index + 1];
      if (block.linked || (next?.linked && headlineLike(next))) continue;
    }
    if (block.linked && headlineLike(block) && words(block.text) >= 4) continue;
    if (block.caption) continue;
    // A note about the author closes a story; earlier, the same words are the story's.
    if (index >= blocks.length / 2 && isAboutTheAuthor(block.text, authors)) continue;
    if (!isBoilerplate(block.text)) kept.push(block);
  }
  // A pull quote repeats words of a paragraph; the paragraph is kept, the repeat dropped. Set
  // apart as a quote, four words make one, even all of a paragraph's; a plain paragraph takes eight
  // and a longer one holding it, because pages repeat their own lines (a menu for each day).
  const keys = kept.map((block) => key(block.text));
  return kept
    .filter((block, index) => {
      const own = keys[index]!;
      const quote = QUOTE_TAGS.has(block.tag);
      return !(
        own.split(" ").length >= (quote ? 4 : 8) &&
        keys.some(
          (other, at) =>
            at !== index &&
            (other.length > own.length || (quote && other === own && at < index)) &&
            other.includes(own),
        )
      );
    })
    .map((block) => block.text);
}
