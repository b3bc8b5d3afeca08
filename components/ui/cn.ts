import { clsx, type ClassValue } from "clsx";
import { createTailwindMerge } from "tailwind-merge";

// tailwind-merge's default config knows every Tailwind utility and weighs 8.4 KB gzipped in every
// page's JavaScript (the buttons are client components too). The primitives only ever let a
// later class override the groups below, so the merge is built for those alone: 2 KB. A group
// missing here is not merged — both classes stay — which cn.test.ts would show for the pairs the
// primitives take.
const any = () => true;
const SIDES = ["t", "r", "b", "l", "x", "y"] as const;

const spacing = (prefix: "p" | "m") => ({
  [prefix]: [{ [prefix]: [any] }],
  ...Object.fromEntries(
    SIDES.map((side) => [`${prefix}${side}`, [{ [`${prefix}${side}`]: [any] }]]),
  ),
});

const mergeClasses = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    ...spacing("p"),
    ...spacing("m"),
    display: ["block", "inline-block", "inline", "flex", "inline-flex", "grid", "hidden"],
    "min-h": [{ "min-h": [any] }],
    w: [{ w: [any] }],
    gap: [{ gap: [any] }],
    rounded: ["rounded", { rounded: [any] }],
    "font-weight": [{ font: ["normal", "medium", "semibold", "bold"] }],
    "font-family": [{ font: ["sans", "serif", "mono"] }],
    "font-size": [{ text: ["xs", "sm", "base", "lg", "xl", "2xl", "3xl", "4xl"] }],
    "text-alignment": [{ text: ["left", "center", "right", "justify", "start", "end"] }],
    "text-color": [{ text: [any] }],
    "bg-color": [{ bg: [any] }],
    "border-w": ["border", { border: ["0", "2", "4", "8"] }],
    "border-w-b": [{ "border-b": ["", "0", "2", "4"] }],
    "border-collapse": [{ border: ["collapse", "separate"] }],
    "border-color": [{ border: [any] }],
    decoration: ["underline", "no-underline"],
    shadow: ["shadow", { shadow: [any] }],
  },
  conflictingClassGroups: {
    p: ["px", "py", "pt", "pr", "pb", "pl"],
    px: ["pr", "pl"],
    py: ["pt", "pb"],
    m: ["mx", "my", "mt", "mr", "mb", "ml"],
    mx: ["mr", "ml"],
    my: ["mt", "mb"],
    "border-w": ["border-w-b"],
  },
  conflictingClassGroupModifiers: {},
  orderSensitiveModifiers: [],
}));

/** Class names joined, with a later class winning over an earlier one it conflicts with. */
export function cn(...classes: ClassValue[]): string {
  return mergeClasses(clsx(classes));
}
