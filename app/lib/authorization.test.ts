// Every server action and route handler, found on disk, refuses the wrong caller; teachers
// cannot reach each other's classes, students or articles; roles cannot be chosen.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/app/lib/db/client";
import { NotFoundError } from "@/app/lib/data/errors";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import {
  ACCESS,
  actions,
  attackOnB,
  call,
  discoverRoutes,
  fingerprint,
  ROUTES_COVERED,
  freshWorldEachTest,
  world,
} from "@/test-support/authorization";
import { session } from "@/test-support/session-mock";

// Who is asking is decided by the test; everything below the session is real.
vi.mock("@/app/lib/auth/session", async () =>
  (await import("@/test-support/session-mock")).sessionModule(),
);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

freshWorldEachTest();

describe("every route handler", () => {
  it("is listed, and so covered by the tests in this file", async () => {
    expect(await discoverRoutes()).toEqual(ROUTES_COVERED);
  });
});

describe("every server action", () => {
  it("is listed with the access it requires", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(ACCESS).sort());
  });

  it("answers 401 and changes nothing without a session", async () => {
    for (const [name, action] of actions) {
      if (ACCESS[name] === "public") continue;
      const before = await fingerprint();
      const result = await call(action, attackOnB());
      expect({ name, status: result.status }).toEqual({ name, status: 401 });
      expect(await fingerprint()).toBe(before);
    }
  });

  it("answers 403 and changes nothing for the wrong role", async () => {
    for (const [name, action] of actions) {
      const access = ACCESS[name];
      if (access === "public" || access === "user") continue;
      // A student for teachers' actions; a teacher for students' and admins'.
      session.user = access === "TEACHER" ? world.studentB : world.teacherB;
      const before = await fingerprint();
      const result = await call(action, attackOnB());
      expect({ name, status: result.status }).toEqual({ name, status: 403 });
      expect(await fingerprint()).toBe(before);
    }
  });
});

describe("insecure direct object references", () => {
  it("teacher A cannot touch teacher B's class or students: 404 and nothing changes", async () => {
    session.user = world.teacherA;
    const targets = [...actions].filter(
      ([name]) => name.startsWith("teacher#") && name !== "teacher#createClassAction",
    );
    expect(targets.length).toBe(12);
    for (const [name, action] of targets) {
      const before = await fingerprint();
      const result = await call(action, attackOnB());
      expect({ name, status: result.status }).toEqual({ name, status: 404 });
      expect(await fingerprint()).toBe(before);
    }
  });

  it("teacher A cannot reach B's student through A's own class id either", async () => {
    session.user = world.teacherA;
    for (const name of [
      "teacher#removeStudentAction",
      "teacher#resetStudentPasswordAction",
      "teacher#deleteStudentAction",
    ]) {
      const before = await fingerprint();
      const result = await call(actions.get(name)!, { ...attackOnB(), classId: world.classA.id });
      expect(result.ok).not.toBe(true);
      expect(await fingerprint()).toBe(before);
    }
  });

  it("the same actions work for the class's own teacher (so the refusals above mean something)", async () => {
    session.user = world.teacherB;
    const result = await call(actions.get("teacher#renameClassAction")!, attackOnB());
    expect(result).toMatchObject({ ok: true, message: "Class renamed." });
    const prisma = await db();
    expect((await prisma.class.findUniqueOrThrow({ where: { id: world.classB.id } })).name).toBe(
      "Taken over",
    );
  });

  it("the student export route answers 401, 403 and 404 to the wrong callers", async () => {
    const { GET } = await import("@/app/teacher/students/[studentId]/export/route");
    const request = () => new Request("http://localhost/teacher/students/x/export");
    const params = { params: Promise.resolve({ studentId: world.studentB.id }) };
    session.user = null;
    expect((await GET(request(), params)).status).toBe(401);
    session.user = world.studentB;
    expect((await GET(request(), params)).status).toBe(403);
    session.user = world.teacherA;
    expect((await GET(request(), params)).status).toBe(404);
    session.user = world.teacherB;
    const allowed = await GET(request(), params);
    expect(allowed.status).toBe(200);
    const body = (await allowed.json()) as { student: { id: string; username: string } };
    expect(body.student).toMatchObject({
      id: world.studentB.id,
      username: world.studentB.username,
    });
    expect(JSON.stringify(body)).not.toContain("passwordHash");
  });
});

describe("authored articles belong to their author", () => {
  const edits = [
    "teacher/articles#editArticleTextAction",
    "teacher/articles#shareArticleAction",
    "teacher/articles#saveDraftPartAction",
    "teacher/articles#saveQuestionAction",
    "teacher/articles#saveQuestionDraftAction",
    "teacher/articles#removeQuestionAction",
    "teacher/articles#publishArticleAction",
    "teacher/articles#acceptDraftAction",
    "teacher/articles#editDraftAction",
    "teacher/articles#acceptDraftKindAction",
    "teacher/articles#dismissDraftAction",
    "teacher/articles#archiveArticleAction",
    "teacher/articles#deleteArticleAction",
  ];

  it("another teacher gets 404 for an unshared article, can neither read, change nor copy it", async () => {
    session.user = world.teacherA;
    const reads = ["teacher/articles#copyArticleAction", "teacher/articles#tryQuestionsAction"];
    for (const name of [...edits, ...reads]) {
      const before = await fingerprint();
      const result = await call(actions.get(name)!, attackOnB());
      expect({ name, status: result.status }).toEqual({ name, status: 404 });
      expect(await fingerprint()).toBe(before);
    }
    await expect(getArticleForEditing(world.teacherA, world.articleB)).rejects.toThrow(
      NotFoundError,
    );
    await expect(getArticleForEditing(world.studentB, world.articleB)).rejects.toThrow(
      "Only teachers",
    );
  });

  it("once shared, another teacher reads it and copies it, but still cannot change it", async () => {
    session.user = world.teacherB;
    expect(
      await call(actions.get("teacher/articles#shareArticleAction")!, {
        articleId: world.articleB,
        value: "true",
      }),
    ).toMatchObject({ ok: true });
    session.user = world.teacherA;
    const shared = await getArticleForEditing(world.teacherA, world.articleB);
    expect(shared).toMatchObject({ editable: false, title: "B's article" });
    for (const name of edits) {
      const before = await fingerprint();
      const result = await call(actions.get(name)!, attackOnB());
      expect({ name, status: result.status }).toEqual({ name, status: 404 });
      expect(await fingerprint()).toBe(before);
    }
    const copied = await call(actions.get("teacher/articles#copyArticleAction")!, attackOnB());
    const copyId = copied.message?.split("/").at(-1) ?? "";
    const copy = await getArticleForEditing(world.teacherA, copyId);
    expect(copy).toMatchObject({ editable: true, draft: shared.draft });
    expect(await getArticleForEditing(world.teacherB, world.articleB)).toMatchObject({
      revision: 0,
    });
  });

  it("the author's own edit goes through, and a stale revision is refused", async () => {
    session.user = world.teacherB;
    const edit = actions.get("teacher/articles#editArticleTextAction")!;
    expect(await call(edit, attackOnB())).toMatchObject({ ok: true });
    const after = await getArticleForEditing(world.teacherB, world.articleB);
    expect(after.draft.paragraphs[0]!.sentences.map((s) => s.text)).toEqual([
      "Officials said so.",
      "The U.S. Steel agreed.",
    ]);
    const before = await fingerprint();
    expect(await call(edit, attackOnB())).toMatchObject({ status: 409 });
    expect(await fingerprint()).toBe(before);
    const saveQuestion = actions.get("teacher/articles#saveQuestionAction")!;
    expect(await call(saveQuestion, attackOnB())).toMatchObject({ ok: true, data: { id: "q1" } });
    const invalid = await call(saveQuestion, {
      ...attackOnB(),
      question: JSON.stringify({ type: "single", prompt: "", options: [] }),
    });
    expect(invalid).toMatchObject({ status: 400 });
    expect(invalid.errors).toMatchObject({ prompt: ["Prompt must not be empty."] });
  });

  it("the author accepts only drafts Debrief offers, each once: a made-up or spent key changes nothing", async () => {
    session.user = world.teacherB;
    const accept = actions.get("teacher/articles#acceptDraftAction")!;
    const madeUp = await fingerprint();
    expect(await call(accept, { ...attackOnB(), key: "0123456789ab" })).toMatchObject({
      status: 400,
      message: expect.stringContaining("no longer offered") as string,
    });
    expect(await fingerprint()).toBe(madeUp);
    expect(await call(accept, attackOnB())).toMatchObject({ ok: true });
    const accepted = await getArticleForEditing(world.teacherB, world.articleB);
    expect(accepted.draft.handledDrafts).toEqual({ [world.draftKeyB]: "accepted" });
    // A second window, or a retry, cannot accept it twice.
    const spent = await fingerprint();
    expect(await call(accept, attackOnB())).toMatchObject({ status: 400 });
    expect(await fingerprint()).toBe(spent);
    const dismiss = actions.get("teacher/articles#dismissDraftAction")!;
    expect(await call(dismiss, attackOnB())).toMatchObject({ status: 400 });
    expect(await fingerprint()).toBe(spent);
  });
});

describe("roles cannot be chosen", () => {
  it("a crafted role=TEACHER field on the join form still makes a student", async () => {
    const prisma = await db();
    await prisma.class.update({ where: { id: world.classA.id }, data: { joinEnabled: true } });
    const username = `crafty-${Date.now()}`;
    const result = await call(actions.get("(auth)#joinAndSignUp")!, {
      joinCode: world.classA.joinCode,
      displayName: "Crafty",
      username,
      password: "correct horse battery staple",
      role: "TEACHER",
    });
    expect(result.message).toBe("redirect /student");
    expect(
      await prisma.user.findUniqueOrThrow({ where: { username }, select: { role: true } }),
    ).toEqual({
      role: "STUDENT",
    });
  });

  it("a crafted role field on a signed-in student's forms changes nothing", async () => {
    session.user = world.studentA;
    const before = await fingerprint();
    await call(actions.get("student#joinClassAction")!, {
      joinCode: world.classA.joinCode,
      role: "TEACHER",
    });
    await call(actions.get("account#changeOwnPassword")!, {
      currentPassword: "wrong",
      newPassword: "x".repeat(12),
      confirmPassword: "x".repeat(12),
      role: "TEACHER",
    });
    expect(await fingerprint()).toBe(before);
    const prisma = await db();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: world.studentA.id } })).role).toBe(
      "STUDENT",
    );
  });
});
