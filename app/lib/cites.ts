import { z } from "zod";

// Sentence ids and citations: a leaf that the pack's schema (content/) and the question types
// (quiz/kinds/) both import, so neither depends on the other for them.

/** "p3.s2": paragraph 3, sentence 2 (the numbers are its paragraph's and its own). */
export const SENTENCE_ID = /^p(\d+)\.s(\d+)$/;
export const PARAGRAPH_ID = /^p\d+$/;

export const ZSentenceIdSchema = z
  .string()
  .regex(SENTENCE_ID, "must look like p3.s2 (paragraph 3, sentence 2)");

export const ZCitesSchema = z.array(ZSentenceIdSchema).min(1, "cite at least one sentence");
