/** Keys that hold ids the editor makes, not text a teacher typed. */
const MADE_KEYS = new Set(["id", "key", "match", "category", "correct"]);

/**
 * Whether removing an item of a list being edited would lose something typed — text at some
 * depth of it, or a cited sentence. An empty row goes without asking.
 */
export function hasTyped(value: unknown, key = ""): boolean {
  if (MADE_KEYS.has(key) || key.startsWith("_")) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some((item) => hasTyped(item));
  if (value && typeof value === "object")
    return Object.entries(value).some(([name, child]) => hasTyped(child, name));
  return false;
}
