import "server-only";
import { randomUUID } from "node:crypto";
import { MAX_IMPORTED_WAITING } from "@/app/lib/authoring/draft";
import { updateDraft } from "@/app/lib/data/draft-saves";
import { InvalidInputError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import type { TImportLine } from "@/app/lib/exchange/import-common";
import { importGift } from "@/app/lib/exchange/import-gift";
import { importMoodleXml } from "@/app/lib/exchange/import-moodle-xml";

// Questions from another tool's file into a teacher's article (issue 34): read (Moodle XML or
// GIFT), kept in the draft as imported questions to finish, each then opened in the question
// editor — where its citations are picked and its type's checks apply — or dismissed.

const GONE = "That imported question is no longer waiting: it was finished or dismissed.";

/** Moodle XML if the file says so by its name or its first character, GIFT otherwise. */
const isXml = (name: string, text: string) =>
  name.toLowerCase().endsWith(".xml") || text.trimStart().startsWith("<");

/**
 * Reads the file and adds what it can to the draft's imported questions, all or nothing. The
 * report says, question by question, what was imported, mapped or skipped and why.
 */
export async function importQuestions(
  user: TSessionUser,
  articleId: string,
  file: { name: string; text: string },
): Promise<{ added: number; report: TImportLine[] }> {
  const result = isXml(file.name, file.text) ? importMoodleXml(file.text) : importGift(file.text);
  if (!result.ok) throw new InvalidInputError(result.message, "file");
  if (result.questions.length === 0) return { added: 0, report: result.report };
  await updateDraft(user, articleId, ({ draft }) => {
    if (draft.imported.length + result.questions.length > MAX_IMPORTED_WAITING)
      throw new InvalidInputError(
        `${draft.imported.length} imported questions are already waiting; finish or dismiss some before importing ${result.questions.length} more (${MAX_IMPORTED_WAITING} at most).`,
        "file",
      );
    const added = result.questions.map((imported) => ({
      key: randomUUID().replaceAll("-", "").slice(0, 12),
      ...imported,
    }));
    return { draft: { ...draft, imported: [...draft.imported, ...added] }, textChanged: false };
  });
  return { added: result.questions.length, report: result.report };
}

/**
 * Opens an imported question in the editor for a new question, where it is finished and saved
 * like any other; it leaves the imported list. Refused while another new question is being
 * written, so nothing typed there is replaced.
 */
export async function openImported(
  user: TSessionUser,
  articleId: string,
  key: string,
): Promise<void> {
  await updateDraft(user, articleId, ({ draft }) => {
    const imported = draft.imported.find((entry) => entry.key === key);
    if (!imported) throw new InvalidInputError(GONE);
    if (draft.questionDrafts.new)
      throw new InvalidInputError(
        "A new question is already being written (under Write a question). Save it or clear it first, then open this one.",
      );
    return {
      draft: {
        ...draft,
        imported: draft.imported.filter((entry) => entry.key !== key),
        questionDrafts: { ...draft.questionDrafts, new: { seq: 0, question: imported.question } },
      },
      textChanged: false,
    };
  });
}

export async function dismissImported(
  user: TSessionUser,
  articleId: string,
  key: string,
): Promise<void> {
  await updateDraft(user, articleId, ({ draft }) => {
    if (!draft.imported.some((entry) => entry.key === key)) throw new InvalidInputError(GONE);
    return {
      draft: { ...draft, imported: draft.imported.filter((entry) => entry.key !== key) },
      textChanged: false,
    };
  });
}
