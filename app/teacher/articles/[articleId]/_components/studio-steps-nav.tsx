import Link from "next/link";
import type { TDraftCheck } from "@/app/lib/authoring/checks";
import {
  STUDIO_STEPS,
  stepCounts,
  stepHref,
  type TStudioStep,
} from "@/app/lib/authoring/studio-steps";
import { cn } from "@/components/ui/cn";

/** The studio's steps as a numbered list of links, each saying what is left to fix on it. */
export function StudioStepsNav({
  articleId,
  current,
  checks,
}: {
  articleId: string;
  current: TStudioStep;
  checks: readonly TDraftCheck[];
}) {
  const counts = stepCounts(checks);
  return (
    <nav aria-label="Steps" className="mt-6">
      <ol className="flex flex-wrap gap-2">
        {STUDIO_STEPS.map((step, index) => {
          const problems = counts.get(step.id)?.problems ?? 0;
          const here = step.id === current;
          return (
            <li key={step.id}>
              <Link
                href={stepHref(articleId, step.id)}
                aria-current={here ? "step" : undefined}
                className={cn(
                  "border-line inline-flex min-h-11 items-center gap-2 rounded-md border px-3 py-1 no-underline",
                  here
                    ? "bg-accent text-accent-ink border-accent font-semibold"
                    : "bg-card text-ink",
                )}
              >
                <span>
                  {index + 1}. {step.title}
                </span>
                {problems > 0 ? (
                  <span className="rounded bg-red-100 px-1.5 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
                    {problems} to fix
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The link at the end of a step to the one after it. */
export function NextStepLink({ articleId, current }: { articleId: string; current: TStudioStep }) {
  const index = STUDIO_STEPS.findIndex((step) => step.id === current);
  const next = STUDIO_STEPS[index + 1];
  if (!next) return null;
  return (
    <p className="border-line mt-10 border-t pt-4">
      <Link href={stepHref(articleId, next.id)}>
        Next: {index + 2}. {next.title} →
      </Link>
    </p>
  );
}
