import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/app/lib/auth/session";
import { NewArticleForm } from "./_components/new-article-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireUser("TEACHER");
  return (
    <div className="max-w-2xl">
      <p>
        <Link href="/teacher/articles">← Articles</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">New article</h1>
      <p className="text-muted mt-2">
        Upload the article as a saved web page (in your browser: File → Save page as…, “Web page,
        HTML only” or, on a Chromebook, “Webpage, Single File”), or paste its text with one
        paragraph per line. Debrief keeps the story and leaves out menus, ads, captions and links to
        other stories; you check the result on the next page.
      </p>
      <NewArticleForm />
    </div>
  );
}
