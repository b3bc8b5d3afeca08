// Naming the mutants a Stryker run left alive, as scripts/mutation/survivors.md lists them.

export type TMutant = {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
};
export type TReport = { files: Record<string, { source: string; mutants: TMutant[] }> };

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The code a mutant replaced, from the file's source and the mutant's 1-based location. */
export function original(source: string, { start, end }: TMutant["location"]): string {
  const lines = source.split("\n");
  const from = lines.slice(0, start.line - 1).join("\n").length + (start.line > 1 ? 1 : 0);
  const to = lines.slice(0, end.line - 1).join("\n").length + (end.line > 1 ? 1 : 0);
  return source.slice(from + start.column - 1, to + end.column - 1);
}

/** How a surviving mutant is named in survivors.md, short enough to read in a list. */
export function survivorKey(file: string, source: string, mutant: TMutant): string {
  const clip = (text: string) => {
    const flat = oneLine(text);
    return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
  };
  const from = clip(original(source, mutant.location));
  return `${file} ${mutant.mutatorName}: \`${from}\` → \`${clip(mutant.replacement ?? "")}\``;
}

/** Entries of survivors.md: "- <key> — <reason>". */
export function listedSurvivors(text: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^- (.+?) — (.+)$/.exec(line);
    if (match?.[1] && match[2]) listed.set(match[1], match[2]);
  }
  return listed;
}
