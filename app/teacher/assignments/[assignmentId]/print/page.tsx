import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/lib/auth/session";
import { getAssignedPack } from "@/app/lib/data/article-packs";
import { getAssignmentForTeacher } from "@/app/lib/data/assignments";
import { orNotFound } from "@/app/lib/not-found";
import { keyEntry, sentenceNumbers } from "@/app/lib/content/handout";
import { previewQuestions } from "@/app/lib/quiz/public";
import { isReadingLevel, LEVEL_NAMES } from "@/app/lib/reading/support";
import { PrintedQuestion } from "@/components/quiz/print/printed-question";
import { PrintButton } from "./_components/print-button";

export const metadata: Metadata = { title: "Handout" };

type TProps = {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ level?: string; key?: string }>;
};

/**
 * A printed handout of an assignment (issue 32): the article with numbered sentences, what
 * happened at the chosen level, and the questions; or the teacher's key. The print stylesheet
 * leaves out the site's header and footer and starts each part on a new page.
 */
export default async function HandoutPage({ params, searchParams }: TProps) {
  const user = await requireUser("TEACHER");
  const { assignmentId } = await params;
  const { level: asked, key } = await searchParams;
  const assignment = await orNotFound(getAssignmentForTeacher(user, assignmentId));
  const pack = await getAssignedPack(assignment);
  if (!pack) notFound();
  const level = isReadingLevel(asked) ? asked : "standard";
  const numbers = sentenceNumbers(pack);
  const questions = previewQuestions(assignment.questionIds, pack.questions);
  const isKey = key === "1";

  return (
    <div className="handout mx-auto max-w-3xl">
      <p className="print:hidden">
        <Link href={`/teacher/assignments/${assignmentId}`}>← The assignment</Link>
      </p>
      <div className="mt-3 flex flex-wrap gap-3 print:hidden">
        <PrintButton />
        <p className="text-muted self-center text-sm">
          A4 or Letter: choose the paper in the print dialog.
        </p>
      </div>
      <h1 className="mt-4 text-2xl font-bold">
        {assignment.title}
        {isKey && <span className="block text-lg font-normal">Teacher&apos;s key</span>}
      </h1>
      {!isKey && <p className="mt-2">Name: ______________________________ Date: ______________</p>}

      {isKey ? (
        <section aria-labelledby="key-heading" className="mt-6">
          <h2 id="key-heading" className="text-xl font-semibold">
            Answers
          </h2>
          <ol className="mt-3 space-y-4">
            {questions.map((shown, index) => {
              const question = pack.questions.get(shown.id);
              if (!question) return null;
              const entry = keyEntry(question, pack, numbers);
              return (
                <li key={shown.id} className="break-inside-avoid">
                  <p className="font-semibold">
                    {index + 1}. {shown.prompt}
                  </p>
                  <p>Answer: {entry.answer}</p>
                  <p>Why: {entry.explanation}</p>
                  {entry.sentences.length > 0 && (
                    <p>
                      In the article: sentence{entry.sentences.length > 1 ? "s" : ""}{" "}
                      {entry.sentences.join(", ")}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ) : (
        <>
          <section aria-labelledby="article-heading" className="mt-6">
            <h2 id="article-heading" className="text-xl font-semibold">
              The article: {pack.article.title}
            </h2>
            <p className="text-sm">
              {pack.article.dateContext} · Source: {pack.article.source.provenance}. Each sentence
              has its number, for the questions.
            </p>
            <div className="mt-3 space-y-3 leading-relaxed">
              {pack.article.paragraphs.map((paragraph) => (
                <p key={paragraph.id}>
                  {paragraph.sentences.map((sentence) => (
                    <span key={sentence.id}>
                      <sup className="font-semibold">{numbers.get(sentence.id)}</sup>
                      {sentence.text}{" "}
                    </span>
                  ))}
                </p>
              ))}
            </div>
          </section>
          <section aria-labelledby="summary-heading" className="handout-part mt-8">
            <h2 id="summary-heading" className="text-xl font-semibold">
              What happened ({LEVEL_NAMES[level].toLowerCase()} level)
            </h2>
            <div className="mt-2 space-y-2">
              {pack.explainer.whatHappened[level].map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </section>
          <section aria-labelledby="questions-heading" className="handout-part mt-8">
            <h2 id="questions-heading" className="text-xl font-semibold">
              Questions
            </h2>
            <div className="mt-3 space-y-6">
              {questions.map((question, index) => (
                <PrintedQuestion key={question.id} question={question} number={index + 1} />
              ))}
            </div>
          </section>
        </>
      )}
    </div>
  );
}
