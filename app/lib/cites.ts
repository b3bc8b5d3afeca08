import { z } from "zod";

// Sentence ids and citations: a leaf that the pack's schema (content/) and the question types
// (quiz/kinds/) both import, so neither depends on the other for them.

export const ZSentenceIdSchema = z
  .string()
  .regex(/^p\d+\.s\d+$/, "must look like p3.s2 (paragraph 3, sentence 2)");

export const ZCitesSchema = z.array(ZSentenceIdSchema).min(1, "cite at least one sentence");
