"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/app/lib/action";
import { applyTextEdit } from "@/app/lib/authoring/draft";
import { readSubmission } from "@/app/lib/authoring/upload";
import {
  copyArticle,
  createArticle,
  editArticle,
  setArticleShared,
} from "@/app/lib/data/authored-articles";
import {
  ZArticleIdSchema,
  ZArticleShareSchema,
  ZCreateArticleSchema,
  ZProvenanceFormSchema,
  ZTextEditFormSchema,
} from "@/app/lib/schemas/articles";

const articlePath = (articleId: string) => `/teacher/articles/${articleId}`;

export const createArticleAction = defineAction(
  { access: "TEACHER", schema: ZCreateArticleSchema },
  async (input, user) => {
    const created = await createArticle(user, await readSubmission(input));
    revalidatePath("/teacher/articles");
    redirect(articlePath(created.id));
  },
);

export const saveProvenanceAction = defineAction(
  { access: "TEACHER", schema: ZProvenanceFormSchema },
  async ({ articleId, revision, ...provenance }, user) => {
    await editArticle(user, articleId, revision, (draft) => ({ ...draft, provenance }));
    revalidatePath(articlePath(articleId));
    return { ok: true, message: "Saved where the article comes from." };
  },
);

const EDIT_DONE = {
  merge: "Joined the two sentences.",
  split: "Split the sentence in two.",
  replace: "Saved the paragraph.",
  remove: "Removed the paragraph.",
} as const;

export const editArticleTextAction = defineAction(
  { access: "TEACHER", schema: ZTextEditFormSchema },
  async ({ articleId, revision, ...change }, user) => {
    await editArticle(user, articleId, revision, (draft) => applyTextEdit(draft, change));
    revalidatePath(articlePath(articleId));
    return { ok: true, message: EDIT_DONE[change.edit] };
  },
);

export const shareArticleAction = defineAction(
  { access: "TEACHER", schema: ZArticleShareSchema },
  async (input, user) => {
    await setArticleShared(user, input.articleId, input.value);
    revalidatePath(articlePath(input.articleId));
    return {
      ok: true,
      message: input.value
        ? "Shared: every teacher on this server can read it and make their own copy."
        : "No longer shared.",
    };
  },
);

export const copyArticleAction = defineAction(
  { access: "TEACHER", schema: ZArticleIdSchema },
  async (input, user) => {
    const copy = await copyArticle(user, input.articleId);
    revalidatePath("/teacher/articles");
    redirect(articlePath(copy.id));
  },
);
