import type { TDraftCheck } from "@/app/lib/authoring/checks";
import { Section } from "@/components/ui/section";

/** Problems (which stop publishing) and warnings, each linked to the field or sentence it is about. */
export function DraftChecks({ checks }: { checks: TDraftCheck[] }) {
  return (
    <Section id="checks" title="Checks">
      {checks.length === 0 ? (
        <p className="mt-2">Nothing to fix in the text or where it comes from.</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {checks.map((check) => (
            <li key={`${check.target} ${check.message}`}>
              <strong>{check.level === "problem" ? "To fix:" : "Check:"}</strong>{" "}
              <a href={`#${check.target}`}>{check.message}</a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
