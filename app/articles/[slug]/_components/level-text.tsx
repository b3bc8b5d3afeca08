import type { TLevels } from "@/app/lib/content/schema";

/**
 * Renders a text at both reading levels; CSS shows the one the explainer's data-level selects,
 * so switching level never refetches or reflows the page around the reader.
 */
export function LevelText({ levels }: { levels: TLevels }) {
  return (
    <>
      <span data-variant="standard">{levels.standard}</span>
      <span data-variant="simpler">{levels.simpler}</span>
    </>
  );
}
