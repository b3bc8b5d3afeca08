// Three-way merge of a part of a draft, for two windows editing the same article: each save says
// what it started from (`base`), so the server can keep what another window saved meanwhile.
// Objects merge field by field; anything else (text, lists) is one value: changed on one side it
// takes that side, changed on both to different values it is a conflict for the teacher to settle.

type TJson = unknown;

const isRecord = (value: TJson): value is Record<string, TJson> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Deep equality of JSON values (key order ignored). */
export function sameJson(a: TJson, b: TJson): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  return false;
}

export type TMerge = {
  value: TJson;
  /** Paths ("title", "items.2") both sides changed differently; their value is `theirs`. */
  conflicts: string[];
};

/**
 * Merges `mine` and `theirs`, two edits of `base`. Where both changed the same field to different
 * values, `theirs` is kept and the field's path reported.
 */
export function mergeThreeWay(base: TJson, mine: TJson, theirs: TJson, path = ""): TMerge {
  if (sameJson(mine, theirs) || sameJson(base, theirs)) return { value: mine, conflicts: [] };
  if (sameJson(base, mine)) return { value: theirs, conflicts: [] };
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const value: Record<string, TJson> = {};
    const conflicts: string[] = [];
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const merged = mergeThreeWay(
        base[key],
        mine[key],
        theirs[key],
        path ? `${path}.${key}` : key,
      );
      if (merged.value !== undefined) value[key] = merged.value;
      conflicts.push(...merged.conflicts);
    }
    return { value, conflicts };
  }
  return { value: theirs, conflicts: [path] };
}
