import { SENTENCE_ID } from "@/app/lib/cites";

// Links into the article reader, and the others pages hand out. Pure functions: used by server
// pages and client components alike.

/** Where the reader shows an article: /articles/<slug>, or a draft's preview in the studio. */
export function articleHome(pack: { slug: string; home?: string }): string {
  return pack.home ?? `/articles/${pack.slug}`;
}

/**
 * Link that opens the article (at `home`, see articleHome) with the given sentences highlighted
 * and the first scrolled into view.
 */
export function sentenceHref(home: string, ids: readonly string[]): string {
  const [first] = ids;
  if (!first) return home;
  return `${home}?highlight=${ids.join(",")}#${first}`;
}

/** The new-assignment form of a class with an article (and one of its quizzes) picked. */
export function assignHref(classId: string, articleSlug: string, quizId?: string): string {
  const query = new URLSearchParams({ article: articleSlug, ...(quizId ? { quiz: quizId } : {}) });
  return `/teacher/classes/${classId}/assignments/new?${query}`;
}

/** The join page with a class's code filled in: the invite link a teacher shares. */
export function joinPath(joinCode: string): string {
  return `/join?${new URLSearchParams({ code: joinCode })}`;
}

/** "paragraph 5, sentence 1" — readable names for sentence ids, for link text and screen readers. */
function sentenceLabel(id: string): string {
  const match = SENTENCE_ID.exec(id);
  return match ? `paragraph ${match[1]}, sentence ${match[2]}` : id;
}

export function citeLabel(ids: readonly string[]): string {
  return ids.map(sentenceLabel).join("; ");
}

/** Parses ?highlight=p1.s1,p2.s2 keeping only ids the article really has. */
export function parseHighlight(
  value: string | string[] | undefined,
  known: ReadonlySet<string>,
): string[] {
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  return [...new Set(raw.split(",").map((id) => id.trim()))].filter((id) => known.has(id));
}
