import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

// The folders of app/lib (and its loose files) depend on each other in one direction only: a
// cycle (content ↔ quiz, db ↔ data) means neither can change or be tested without the other.
// Tests may import across, so they are left out.

const ROOT = "app/lib";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** A folder directly under app/lib, or a file there without its extension. */
function unitOf(file: string): string {
  const [first, ...rest] = path.relative(ROOT, file).split(path.sep);
  return rest.length > 0 ? first! : first!.replace(/\.tsx?$/, "");
}

/** For each unit, the units it imports and, for each, one file that does. */
function unitGraph(files: readonly string[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      const target = spec!.startsWith("@/")
        ? spec!.slice(2)
        : spec!.startsWith(".")
          ? path.join(path.dirname(file), spec!)
          : null;
      if (!target?.startsWith(`${ROOT}/`)) continue;
      const [from, to] = [unitOf(file), unitOf(target)];
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, file);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as "a → b (file) → a" lines. */
function cyclesIn(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const walk = (unit: string, trail: string[]) => {
    if (trail.includes(unit)) {
      const loop = [...trail.slice(trail.indexOf(unit)), unit];
      cycles.push(
        loop
          .slice(1)
          .map((to, index) => `${loop[index]} → ${to} (${graph.get(loop[index]!)?.get(to)})`)
          .join(", "),
      );
      return;
    }
    if (done.has(unit)) return;
    for (const next of graph.get(unit)?.keys() ?? []) walk(next, [...trail, unit]);
    done.add(unit);
  };
  for (const unit of [...graph.keys()].sort()) walk(unit, []);
  return cycles;
}

it("finds a cycle when there is one, naming a file on each step", () => {
  const graph = new Map([
    ["content", new Map([["quiz", "app/lib/content/load.ts"]])],
    ["quiz", new Map([["content", "app/lib/quiz/kinds/kind.ts"]])],
  ]);
  expect(cyclesIn(graph)).toEqual([
    "content → quiz (app/lib/content/load.ts), quiz → content (app/lib/quiz/kinds/kind.ts)",
  ]);
});

it("no two folders of app/lib import each other, directly or round a loop", () => {
  const graph = unitGraph(sourceFiles(ROOT));
  expect(graph.get("data")?.has("db")).toBe(true); // the walk sees real imports
  expect(cyclesIn(graph)).toEqual([]);
});
