import type { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  RENAMES_KEPT,
  type AUTOSAVED_PARTS,
  type TAutosavedPart,
  type TUnsavedQuestion,
} from "@/app/lib/authoring/draft";
import { readSubmission } from "@/app/lib/authoring/upload";
import {
  createArticle,
  getArticleForEditing,
  listArticles,
} from "@/app/lib/data/authored-articles";
import {
  editArticleText,
  removeQuestion,
  saveDraftPart,
  saveQuestion,
  saveQuestionDraft,
} from "@/app/lib/data/draft-saves";
import { ConflictError, InvalidInputError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { makeTeacher } from "@/test-support/factories";

const provenance = {
  title: "Library stays open",
  byline: "",
  publisher: "Riverside Ledger",
  publishedOn: "2026-11-20",
  url: "",
};

async function article() {
  const teacher = await makeTeacher();
  const { id } = await createArticle(teacher, {
    provenance,
    paragraphs: ["Officials said so. The U.S. Steel agreed.", "Visits rose by 40 percent."],
  });
  return { teacher, id };
}

/** "What happened" as a new draft has it: what the first save of it starts from. */
const BLANK = { standard: "", simpler: "", cites: [] };

const part = (standard: string, cites: string[] = ["p1.s1"]) => ({
  standard,
  simpler: "Short.",
  cites,
});

/** An autosave as the editor sends it: numbered, against `base`, in the text of `revision`. */
const savePart = <P extends TAutosavedPart>(
  user: TSessionUser,
  articleId: string,
  which: P,
  seq: number,
  value: z.output<(typeof AUTOSAVED_PARTS)[P]>,
  base: z.output<(typeof AUTOSAVED_PARTS)[P]>,
  revision = 0,
) => saveDraftPart(user, articleId, which, { seq, value, base, revision });

const saveQuestionTyped = (
  user: TSessionUser,
  articleId: string,
  questionId: string,
  seq: number,
  value: TUnsavedQuestion,
  base: TUnsavedQuestion,
  revision = 0,
) => saveQuestionDraft(user, articleId, questionId, { seq, value, base, revision });

describe("authored article drafts", () => {
  it("refuses a submission with no text, and saves nothing", async () => {
    const teacher = await makeTeacher();
    await expect(createArticle(teacher, { provenance, paragraphs: [] })).rejects.toThrow(
      InvalidInputError,
    );
  });

  it("a page nothing can be read from is a clear message that offers pasting the text, never an error", async () => {
    const teacher = await makeTeacher();
    for (const html of [
      '<html class="newsletter-module"><body><nav>Menu</nav></body></html>',
      "<<<>>>",
    ]) {
      const file = new File([html], "saved-page.html", { type: "text/html" });
      await expect(
        readSubmission({ text: "", file }).then((extracted) => createArticle(teacher, extracted)),
      ).rejects.toThrow(/We found no article text there\. Paste the article's text/);
    }
    expect((await listArticles(teacher)).mine).toEqual([]);
  });

  it("keeps the newest autosave of a part when an older one arrives late", async () => {
    const { teacher, id } = await article();
    expect(await savePart(teacher, id, "whatHappened", 2, part("Second."), BLANK)).toEqual({
      revision: 0,
      status: "saved",
      seq: 2,
    });
    expect(await savePart(teacher, id, "whatHappened", 1, part("First."), BLANK)).toEqual({
      revision: 0,
      status: "stale",
      seq: 2,
    });
    const { draft } = await getArticleForEditing(teacher, id);
    expect(draft.whatHappened.standard).toBe("Second.");
  });

  it("two windows: a save from an older copy keeps the other window's fields, and says what is stored", async () => {
    // Both windows opened the provenance as created; A saves the headline, then B the byline.
    const { teacher, id } = await article();
    const tabA = { ...provenance, title: "Headline from A" };
    const tabB = { ...provenance, byline: "Byline from B" };
    expect(await savePart(teacher, id, "provenance", 1, tabA, provenance)).toEqual({
      revision: 0,
      status: "saved",
      seq: 1,
    });
    // B numbered its save 1 too: told it is stale, it sends again above A's number.
    expect(await savePart(teacher, id, "provenance", 1, tabB, provenance)).toEqual({
      revision: 0,
      status: "stale",
      seq: 1,
    });
    const both = { ...provenance, title: "Headline from A", byline: "Byline from B" };
    expect(await savePart(teacher, id, "provenance", 2, tabB, provenance)).toEqual({
      revision: 0,
      status: "saved",
      seq: 2,
      merged: both,
    });
    expect((await getArticleForEditing(teacher, id)).draft.provenance).toEqual(both);
  });

  it("two windows changing the same field: nothing is written, and the conflict names the field", async () => {
    const { teacher, id } = await article();
    const tabA = { ...provenance, title: "From A" };
    await savePart(teacher, id, "provenance", 1, tabA, provenance);
    expect(
      await savePart(teacher, id, "provenance", 2, { ...provenance, title: "From B" }, provenance),
    ).toEqual({
      revision: 0,
      status: "conflict",
      seq: 1,
      theirs: tabA,
      mine: { ...provenance, title: "From B" },
      fields: ["title"],
    });
    expect((await getArticleForEditing(teacher, id)).draft.provenance).toEqual(tabA);
    // Choosing to keep B's: sent again from what is stored, it is saved.
    expect(
      await savePart(teacher, id, "provenance", 2, { ...provenance, title: "From B" }, tabA),
    ).toEqual({ revision: 0, status: "saved", seq: 2 });
  });

  it("refuses citations of sentences the draft does not have", async () => {
    const { teacher, id } = await article();
    await expect(
      savePart(teacher, id, "whatHappened", 1, part("Text.", ["p9.s9"]), BLANK),
    ).rejects.toThrow("There is no sentence p9.s9");
    expect((await getArticleForEditing(teacher, id)).draft.seqs).toEqual({});
  });

  it("loses no save when saves of different parts race, and carries citations through a join", async () => {
    const { teacher, id } = await article();
    await Promise.all([
      savePart(teacher, id, "whatHappened", 1, part("Typed.", ["p1.s2", "p1.s3"]), BLANK),
      savePart(
        teacher,
        id,
        "provenance",
        1,
        { ...provenance, byline: "Dana Whitfield" },
        provenance,
      ),
      editArticleText(teacher, id, 0, { edit: "merge", sentenceId: "p1.s2" }),
    ]);
    const { draft, revision } = await getArticleForEditing(teacher, id);
    expect(revision).toBe(1);
    expect(draft.provenance.byline).toBe("Dana Whitfield");
    expect(draft.whatHappened.standard).toBe("Typed.");
    // Saved before or after the join, the citation ends up on the joined sentence.
    expect(draft.paragraphs[0]!.sentences.map((s) => s.text)).toEqual([
      "Officials said so.",
      "The U.S. Steel agreed.",
    ]);
  });

  it("a save from a window that still shows the text before a join cites the joined sentence, and says so", async () => {
    const { teacher, id } = await article();
    await editArticleText(teacher, id, 0, { edit: "merge", sentenceId: "p1.s1" });
    // The other window's ids: p1.s2 was "The U.S.", p2.s1 the second paragraph's sentence.
    expect(
      await savePart(teacher, id, "whatHappened", 1, part("Typed.", ["p1.s2", "p2.s1"]), BLANK, 0),
    ).toEqual({
      status: "saved",
      seq: 1,
      revision: 1,
      merged: part("Typed.", ["p1.s1", "p2.s1"]),
    });
    expect((await getArticleForEditing(teacher, id)).draft.whatHappened.cites).toEqual([
      "p1.s1",
      "p2.s1",
    ]);
    // A question saved from that window too.
    await saveQuestion(
      teacher,
      id,
      "new",
      {
        id: "new",
        type: "truefalse",
        prompt: "The U.S. agreed.",
        skill: "recall",
        difficulty: 1,
        points: 1,
        explanation: "It says so.",
        cites: ["p1.s2"],
        correct: true,
        wrong: { misconception: "misreads", feedback: "Read the first paragraph again." },
      },
      0,
    );
    expect((await getArticleForEditing(teacher, id)).draft.questions[0]!.cites).toEqual(["p1.s1"]);
  });

  it("refuses a save citing the text of a revision the draft cannot trace any more, and keeps what is stored", async () => {
    const { teacher, id } = await article();
    for (let revision = 0; revision <= RENAMES_KEPT; revision += 1)
      await editArticleText(teacher, id, revision, {
        edit: "replace",
        paragraphId: "p2",
        text: "Visits rose by 40 percent.",
      });
    await expect(
      savePart(teacher, id, "whatHappened", 1, part("Typed.", ["p1.s1"]), BLANK, 0),
    ).rejects.toThrow(/Copy what you typed, reload the page/);
    // Citing nothing, it is saved: there is nothing to trace.
    expect(
      await savePart(teacher, id, "provenance", 1, { ...provenance, byline: "A" }, provenance, 0),
    ).toEqual({ status: "saved", seq: 1, revision: RENAMES_KEPT + 1 });
    expect((await getArticleForEditing(teacher, id)).draft.whatHappened).toEqual(BLANK);
  });

  it("refuses a join made on text that has changed since the editor showed it", async () => {
    const { teacher, id } = await article();
    await editArticleText(teacher, id, 0, { edit: "merge", sentenceId: "p1.s2" });
    await expect(
      editArticleText(teacher, id, 0, { edit: "merge", sentenceId: "p1.s1" }),
    ).rejects.toThrow(ConflictError);
    expect((await getArticleForEditing(teacher, id)).draft.paragraphs[0]!.sentences).toHaveLength(
      2,
    );
  });

  it("keeps a question's editor as typed, incomplete or not, until the question is saved or removed", async () => {
    const { teacher, id } = await article();
    const typed = {
      type: "truefalse" as const,
      prompt: "The vote",
      skill: "recall",
      difficulty: 1,
      points: 1,
      explanation: "",
      cites: [],
      correct: true,
    };
    expect(await saveQuestionTyped(teacher, id, "new", 3, typed, typed)).toEqual({
      revision: 0,
      status: "saved",
      seq: 3,
    });
    expect(
      await saveQuestionTyped(teacher, id, "new", 2, { ...typed, prompt: "Older" }, typed),
    ).toEqual({
      revision: 0,
      status: "stale",
      seq: 3,
    });
    await expect(saveQuestionTyped(teacher, id, "q7", 1, typed, typed)).rejects.toThrow(
      "There is no question q7 in this article any more.",
    );
    expect((await getArticleForEditing(teacher, id)).draft.questionDrafts).toEqual({
      new: { seq: 3, question: typed },
    });

    const complete = {
      ...typed,
      id: "new",
      skill: "recall" as const,
      prompt: "The council voted to keep the library open.",
      explanation: "p1.s1.",
      cites: ["p1.s1"],
      wrong: { misconception: "misreads", feedback: "Read p1.s1." },
    };
    await saveQuestion(teacher, id, "new", complete, 0);
    const saved = { ...complete, id: "q1" };
    // Two windows on q1: one rewords the prompt, the other (from the saved question) the
    // explanation; both are kept, and the second is told what is stored.
    expect(
      await saveQuestionTyped(teacher, id, "q1", 1, { ...saved, prompt: "Reworded" }, saved),
    ).toEqual({ revision: 0, status: "saved", seq: 1 });
    expect(
      await saveQuestionTyped(teacher, id, "q1", 2, { ...saved, explanation: "See p1.s1." }, saved),
    ).toEqual({
      revision: 0,
      status: "saved",
      seq: 2,
      merged: { ...saved, prompt: "Reworded", explanation: "See p1.s1." },
    });
    // The same field from both: nothing written, the conflict named.
    expect(
      await saveQuestionTyped(teacher, id, "q1", 3, { ...saved, prompt: "Other words" }, saved),
    ).toEqual({
      revision: 0,
      status: "conflict",
      seq: 2,
      theirs: { ...saved, prompt: "Reworded", explanation: "See p1.s1." },
      mine: { ...saved, prompt: "Other words" },
      fields: ["prompt"],
    });
    expect(Object.keys((await getArticleForEditing(teacher, id)).draft.questionDrafts)).toEqual([
      "q1",
    ]);
    await removeQuestion(teacher, id, "q1");
    expect((await getArticleForEditing(teacher, id)).draft.questionDrafts).toEqual({});
  });
});
