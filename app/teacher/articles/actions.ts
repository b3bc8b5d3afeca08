"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/app/lib/action";
import { publishArticle } from "@/app/lib/data/article-packs";
import { ZQuestionSchema } from "@/app/lib/quiz/kinds";
import { isPackUpload } from "@/app/lib/authoring/limits";
import { readSubmission } from "@/app/lib/authoring/upload";
import { questionErrorsSummary, questionFieldErrors } from "@/app/lib/authoring/question-errors";
import {
  copyArticle,
  createArticle,
  deleteArticle,
  setArticleArchived,
  importArticle,
  setArticleShared,
  tryQuestions,
} from "@/app/lib/data/authored-articles";
import {
  editArticleText,
  removeQuestion,
  saveQuestion,
  saveDraftPart,
  saveQuestionDraft,
  type TPartSave,
} from "@/app/lib/data/draft-saves";
import { acceptDrafts, dismissDraft } from "@/app/lib/data/draft-accepting";
import {
  ZArticleIdSchema,
  ZDraftKeyFormSchema,
  ZDraftKindFormSchema,
  ZArticleSwitchSchema,
  ZCreateArticleSchema,
  ZDraftPartFormSchema,
  ZQuestionDraftFormSchema,
  ZQuestionFormSchema,
  ZQuestionIdFormSchema,
  ZTextEditFormSchema,
  ZTryQuestionsSchema,
  ZImportQuestionsSchema,
  ZImportedKeyFormSchema,
} from "@/app/lib/schemas/articles";
import { dismissImported, importQuestions, openImported } from "@/app/lib/data/question-imports";
import type { TImportLine } from "@/app/lib/exchange/import-common";

const articlePath = (articleId: string) => `/teacher/articles/${articleId}`;

export const createArticleAction = defineAction(
  { access: "TEACHER", schema: ZCreateArticleSchema },
  async (input, user) => {
    const created =
      input.file && isPackUpload(input.file.name)
        ? await importArticle(user, new Uint8Array(await input.file.arrayBuffer()))
        : await createArticle(user, await readSubmission(input));
    revalidatePath("/teacher/articles");
    redirect(articlePath(created.id));
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
    await editArticleText(user, articleId, revision, change);
    revalidatePath(articlePath(articleId));
    return { ok: true, message: EDIT_DONE[change.edit] };
  },
);

/** The editor's autosave: each part's saves are numbered, so a late one never wins. */
export const saveDraftPartAction = defineAction(
  { access: "TEACHER", schema: ZDraftPartFormSchema },
  async ({ articleId, part, seq, revision, content, base }, user) => {
    const saved: TPartSave = await saveDraftPart(user, articleId, part, {
      seq,
      revision,
      value: content,
      base,
    });
    revalidatePath(articlePath(articleId));
    return { ok: true, data: saved };
  },
);

/** Keeps a question's editor as typed until the question is saved (nothing typed is lost). */
export const saveQuestionDraftAction = defineAction(
  { access: "TEACHER", schema: ZQuestionDraftFormSchema },
  async ({ articleId, questionId, seq, revision, question, baseQuestion }, user) => {
    const saved: TPartSave = await saveQuestionDraft(user, articleId, questionId, {
      seq,
      revision,
      value: question,
      base: baseQuestion,
    });
    return { ok: true, data: saved };
  },
);

/**
 * Saves a question from the editor. Its type's schema (the one questions.yaml is checked with)
 * decides, and each of its messages goes back to the field it is about ("options.2.feedback").
 */
export const saveQuestionAction = defineAction(
  { access: "TEACHER", schema: ZQuestionFormSchema },
  async ({ articleId, questionId, question, revision }, user) => {
    let raw: unknown;
    try {
      raw = JSON.parse(question);
    } catch {
      return {
        status: 400,
        message: "The editor sent something unreadable. Reload and try again.",
      };
    }
    const parsed = ZQuestionSchema.safeParse({ ...(raw as object), id: "draft" });
    if (!parsed.success) {
      const errors = questionFieldErrors(parsed.error.issues);
      return { status: 400, message: questionErrorsSummary(errors), errors };
    }
    const saved = await saveQuestion(user, articleId, questionId, parsed.data, revision);
    revalidatePath(articlePath(articleId));
    return { ok: true, message: `Saved question ${saved.id}.`, data: saved };
  },
);

const accepted = (count: number) =>
  count === 1 ? "Accepted 1 draft." : `Accepted ${count} drafts.`;

/** Accepts one of the drafts Debrief made: it becomes an ordinary question or part. */
export const acceptDraftAction = defineAction(
  { access: "TEACHER", schema: ZDraftKeyFormSchema },
  async ({ articleId, key }, user) => {
    const { questionIds } = await acceptDrafts(user, articleId, { key });
    revalidatePath(articlePath(articleId));
    return { ok: true, message: questionIds[0] ? `Accepted as ${questionIds[0]}.` : accepted(1) };
  },
);

/** Accepts a draft and opens it in its editor, for the one field the teacher wants to change. */
export const editDraftAction = defineAction(
  { access: "TEACHER", schema: ZDraftKeyFormSchema },
  async ({ articleId, key }, user) => {
    const { questionIds } = await acceptDrafts(user, articleId, { key });
    revalidatePath(articlePath(articleId));
    const [id] = questionIds;
    const questions = `${articlePath(articleId)}?step=questions`;
    redirect(id ? `${questions}&edit=${id}#question-${id}` : questions);
  },
);

/** Accepts every draft of one kind that passes the checks. */
export const acceptDraftKindAction = defineAction(
  { access: "TEACHER", schema: ZDraftKindFormSchema },
  async ({ articleId, kind, parts }, user) => {
    const { accepted: count } = await acceptDrafts(user, articleId, { kind, parts });
    revalidatePath(articlePath(articleId));
    return { ok: true, message: accepted(count) };
  },
);

export const dismissDraftAction = defineAction(
  { access: "TEACHER", schema: ZDraftKeyFormSchema },
  async ({ articleId, key }, user) => {
    await dismissDraft(user, articleId, key);
    revalidatePath(articlePath(articleId));
    return { ok: true, message: "Dismissed. It will not be offered again." };
  },
);

export const removeQuestionAction = defineAction(
  { access: "TEACHER", schema: ZQuestionIdFormSchema },
  async ({ articleId, questionId }, user) => {
    await removeQuestion(user, articleId, questionId);
    revalidatePath(articlePath(articleId));
    return { ok: true, message: `Removed question ${questionId}.` };
  },
);

export const publishArticleAction = defineAction(
  { access: "TEACHER", schema: ZArticleIdSchema },
  async ({ articleId }, user) => {
    const published = await publishArticle(user, articleId);
    revalidatePath(articlePath(articleId));
    return {
      ok: true,
      message: `Published version ${published.number}. Assign it to a class below.`,
    };
  },
);

export const shareArticleAction = defineAction(
  { access: "TEACHER", schema: ZArticleSwitchSchema },
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

/** Deletes an article never assigned; the list says so, since its page is gone. */
export const deleteArticleAction = defineAction(
  { access: "TEACHER", schema: ZArticleIdSchema },
  async ({ articleId }, user) => {
    await deleteArticle(user, articleId);
    revalidatePath("/teacher/articles");
    redirect("/teacher/articles?deleted=1");
  },
);

export const archiveArticleAction = defineAction(
  { access: "TEACHER", schema: ZArticleSwitchSchema },
  async ({ articleId, value }, user) => {
    await setArticleArchived(user, articleId, value);
    revalidatePath("/teacher/articles");
    revalidatePath(articlePath(articleId));
    return {
      ok: true,
      message: value
        ? "Archived: it is out of your list and cannot be assigned again; classes that have it keep it."
        : "Restored: it is back in your list and can be assigned.",
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

/** Marks the preview's answers as a student's review would; nothing is saved. */
export const tryQuestionsAction = defineAction(
  { access: "TEACHER", schema: ZTryQuestionsSchema },
  async ({ articleId, answers }, user) => ({
    ok: true,
    data: await tryQuestions(user, articleId, answers),
  }),
);

/** Reads a Moodle XML or GIFT file into questions to finish, with a report on each. */
export const importQuestionsAction = defineAction<
  "TEACHER",
  typeof ZImportQuestionsSchema,
  { report: TImportLine[] }
>({ access: "TEACHER", schema: ZImportQuestionsSchema }, async ({ articleId, file }, user) => {
  const { added, report } = await importQuestions(user, articleId, {
    name: file.name,
    text: await file.text(),
  });
  revalidatePath(articlePath(articleId));
  return {
    ok: added > 0,
    message:
      added === 0
        ? "Nothing in that file could be imported: the report below says why."
        : `${added === 1 ? "1 question is" : `${added} questions are`} waiting below, to open and finish: pick the sentences each cites.`,
    data: { report },
  };
});

/** Opens an imported question in the editor for a new question. */
export const openImportedAction = defineAction(
  { access: "TEACHER", schema: ZImportedKeyFormSchema },
  async ({ articleId, key }, user) => {
    await openImported(user, articleId, key);
    revalidatePath(articlePath(articleId));
    redirect(`${articlePath(articleId)}?step=questions&edit=imported-${key}#new-question-heading`);
  },
);

export const dismissImportedAction = defineAction(
  { access: "TEACHER", schema: ZImportedKeyFormSchema },
  async ({ articleId, key }, user) => {
    await dismissImported(user, articleId, key);
    revalidatePath(articlePath(articleId));
    return { ok: true, message: "Dismissed the imported question." };
  },
);
