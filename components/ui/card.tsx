import { cn } from "./cn";

/** The one card look: a bordered, raised box. Extra classes merge (a later padding wins). */
export function cardClass(extra?: string): string {
  return cn("border-line bg-card rounded-lg border p-4", extra);
}
