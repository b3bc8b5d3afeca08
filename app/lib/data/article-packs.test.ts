import { describe, expect, it } from "vitest";
import {
  createAssignment,
  getAssignmentForTeacher,
  moveAssignmentToLatestVersion,
  newerVersionFor,
} from "@/app/lib/data/assignments";
import {
  getAssignedPack,
  getReadablePack,
  listAssignablePacks,
  publishArticle,
} from "@/app/lib/data/article-packs";
import { getAnsweredWarnings } from "@/app/lib/data/article-analysis";
import { getAttempt, saveAnswer, submitAttempt } from "@/app/lib/data/attempts";
import { startAssignmentAttempt } from "@/app/lib/data/attempt-start";
import {
  createArticle,
  deleteArticle,
  getArticleForEditing,
  listArticles,
  setArticleArchived,
  setArticleShared,
} from "@/app/lib/data/authored-articles";
import { listClassAssignments } from "@/app/lib/data/assignments";
import { editArticleText, saveDraftPart, saveQuestion } from "@/app/lib/data/draft-saves";
import { ConflictError, InvalidInputError, NotFoundError } from "@/app/lib/data/errors";
import { removeStudentFromClass } from "@/app/lib/data/classes";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";

const question = {
  id: "new",
  type: "truefalse" as const,
  prompt: "The council voted to keep the library open on Sundays.",
  skill: "recall" as const,
  difficulty: 1,
  points: 1,
  explanation: "p1.s1 says so.",
  cites: ["p1.s1"],
  correct: true,
  wrong: { misconception: "misreads-the-vote", feedback: "Read p1.s1 again." },
};

/** A teacher's draft that passes every check. */
async function completeArticle() {
  const teacher = await makeTeacher();
  const { id } = await createArticle(teacher, {
    provenance: {
      title: "Library stays open",
      byline: "",
      publisher: "Riverside Ledger",
      publishedOn: "2026-11-20",
      url: "",
    },
    paragraphs: [
      "The council voted to keep the library open on Sundays. Officials said so. The U.S. Steel agreed.",
    ],
  });
  await saveDraftPart(teacher, id, "whatHappened", {
    seq: 1,
    revision: 0,
    value: {
      standard:
        "The town council voted to keep the library open on Sundays, ending a month of argument about the budget.",
      simpler: "The town will keep the library open on Sundays.",
      cites: ["p1.s1"],
    },
    base: { standard: "", simpler: "", cites: [] },
  });
  await saveQuestion(teacher, id, "new", question, 0);
  return { teacher, id };
}

/** Assigns a published article's one quiz to a class of the teacher's (a new one unless given). */
async function assignAll(
  teacher: Awaited<ReturnType<typeof makeTeacher>>,
  slug: string,
  klass?: { id: string },
) {
  const target = klass ?? (await makeClass(teacher));
  await createAssignment(
    teacher,
    target.id,
    assignmentInput({ articleSlug: slug, quizId: "all-questions" }),
  );
  return target;
}

describe("published articles", () => {
  it("are refused while the checks find a problem, and once nothing changed", async () => {
    const teacher = await makeTeacher();
    const { id } = await createArticle(teacher, {
      provenance: { title: "T", byline: "", publisher: "", publishedOn: "", url: "" },
      paragraphs: ["One sentence."],
    });
    await expect(publishArticle(teacher, id)).rejects.toThrow(/Fix the \d+ problems/);
    const complete = await completeArticle();
    expect(await publishArticle(complete.teacher, complete.id)).toMatchObject({ number: 1 });
    await expect(publishArticle(complete.teacher, complete.id)).rejects.toThrow(
      "Nothing has changed since version 1 was published.",
    );
  });

  it("are read by their author, by teachers while shared, and by students only through an assignment", async () => {
    const { teacher, id } = await completeArticle();
    const { slug } = await publishArticle(teacher, id);
    const other = await makeTeacher();
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    expect((await getReadablePack(teacher, slug)).article.title).toBe("Library stays open");
    await expect(getReadablePack(other, slug)).rejects.toThrow(NotFoundError);
    await expect(getReadablePack(student, slug)).rejects.toThrow(NotFoundError);
    await expect(getReadablePack(null, slug)).rejects.toThrow(NotFoundError);
    // Another teacher can neither assign it nor see it offered.
    const otherClass = await makeClass(other);
    await expect(
      createAssignment(
        other,
        otherClass.id,
        assignmentInput({ articleSlug: slug, quizId: "all-questions" }),
      ),
    ).rejects.toThrow(InvalidInputError);
    expect((await listAssignablePacks(other)).map((p) => p.slug)).not.toContain(slug);

    await createAssignment(
      teacher,
      klass.id,
      assignmentInput({ articleSlug: slug, quizId: "all-questions" }),
    );
    expect((await getReadablePack(student, slug)).slug).toBe(slug);
    await removeStudentFromClass(teacher, klass.id, student.id);
    await expect(getReadablePack(student, slug)).rejects.toThrow(NotFoundError);

    await setArticleShared(teacher, id, true);
    expect((await getReadablePack(other, slug)).slug).toBe(slug);
    expect((await listAssignablePacks(other)).map((p) => p.slug)).toContain(slug);
  });

  it("keep their sentence ids through later edits, and an attempt keeps the version it was taken on", async () => {
    const { teacher, id } = await completeArticle();
    const { slug } = await publishArticle(teacher, id);
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    const { id: assignmentId } = await createAssignment(
      teacher,
      klass.id,
      assignmentInput({ articleSlug: slug, quizId: "all-questions" }),
    );
    const first = await startAssignmentAttempt(student, assignmentId);
    const v1 = (await getAssignedPack({ articleSlug: slug, articleVersion: 1 }))!.version;

    await editArticleText(teacher, id, 0, { edit: "merge", sentenceId: "p1.s3" });
    expect(await publishArticle(teacher, id)).toMatchObject({ number: 2 });
    const v2 = (await getAssignedPack({ articleSlug: slug, articleVersion: 2 }))!;
    expect(v2.version).not.toBe(v1);
    // After publication a join drops the second id instead of renumbering.
    expect([...v2.sentences.keys()]).toEqual(["p1.s1", "p1.s2", "p1.s3"]);
    expect(v2.sentences.get("p1.s3")?.text).toBe("The U.S. Steel agreed.");
    // The attempt started on version 1 still reviews against version 1's sentences.
    const { snapshot, articleVersion } = await getAttempt(student, first.id);
    expect(snapshot.sentences.map((s) => s.id)).toEqual(["p1.s1", "p1.s2", "p1.s3", "p1.s4"]);
    // …and its teacher sees which version that was.
    expect(articleVersion).toBe(1);
    expect((await getAttempt(teacher, first.id)).articleVersion).toBe(1);
    const second = await startAssignmentAttempt(student, assignmentId).catch(() => undefined);
    expect(second?.id).toBe(first.id); // still open: one attempt at a time
  });
});

describe("an article's status, deleting and archiving", () => {
  it("says what is true: published, which version, in how many classes, and unpublished changes", async () => {
    const { teacher, id } = await completeArticle();
    expect(await getArticleForEditing(teacher, id, { withChanges: true })).toMatchObject({
      latestVersion: null,
      assignedClasses: 0,
    });
    const { slug } = await publishArticle(teacher, id);
    const klass = await assignAll(teacher, slug);
    expect(await getArticleForEditing(teacher, id, { withChanges: true })).toMatchObject({
      latestVersion: 1,
      assignedClasses: 1,
      unpublishedChanges: false,
    });
    await saveQuestion(teacher, id, "new", { ...question, prompt: "Was it Sundays?" }, 0);
    expect(await getArticleForEditing(teacher, id, { withChanges: true })).toMatchObject({
      unpublishedChanges: true,
    });
    const { mine } = await listArticles(teacher);
    expect(mine.find((item) => item.id === id)).toMatchObject({
      latestVersion: 1,
      assignedClasses: 1,
    });
    // Each class's list names the article.
    expect((await listClassAssignments(teacher, klass.id))[0]).toMatchObject({
      articleTitle: "Library stays open",
    });
  });

  it("deletes an article never assigned, with its versions; refuses one a class has, and only its author may", async () => {
    const { teacher, id } = await completeArticle();
    await publishArticle(teacher, id);
    const other = await makeTeacher();
    await expect(deleteArticle(other, id)).rejects.toThrow(NotFoundError);
    await deleteArticle(teacher, id);
    await expect(getArticleForEditing(teacher, id)).rejects.toThrow(NotFoundError);

    const assigned = await completeArticle();
    const { slug } = await publishArticle(assigned.teacher, assigned.id);
    await assignAll(assigned.teacher, slug);
    await expect(deleteArticle(assigned.teacher, assigned.id)).rejects.toThrow(ConflictError);
    expect((await getAssignedPack({ articleSlug: slug, articleVersion: 1 }))?.slug).toBe(slug);
  });

  it("archived: out of the author's list and of what can be assigned; its classes keep it", async () => {
    const { teacher, id } = await completeArticle();
    const { slug } = await publishArticle(teacher, id);
    const klass = await assignAll(teacher, slug);
    await expect(setArticleArchived(await makeTeacher(), id, true)).rejects.toThrow(NotFoundError);
    await setArticleArchived(teacher, id, true);
    const lists = await listArticles(teacher);
    expect(lists.mine.map((item) => item.id)).not.toContain(id);
    expect(lists.archived.map((item) => item.id)).toContain(id);
    expect((await listAssignablePacks(teacher)).map((p) => p.slug)).not.toContain(slug);
    await expect(
      createAssignment(
        teacher,
        klass.id,
        assignmentInput({ articleSlug: slug, quizId: "all-questions" }),
      ),
    ).rejects.toThrow(/archived/);
    expect((await getAssignedPack({ articleSlug: slug, articleVersion: 1 }))?.slug).toBe(slug);
    await setArticleArchived(teacher, id, false);
    expect((await listAssignablePacks(teacher)).map((p) => p.slug)).toContain(slug);
  });
});

describe("an assignment is pinned to the version it was made with", () => {
  it("a version published after un-sharing never reaches a colleague's class; the author's own moves only when moved", async () => {
    const { teacher: author, id } = await completeArticle();
    const { slug } = await publishArticle(author, id);
    await setArticleShared(author, id, true);
    const colleague = await makeTeacher();
    const theirClass = await makeClass(colleague);
    const theirStudent = await makeStudent(theirClass.id);
    const input = assignmentInput({ articleSlug: slug, quizId: "all-questions" });
    const { id: theirs } = await createAssignment(colleague, theirClass.id, input);
    const ownClass = await makeClass(author);
    const ownStudent = await makeStudent(ownClass.id);
    const { id: own } = await createAssignment(author, ownClass.id, input);

    await setArticleShared(author, id, false);
    await editArticleText(author, id, 0, { edit: "merge", sentenceId: "p1.s3" });
    expect(await publishArticle(author, id)).toMatchObject({ number: 2 });

    // The colleague's students get version 1: the attempt, the article they read, its review.
    const attempt = await startAssignmentAttempt(theirStudent, theirs);
    expect((await getAttempt(theirStudent, attempt.id)).articleVersion).toBe(1);
    expect((await getReadablePack(theirStudent, slug)).sentences.size).toBe(4);
    // Moving is offered only while the colleague may read the article: not now.
    const theirRow = await getAssignmentForTeacher(colleague, theirs);
    expect(await newerVersionFor(colleague, theirRow)).toBeNull();
    await expect(moveAssignmentToLatestVersion(colleague, theirs)).rejects.toThrow(ConflictError);
    expect((await getAssignmentForTeacher(colleague, theirs)).articleVersion).toBe(1);

    // The author's own assignment stays on 1 until the author moves it.
    expect((await getReadablePack(ownStudent, slug)).sentences.size).toBe(4);
    expect(await newerVersionFor(author, await getAssignmentForTeacher(author, own))).toBe(2);
    expect(await moveAssignmentToLatestVersion(author, own)).toBe(2);
    const moved = await startAssignmentAttempt(ownStudent, own);
    expect((await getAttempt(ownStudent, moved.id)).articleVersion).toBe(2);
    expect((await getReadablePack(ownStudent, slug)).sentences.size).toBe(3);
    await expect(moveAssignmentToLatestVersion(author, own)).rejects.toThrow(ConflictError);
  });
});

describe("warnings from students' answers", () => {
  it("appear once five students have answered in the author's classes, and only for the author", async () => {
    const { teacher, id } = await completeArticle();
    const { slug } = await publishArticle(teacher, id);
    const klass = await makeClass(teacher);
    const { id: assignmentId } = await createAssignment(
      teacher,
      klass.id,
      assignmentInput({ articleSlug: slug, quizId: "all-questions" }),
    );
    const questions = [{ id: "q1", points: 1 }];
    for (let n = 1; n <= 5; n += 1) {
      expect(await getAnsweredWarnings(teacher, id, questions)).toEqual([]);
      const student = await makeStudent(klass.id);
      const attempt = await startAssignmentAttempt(student, assignmentId);
      await saveAnswer(student, attempt.id, { questionId: "q1", seq: 1, answer: { value: true } });
      await submitAttempt(student, attempt.id);
    }
    expect(await getAnsweredWarnings(teacher, id, questions)).toEqual([
      {
        questionId: "q1",
        message:
          "q1: almost everyone got it right (facility 100%, over 5 answers), so it tells you little. Make its wrong options more tempting.",
      },
    ]);
    expect(await getAnsweredWarnings(await makeTeacher(), id, questions)).toEqual([]);
  });
});
