/**
 * A misconception as the item analysis counts it: a short name made of the teacher's words
 * ("thinks the vote was unanimous" → "thinks-the-vote-was-unanimous").
 */
export function misconceptionId(words: string): string {
  return words
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
