import { Lettered } from "./printed-choices";
import { WriteOn } from "./printed-blanks";
import type { TPrintedProps } from "./printed-props";

// A written answer on paper: the side taken, the evidence by sentence number, the reasoning, and
// the rubric it is marked by.

export function PrintedCer({ question }: TPrintedProps<"cer">) {
  return (
    <>
      <p className="text-sm italic">Your claim: tick one.</p>
      <Lettered items={question.sides} />
      <WriteOn label="Your evidence: the numbers of the sentences that support it." />
      <WriteOn label="Your reasoning: how the evidence supports the claim." lines={5} />
      <p className="mt-3 text-sm">
        Marked on:{" "}
        {question.rubric
          .map((criterion) => `${criterion.label} (${criterion.points}) — ${criterion.description}`)
          .join("; ")}
      </p>
    </>
  );
}
