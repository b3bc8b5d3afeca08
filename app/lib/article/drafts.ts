import { z } from "zod";
import { ZSentenceIdSchema } from "@/app/lib/cites";

// The studio's draft of a part, derived from the part's pack schema rather than written beside
// it: the same fields, less the ids (made from names on publishing), every text possibly empty
// and every list possibly short while the teacher writes. Only sizes are limited here; the pack
// schema itself (./rules.ts) says what publishing needs. Adding a field to a pack schema adds it
// to the draft, the editor's spec type and the checks at once.

/** A pack value as a draft holds it. */
export type TDraftOf<T> = T extends string
  ? string
  : T extends readonly (infer E)[]
    ? TDraftOf<E>[]
    : T extends object
      ? { [K in Exclude<keyof T, "id">]-?: TDraftOf<Exclude<T[K], undefined>> }
      : T;

/** A draft whose named fields take another shape while typed (a list typed one per line). */
export type TDraftWith<T, O extends Record<string, z.ZodType>> = Omit<TDraftOf<T>, keyof O> & {
  [K in keyof O]: z.output<O[K]>;
};

/** A text field of the studio, limited to `max` characters. */
export const draftText = (max: number) =>
  z.string().max(max, `Keep it under ${max.toLocaleString("en-US")} characters.`);

/** The limits on what one draft field may hold: enough for any article, not for a flood. */
export const DRAFT_LIMITS = {
  /** A name, a role, a label. */
  text: 300,
  /** One reading level of an explanation. */
  levelText: 3000,
  /** Items of a list inside a part (a side's wants, a case's evidence). */
  items: 20,
  /** Sentences one citation list may name. */
  cites: 100,
} as const;

const ZDraftCitesSchema = z.array(ZSentenceIdSchema).max(DRAFT_LIMITS.cites);

function isLevels(shape: Record<string, unknown>): boolean {
  return "standard" in shape && "simpler" in shape;
}

function loosen(schema: z.ZodType, inLevels: boolean): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return loosen(schema.unwrap() as z.ZodType, inLevels);
  if (schema instanceof z.ZodString)
    return draftText(inLevels ? DRAFT_LIMITS.levelText : DRAFT_LIMITS.text);
  if (schema instanceof z.ZodArray)
    return z.array(loosen(schema.element as z.ZodType, false)).max(DRAFT_LIMITS.items);
  if (schema instanceof z.ZodObject) return loosenObject(schema.shape, {});
  return schema;
}

function loosenObject(shape: z.ZodRawShape, overrides: Record<string, z.ZodType>): z.ZodType {
  const levels = isLevels(shape);
  return z.object(
    Object.fromEntries(
      Object.entries(shape)
        .filter(([key]) => key !== "id")
        .map(([key, field]) => [
          key,
          overrides[key] ??
            (key === "cites" ? ZDraftCitesSchema : loosen(field as z.ZodType, levels)),
        ]),
    ),
  );
}

/**
 * The draft schema of a pack object schema; `overrides` give fields the studio types in another
 * shape (paragraphs as one text, a term's forms one per line).
 */
export function draftSchemaOf<
  S extends z.ZodObject,
  O extends Record<string, z.ZodType> = Record<never, z.ZodType>,
>(schema: S, overrides?: O): z.ZodType<TDraftWith<z.output<S>, O>> {
  // The walk mirrors TDraftOf; drafts.test.ts parses each part's draft through it.
  return loosenObject(schema.shape, overrides ?? {}) as z.ZodType<TDraftWith<z.output<S>, O>>;
}

/** A part that is a list of pack items, as a draft: at most `max` of them. */
export function draftListOf<
  S extends z.ZodObject,
  O extends Record<string, z.ZodType> = Record<never, z.ZodType>,
>(element: S, max: number, tooMany: string, overrides?: O) {
  return z.array(draftSchemaOf(element, overrides)).max(max, tooMany);
}
