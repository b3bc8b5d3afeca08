import type { TAttemptView } from "@/app/lib/data/attempts";
import { describeAnswer } from "@/app/lib/quiz/describe";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

/** What the student handed in, in words: their own answers only, no keys and no marks. */
export function HandedIn({ attempt }: { attempt: TAttemptView }) {
  const sentences = new Map(attempt.snapshot.sentences.map((s) => [s.id, s.text]));
  const bank = new Map(attempt.snapshot.questions.map((q) => [q.id, q]));
  return (
    <Section id="handed-in" title="What you handed in" className="mt-8">
      <ol className="mt-4 space-y-4">
        {attempt.order.questions.flatMap((id, index) => {
          const question = bank.get(id);
          if (!question) return [];
          return [
            <li key={id} className={cardClass()}>
              <p className="font-semibold">
                Question {index + 1}. {question.prompt}
              </p>
              <p className="mt-1">
                {describeAnswer(question, attempt.responses.get(id)?.answer, sentences)}
              </p>
            </li>,
          ];
        })}
      </ol>
    </Section>
  );
}
