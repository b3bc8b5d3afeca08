import Link from "next/link";
import { plural } from "@/app/lib/words";
import type { TDraftCheck } from "@/app/lib/authoring/checks";
import { STUDIO_STEPS, stepHref, stepOf } from "@/app/lib/authoring/studio-steps";

/** Checks grouped under the step whose page shows their fields, each linked to its field. */
function CheckLinks({ articleId, checks }: { articleId: string; checks: TDraftCheck[] }) {
  return STUDIO_STEPS.map((step) => {
    const onStep = checks.filter((check) => stepOf(check.target) === step.id);
    return onStep.length === 0 ? null : (
      <div key={step.id} className="mt-2">
        <h3 className="text-sm font-semibold">{step.title}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {onStep.map((check) => (
            <li key={`${check.target} ${check.message}`}>
              <Link href={stepHref(articleId, step.id, check.target)}>{check.message}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  });
}

/**
 * What stands between the draft and publishing, beside every step: the problems that block it,
 * each linked to its field on its step, and the warnings that do not.
 */
export function PublishChecklist({
  articleId,
  checks,
}: {
  articleId: string;
  checks: TDraftCheck[];
}) {
  const problems = checks.filter((check) => check.level === "problem");
  const warnings = checks.filter((check) => check.level === "warning");
  return (
    <section id="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading" className="text-lg font-bold">
        Before you publish
      </h2>
      {problems.length === 0 ? (
        <p className="mt-2">
          <strong>Ready to publish:</strong> nothing blocks publishing.{" "}
          <Link href={stepHref(articleId, "publish")}>Publish and assign</Link>
        </p>
      ) : (
        <>
          <p className="mt-2">
            <strong>
              {problems.length === 1
                ? "1 thing blocks publishing:"
                : `${problems.length} things block publishing:`}
            </strong>
          </p>
          <CheckLinks articleId={articleId} checks={problems} />
        </>
      )}
      {warnings.length > 0 ? (
        <>
          <p className="mt-4">
            <strong>{plural(warnings.length, "thing")} worth a look</strong> (they do not block
            publishing):
          </p>
          <CheckLinks articleId={articleId} checks={warnings} />
        </>
      ) : null}
    </section>
  );
}
