"use client";

import Form from "next/form";
import { Button } from "@/components/ui/button";

type TChoice = { slug: string; title: string; source: "library" | "mine" | "shared" };

const GROUPS = [
  { source: "mine", label: "My articles" },
  { source: "shared", label: "Shared by other teachers" },
  { source: "library", label: "Library" },
] as const;

/**
 * Which article the new assignment is about. Choosing one reloads the form with its quizzes and
 * questions (a GET form, so it works before the page's script has loaded too).
 */
export function ArticlePicker({
  action,
  articles,
  current,
}: {
  action: string;
  articles: TChoice[];
  current: string;
}) {
  return (
    <Form action={action} className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <label htmlFor="article-picker" className="block font-semibold">
          Article
        </label>
        <select
          id="article-picker"
          name="article"
          defaultValue={current}
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
          className="border-line bg-card text-ink mt-1 block w-full rounded-md border px-3 py-2 text-base"
        >
          {GROUPS.map((group) => {
            const inGroup = articles.filter((article) => article.source === group.source);
            return inGroup.length === 0 ? null : (
              <optgroup key={group.source} label={group.label}>
                {inGroup.map((article) => (
                  <option key={article.slug} value={article.slug}>
                    {article.title}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Use this article
      </Button>
    </Form>
  );
}
