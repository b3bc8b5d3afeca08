import type { TDraftCheck } from "@/app/lib/authoring/checks";

// The studio's steps, in the order a teacher works: check the text, say what happened, take or
// write the questions, fill in the rest of the explainer, publish and assign. Each check belongs
// to the step whose page shows the field it links to.

export const STUDIO_STEPS = [
  { id: "text", title: "Text", intro: "Check the text and where it comes from." },
  { id: "what-happened", title: "What happened", intro: "The explainer's summary, at two levels." },
  {
    id: "questions",
    title: "Questions",
    intro: "Take the drafts Debrief made, or write your own.",
  },
  {
    id: "explainer",
    title: "Rest of the explainer",
    intro: "Who's who, timeline, glossary, the debate.",
  },
  {
    id: "publish",
    title: "Publish and assign",
    intro: "Preview, publish, and give it to a class.",
  },
] as const;

export type TStudioStep = (typeof STUDIO_STEPS)[number]["id"];

export function isStudioStep(value: unknown): value is TStudioStep {
  return STUDIO_STEPS.some((step) => step.id === value);
}

/** The step whose page holds an element id a check links to. */
export function stepOf(target: string): TStudioStep {
  if (/^(provenance|sentence|paragraph)-/.test(target)) return "text";
  if (target.startsWith("what-happened-")) return "what-happened";
  if (
    target.startsWith("question-") ||
    target === "new-question-heading" ||
    target === "imported-heading"
  )
    return "questions";
  if (target === "checks-heading") return "publish";
  return "explainer";
}

/** The studio's address of a step, and of a field on it. */
export function stepHref(articleId: string, step: TStudioStep, target?: string): string {
  return `/teacher/articles/${articleId}?step=${step}${target ? `#${target}` : ""}`;
}

/** How many problems (which block publishing) and warnings each step has. */
export function stepCounts(checks: readonly TDraftCheck[]) {
  const counts = new Map<TStudioStep, { problems: number; warnings: number }>(
    STUDIO_STEPS.map((step) => [step.id, { problems: 0, warnings: 0 }]),
  );
  for (const check of checks) {
    const count = counts.get(stepOf(check.target))!;
    if (check.level === "problem") count.problems += 1;
    else count.warnings += 1;
  }
  return counts;
}
