import { describe, expect, it } from "vitest";
import { buttonClass } from "./button";
import { cardClass } from "./card";
import { cn } from "./cn";

const classes = (value: string) => value.split(" ").sort();

describe("cn, the primitives' class merge", () => {
  it("lets the overrides the primitives take win, and keeps everything else", () => {
    expect(classes(cardClass("rounded-md p-3"))).toEqual(
      classes("border-line bg-card border rounded-md p-3"),
    );
    // As full tailwind-merge does: a later px/py refines p (Tailwind orders them after it).
    expect(classes(cardClass("w-16 rounded-md px-2 py-1"))).toEqual(
      classes("border-line bg-card border p-4 w-16 rounded-md px-2 py-1"),
    );
    expect(cardClass("glossary-popover text-ink font-sans text-base shadow-lg")).toContain("p-4");
    expect(classes(buttonClass({ variant: "link" }, "mt-3 min-h-0"))).toEqual(
      classes(
        "inline-flex items-center justify-center gap-2 rounded-md border disabled:opacity-40 py-2 text-accent border-transparent px-0 underline font-normal mt-3 min-h-0",
      ),
    );
    const secondary = buttonClass({ variant: "secondary", size: "sm" }, "font-normal");
    expect(secondary).toContain("font-normal");
    expect(secondary).not.toContain("font-semibold");
    expect(cn("mt-3 overflow-x-auto", "mt-0")).toBe("overflow-x-auto mt-0");
    expect(cn("p-2", "font-normal", "font-semibold")).toBe("p-2 font-semibold");
  });

  // Each answer here is also full tailwind-merge's (the test passes with its default config).
  it("tells apart the groups that share a prefix", () => {
    expect(cn("text-sm text-ink text-left", "text-base")).toBe("text-ink text-left text-base");
    expect(cn("text-sm text-ink", "text-muted")).toBe("text-sm text-muted");
    expect(cn("border border-line border-collapse", "border-accent")).toBe(
      "border border-collapse border-accent",
    );
    expect(cn("border-b border-line", "border-2")).toBe("border-line border-2");
    expect(cn("bg-card dark:bg-card", "bg-accent")).toBe("dark:bg-card bg-accent");
  });
});
