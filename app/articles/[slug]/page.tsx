import type { Metadata } from "next";
import { getPack } from "@/app/lib/content";
import { getCurrentUser } from "@/app/lib/auth/session";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { orNotFound } from "@/app/lib/not-found";
import { listOpenPracticeAttempts } from "@/app/lib/data/attempt-lists";
import { listStudentAssignments } from "@/app/lib/data/student-assignments";
import { listTeacherClasses } from "@/app/lib/data/classes";
import { getHiddenQuestions, sharesHiddenQuestion } from "@/app/lib/data/feedback";
import { viewerTimeZone } from "@/app/lib/auth/time-zone";
import { ArticleReader } from "@/components/article/article-reader";
import { getReadingSupport } from "@/app/lib/data/reading-support";
import { listOwnAnnotations } from "@/app/lib/data/annotations";
import { QuizList } from "./_components/quiz-list";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ highlight?: string | string[] }>;
};

// The library's titles only: metadata that waited on the session would stream after the page
// (outside its CSP nonce), and a teacher's headline must not reach who may not read it.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const pack = await getPack((await params).slug);
  return { title: pack ? pack.article.title : "Article" };
}

export default async function ArticlePage({ params, searchParams }: TProps) {
  const user = await getCurrentUser();
  const pack = await orNotFound(getReadablePack(user, (await params).slug));
  const [open, assigned, timeZone, classes, hidden, support, annotations] = await Promise.all([
    user ? listOpenPracticeAttempts(user, pack.slug) : new Map<string, string>(),
    // Homework belongs in its assignment: a quiz the student has assigned opens there.
    user?.role === "STUDENT" ? listStudentAssignments(user, { articleSlug: pack.slug }) : [],
    viewerTimeZone(),
    user?.role === "TEACHER" ? listTeacherClasses(user) : [],
    user?.role === "STUDENT" ? getHiddenQuestions(user.id) : new Map<string, Set<string>>(),
    getReadingSupport(user, pack.slug),
    listOwnAnnotations(user, pack.slug),
  ]);
  const practiceClosed = new Set(
    pack.quizzes
      .filter((quiz) => sharesHiddenQuestion(hidden, pack.slug, quiz.questions))
      .map((quiz) => quiz.id),
  );
  return (
    <>
      <ArticleReader
        pack={pack}
        highlight={(await searchParams).highlight}
        readAloud={support.readAloud}
        annotations={
          user?.role === "STUDENT" ? { studentId: user.id, initial: annotations } : undefined
        }
      />
      <QuizList
        pack={pack}
        user={user}
        open={open}
        practiceClosed={practiceClosed}
        assigned={assigned}
        timeZone={timeZone}
        classes={classes.filter((c) => !c.archivedAt)}
      />
    </>
  );
}
