"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";

/** One number box per rubric criterion, and the total as the teacher types. */
export function RubricScores({
  responseId,
  rubric,
  saved,
}: {
  responseId: string;
  rubric: { id: string; label: string; points: number; description: string }[];
  saved: Record<string, number> | null;
}) {
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(rubric.map((c) => [c.id, saved ? String(saved[c.id] ?? 0) : ""])),
  );
  const max = rubric.reduce((sum, c) => sum + c.points, 0);
  const total = rubric.reduce((sum, c) => {
    const value = Number(scores[c.id]);
    return sum + (scores[c.id] !== "" && Number.isFinite(value) ? value : 0);
  }, 0);
  const blank = rubric.filter((c) => (scores[c.id] ?? "") === "").length;
  return (
    <>
      {rubric.map((criterion) => (
        <Field
          key={criterion.id}
          id={`${responseId}-${criterion.id}`}
          label={`${criterion.label} (0–${criterion.points})`}
          name={`criterion_${criterion.id}`}
          type="number"
          min={0}
          max={criterion.points}
          step={1}
          hint={criterion.description}
          defaultValue={scores[criterion.id]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setScores((current) => ({ ...current, [criterion.id]: value }));
          }}
          required
        />
      ))}
      <p className="font-semibold" aria-live="polite">
        Total: {total} of {max}
        {blank > 0 && <span className="text-muted font-normal"> ({blank} not scored yet)</span>}
      </p>
    </>
  );
}
