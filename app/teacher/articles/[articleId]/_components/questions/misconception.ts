import { dashed } from "@/app/lib/words";

/**
 * A misconception as the item analysis counts it: a short name made of the teacher's words
 * ("thinks the vote was unanimous" → "thinks-the-vote-was-unanimous").
 */
export const misconceptionId = (words: string): string => dashed(words, 60);
