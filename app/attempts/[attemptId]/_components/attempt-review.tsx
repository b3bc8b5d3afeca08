import { Section } from "@/components/ui/section";
import { cardClass } from "@/components/ui/card";
import { pointsText, resultText } from "@/app/lib/score-words";
import { formatInZone } from "@/app/lib/time";
import type { TAttemptView } from "@/app/lib/data/attempts";
import { sentenceHref } from "@/app/lib/content/links";
import { describeAnswer, describeCorrectAnswer } from "@/app/lib/quiz/describe";
import { misconceptionsShown, type TOutcome } from "@/app/lib/quiz/scoring";
import { ReviewItem } from "@/components/quiz/review-item";

export function AttemptReview({ attempt, timeZone }: { attempt: TAttemptView; timeZone: string }) {
  const sentences = new Map(attempt.snapshot.sentences.map((s) => [s.id, s.text]));
  const result = {
    submitted: true,
    score: attempt.score,
    maxScore: attempt.maxScore,
    pending: attempt.pendingManual,
  };
  return (
    <div>
      <Section
        id="score"
        title={<>Your score: {resultText(result, { withPoints: true })}</>}
        className={cardClass()}
      >
        {attempt.pendingManual && (
          <p className="mt-1">
            Written answers are awaiting your teacher. The questions marked at once earned{" "}
            {pointsText(attempt.score ?? 0)} of {pointsText(attempt.maxScore ?? 0)} points; your
            score appears when the rest are graded.
          </p>
        )}
        <p className="text-muted mt-1 text-sm">
          Submitted {attempt.submittedAt ? formatInZone(attempt.submittedAt, timeZone) : ""}
          {attempt.articleVersion !== null
            ? ` · taken on version ${attempt.articleVersion} of the article`
            : ""}
        </p>
      </Section>
      <ol className="mt-8 space-y-6">
        {attempt.order.questions.map((questionId, index) => {
          const question = attempt.snapshot.questions.find((q) => q.id === questionId);
          if (!question) return null;
          const response = attempt.responses.get(questionId);
          const grade = response?.grade;
          const outcome: TOutcome = grade
            ? grade.points >= question.points
              ? "correct"
              : grade.points > 0
                ? "partial"
                : "incorrect"
            : (response?.outcome ?? "unanswered");
          return (
            <li key={questionId}>
              <ReviewItem
                id={questionId}
                index={index}
                prompt={question.prompt}
                outcome={outcome}
                earned={grade ? grade.points : response?.points}
                maxPoints={question.points}
                answer={describeAnswer(question, response?.answer, sentences)}
                correct={
                  question.type === "cer" ? undefined : describeCorrectAnswer(question, sentences)
                }
                feedback={misconceptionsShown(question, response?.answer).map((m) => m.feedback)}
                comment={grade?.comment ?? undefined}
                explanation={question.explanation}
                href={sentenceHref(`/articles/${attempt.articleSlug}`, question.cites)}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
