import type { TGradingItem } from "@/app/lib/data/grading";

/** A written answer as the student handed it in: the question, their claim, evidence and reasoning. */
export function AnswerShown({ item }: { item: TGradingItem }) {
  return (
    <>
      <p className="text-muted mt-1">{item.prompt}</p>
      <dl className="mt-3 space-y-2">
        <div>
          <dt className="font-semibold">Claim</dt>
          <dd>{item.sides.find((s) => s.id === item.answer.claim)?.text ?? "(none chosen)"}</dd>
        </div>
        <div>
          <dt className="font-semibold">Evidence</dt>
          <dd>
            {item.evidence.length === 0 ? (
              "(none cited)"
            ) : (
              <ul className="list-disc pl-5">
                {item.evidence.map((e) => (
                  <li key={e.id}>“{e.text}”</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Reasoning</dt>
          <dd className="whitespace-pre-wrap">{item.answer.reasoning || "(none)"}</dd>
        </div>
      </dl>
    </>
  );
}
