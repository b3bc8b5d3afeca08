import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/app/lib/auth/session";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { orNotFound } from "@/app/lib/not-found";
import { previewQuestions } from "@/app/lib/quiz/public";
import { QuizPreview } from "@/components/quiz/quiz-preview";

export const metadata: Metadata = { title: "Quiz preview" };

type TProps = { params: Promise<{ slug: string; quizId: string }> };

/** A teacher sees a quiz as students will, before assigning it; nothing is saved. */
export default async function QuizPreviewPage({ params }: TProps) {
  const user = await requireUser("TEACHER");
  const { slug, quizId } = await params;
  const pack = await orNotFound(getReadablePack(user, slug));
  const quiz = pack.quizzes.find((q) => q.id === quizId);
  if (!quiz) notFound();
  const questions = previewQuestions(quiz.questions, pack.questions, quiz);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/articles/${slug}`}>← The article</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{quiz.title}</h1>
      <p className="text-muted mt-1">
        Preview: this is what students see. Try the questions; nothing here is saved or scored.
      </p>
      <QuizPreview questions={questions} sentences={[...pack.sentences.values()]} />
    </div>
  );
}
