import { describe, expect, it } from "vitest";
import { getPack } from "@/app/lib/content";
import {
  annotationInput,
  assignmentInput,
  makeClass,
  makeStudent,
  makeTeacher,
} from "@/test-support/factories";
import { createAssignment } from "./assignments";
import {
  countAnnotations,
  listOwnAnnotations,
  listStudentAnnotations,
  saveAnnotation,
} from "./annotations";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "./errors";

const ARTICLE = "kim-putin-arms-talks";

async function sentenceText(id: string) {
  const text = (await getPack(ARTICLE))?.sentences.get(id)?.text;
  if (!text) throw new Error(`no sentence ${id}`);
  return text;
}

describe("a student's highlights and notes", () => {
  it("stores a highlight of words inside a sentence with those words, and shows it only to its student", async () => {
    const student = await makeStudent();
    const text = await sentenceText("p1.s1");
    const words = text.split(" ").slice(1, 3).join(" ");
    const start = text.indexOf(words);
    const input = await annotationInput(ARTICLE, "p1.s1", {
      start,
      end: start + words.length,
      kind: "question",
      note: "<b>Who</b> says?",
    });
    expect(await saveAnnotation(student, input)).toEqual({ status: "saved", seq: 1 });
    expect(await listOwnAnnotations(student, ARTICLE)).toEqual([
      expect.objectContaining({
        id: input.id,
        quote: words,
        kind: "question",
        note: "<b>Who</b> says?",
      }),
    ]);
    expect(await listOwnAnnotations(await makeStudent(), ARTICLE)).toEqual([]);
    expect(await listOwnAnnotations(null, ARTICLE)).toEqual([]);
  });

  it("keeps the newest save when an older one arrives late, and says which is stored", async () => {
    const student = await makeStudent();
    const input = await annotationInput(ARTICLE, "p2.s1");
    await saveAnnotation(student, { ...input, note: "first", seq: 1 });
    expect(await saveAnnotation(student, { ...input, note: "third", seq: 3 })).toEqual({
      status: "saved",
      seq: 3,
    });
    // The second tab's save, numbered before the third, arrives after it.
    expect(await saveAnnotation(student, { ...input, note: "second", seq: 2 })).toEqual({
      status: "stale",
      seq: 3,
    });
    expect((await listOwnAnnotations(student, ARTICLE))[0]?.note).toBe("third");
  });

  it("a first save sent twice at once stores one highlight", async () => {
    const student = await makeStudent();
    const input = await annotationInput(ARTICLE, "p2.s1", { note: "twice" });
    const replies = await Promise.all([
      saveAnnotation(student, input),
      saveAnnotation(student, input),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual(["saved", "stale"]);
    expect(await listOwnAnnotations(student, ARTICLE)).toHaveLength(1);
  });

  it("a removal is kept, so a late retry of the first save cannot bring the highlight back", async () => {
    const student = await makeStudent();
    const input = await annotationInput(ARTICLE, "p3.s1");
    expect((await saveAnnotation(student, { ...input, removed: true, seq: 2 })).status).toBe(
      "saved",
    );
    expect((await saveAnnotation(student, { ...input, seq: 1 })).status).toBe("stale");
    expect(await listOwnAnnotations(student, ARTICLE)).toEqual([]);
  });

  it("refuses a highlight on another version, an unknown sentence, words not in it or an article the student cannot read, and stores nothing", async () => {
    const student = await makeStudent();
    const text = await sentenceText("p1.s1");
    await expect(
      saveAnnotation(student, await annotationInput(ARTICLE, "p1.s1", { contentVersion: "old" })),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(saveAnnotation(student, await annotationInput(ARTICLE, "p99.s1"))).rejects.toThrow(
      "That sentence is not in this article.",
    );
    await expect(
      saveAnnotation(
        student,
        await annotationInput(ARTICLE, "p1.s1", { start: 0, end: text.length + 5 }),
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      saveAnnotation(student, {
        ...(await annotationInput(ARTICLE, "p1.s1")),
        articleSlug: "someone-elses-draft",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      saveAnnotation(await makeTeacher(), await annotationInput(ARTICLE, "p1.s1")),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listOwnAnnotations(student, ARTICLE)).toEqual([]);
  });

  it("another student cannot change a highlight by its id", async () => {
    const owner = await makeStudent();
    const input = await annotationInput(ARTICLE, "p1.s1", { note: "mine" });
    await saveAnnotation(owner, input);
    await expect(
      saveAnnotation(await makeStudent(), { ...input, note: "yours now", seq: 5 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOwnAnnotations(owner, ARTICLE))[0]?.note).toBe("mine");
  });
});

describe("a teacher reads a student's highlights", () => {
  it("on the articles the class was assigned, with counts for the report, and not another teacher", async () => {
    const teacher = await makeTeacher();
    const klass = await makeClass(teacher);
    const student = await makeStudent(klass.id);
    await saveAnnotation(student, await annotationInput(ARTICLE, "p1.s1", { note: "A note" }));
    await saveAnnotation(student, await annotationInput(ARTICLE, "p2.s1"));
    // Not yet assigned to the class: private practice reading.
    expect(await listStudentAnnotations(teacher, klass.id, student.id)).toEqual([]);

    await createAssignment(
      teacher,
      klass.id,
      assignmentInput({ quizId: "key-facts", dueAt: new Date(Date.now() + 3600_000) }),
    );
    const [group] = await listStudentAnnotations(teacher, klass.id, student.id);
    expect(group?.articleTitle).toBe((await getPack(ARTICLE))?.article.title);
    expect(group?.annotations.map((a) => a.note)).toEqual(["A note", ""]);
    expect((await countAnnotations(ARTICLE, [student.id])).get(student.id)).toEqual({
      highlights: 2,
      notes: 1,
    });

    const stranger = await makeTeacher();
    await expect(listStudentAnnotations(stranger, klass.id, student.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const other = await makeStudent(await makeClass(teacher).then((c) => c.id));
    await expect(listStudentAnnotations(teacher, klass.id, other.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
