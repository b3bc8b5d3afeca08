import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TActionState } from "@/app/lib/action-state";
import { db } from "@/app/lib/db/client";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { createAssignment } from "@/app/lib/data/assignments";
import {
  getAttempt,
  saveAnswer,
  startAssignmentAttempt,
  startAttempt,
  submitAttempt,
} from "@/app/lib/data/attempts";
import { sentAnswer } from "@/test-support/answers";
import { unzipPack, zipPack } from "@/app/lib/authoring/pack-zip";
import { checkPack, CONTENT_ROOT, readPackFolder } from "@/app/lib/content/load";
import { NotFoundError } from "@/app/lib/data/errors";
import { createArticle, getArticleForEditing } from "@/app/lib/data/authored-articles";
import { assignmentInput, makeClass, makeStudent, makeTeacher } from "@/test-support/factories";

// Who is asking is decided here; everything below the session (actions, data layer, database) is real.
const session = vi.hoisted(() => ({ user: null as TSessionUser | null, started: [] as string[] }));
vi.mock("@/app/lib/auth/session", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
  startSession: (userId: string) => Promise.resolve(void session.started.push(userId)),
  endSession: () => Promise.resolve(),
  restartAllSessions: () => Promise.resolve(),
  clientAddress: () => Promise.resolve("192.0.2.77"),
  homeFor: (user: TSessionUser) => (user.role === "TEACHER" ? "/teacher" : "/student"),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type TServerAction = (
  previous: TActionState<unknown> | undefined,
  formData: FormData,
) => Promise<TActionState<unknown>>;

/** Every exported server action in the app, found on disk, keyed "folder#name". */
async function discoverActions(): Promise<Map<string, TServerAction>> {
  const found = new Map<string, TServerAction>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated" && entry.name !== "lib")
        await walk(full);
      else if (entry.name === "actions.ts") {
        const exported = (await import(full)) as Record<string, unknown>;
        for (const [name, value] of Object.entries(exported)) {
          if (typeof value === "function")
            found.set(`${path.relative("app", dir)}#${name}`, value as TServerAction);
        }
      }
    }
  };
  await walk(path.resolve("app"));
  return found;
}

// The access each action must require. A new action fails the test until it is listed here.
const ACCESS: Record<string, "public" | "user" | "TEACHER" | "STUDENT"> = {
  "(auth)#signIn": "public",
  "(auth)#signUpTeacher": "public",
  "(auth)#joinAndSignUp": "public",
  "(auth)#signOut": "user",
  "account#changeOwnPassword": "user",
  "account#setNewPassword": "user",
  "teacher#createClassAction": "TEACHER",
  "teacher#renameClassAction": "TEACHER",
  "teacher#archiveClassAction": "TEACHER",
  "teacher#rotateJoinCodeAction": "TEACHER",
  "teacher#setJoinEnabledAction": "TEACHER",
  "teacher#removeStudentAction": "TEACHER",
  "teacher#bulkCreateStudentsAction": "TEACHER",
  "teacher#resetStudentPasswordAction": "TEACHER",
  "teacher#deleteStudentAction": "TEACHER",
  "teacher#unlockStudentSignInAction": "TEACHER",
  "student#joinClassAction": "STUDENT",
  "teacher/assignments#createAssignmentAction": "TEACHER",
  "teacher/assignments#updateAssignmentAction": "TEACHER",
  "teacher/assignments#closeAssignmentAction": "TEACHER",
  "teacher/assignments#moveAssignmentVersionAction": "TEACHER",
  "teacher/assignments#deleteAssignmentAction": "TEACHER",
  "teacher/assignments#setAccommodationAction": "TEACHER",
  "teacher/assignments#gradeAnswerAction": "TEACHER",
  "teacher/articles#createArticleAction": "TEACHER",
  "teacher/articles#editArticleTextAction": "TEACHER",
  "teacher/articles#shareArticleAction": "TEACHER",
  "teacher/articles#copyArticleAction": "TEACHER",
  "teacher/articles#saveDraftPartAction": "TEACHER",
  "teacher/articles#saveQuestionAction": "TEACHER",
  "teacher/articles#removeQuestionAction": "TEACHER",
  "teacher/articles#publishArticleAction": "TEACHER",
  "teacher/articles#tryQuestionsAction": "TEACHER",
  "teacher/articles#saveQuestionDraftAction": "TEACHER",
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Everything an attacker could hope to change, as one comparable string. */
async function fingerprint(): Promise<string> {
  const prisma = await db();
  const [
    users,
    classes,
    enrolments,
    sessions,
    attempts,
    assignments,
    accommodations,
    grades,
    articles,
  ] = await Promise.all([
    prisma.user.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        role: true,
        displayName: true,
        passwordHash: true,
        mustChangePassword: true,
      },
    }),
    prisma.class.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, joinCode: true, joinEnabled: true, archivedAt: true },
    }),
    prisma.enrolment.findMany({
      orderBy: [{ classId: "asc" }, { studentId: "asc" }],
      select: { classId: true, studentId: true, removedAt: true },
    }),
    prisma.session.count(),
    prisma.attempt.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        score: true,
        responses: { select: { questionId: true, answer: true, seq: true } },
      },
    }),
    prisma.assignment.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        title: true,
        dueAt: true,
        attemptsAllowed: true,
        feedbackPolicy: true,
        closedAt: true,
        archivedAt: true,
      },
    }),
    prisma.accommodation.findMany({
      orderBy: [{ assignmentId: "asc" }, { studentId: "asc" }],
    }),
    prisma.writtenGrade.findMany({
      orderBy: { responseId: "asc" },
      select: { responseId: true, points: true, comment: true },
    }),
    prisma.authoredArticle.findMany({
      orderBy: { id: "asc" },
      select: { id: true, ownerId: true, title: true, draft: true, revision: true, sharedAt: true },
    }),
  ]);
  return JSON.stringify({
    users,
    classes,
    enrolments,
    sessions,
    attempts,
    assignments,
    accommodations,
    grades,
    articles,
  });
}

async function call(
  action: TServerAction,
  fields: Record<string, string>,
): Promise<TActionState<unknown>> {
  try {
    return await action(undefined, form(fields));
  } catch (error) {
    if (
      error instanceof Error &&
      "digest" in error &&
      String(error.digest).startsWith("NEXT_REDIRECT")
    ) {
      return { ok: true, message: `redirect ${String(error.digest).split(";")[2]}` };
    }
    throw error;
  }
}

let actions: Map<string, TServerAction>;
let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const teacherA = await makeTeacher();
  const teacherB = await makeTeacher();
  const classA = await makeClass(teacherA);
  const classB = await makeClass(teacherB);
  const studentA = await makeStudent(classA.id);
  const studentB = await makeStudent(classB.id);
  const { id: attemptB } = await startAttempt(studentB, "kim-putin-arms-talks", "key-facts");
  const { id: assignmentB } = await createAssignment(
    teacherB,
    classB.id,
    assignmentInput({
      title: "B's homework",
      quizId: "transactional-or-strategic",
      dueAt: new Date(Date.now() + 3600_000),
    }),
  );
  const written = await startAssignmentAttempt(studentB, assignmentB);
  await saveAnswer(studentB, written.id, {
    questionId: "q28",
    seq: 1,
    answer: { claim: "strategic", evidence: ["p5.s2"], reasoning: "Because." },
  });
  await submitAttempt(studentB, written.id);
  const { id: articleB } = await createArticle(teacherB, {
    provenance: {
      title: "B's article",
      byline: "",
      publisher: "Ledger",
      publishedOn: "2026-11-20",
      url: "",
    },
    paragraphs: ["Officials said so. The U.S. Army agreed."],
  });
  const prisma = await db();
  const response = await prisma.response.findFirstOrThrow({
    where: { attemptId: written.id, questionId: "q28" },
  });
  return {
    teacherA,
    teacherB,
    classA,
    classB,
    studentA,
    studentB,
    attemptB,
    assignmentB,
    responseB: response.id,
    articleB,
  };
}

/** Input that would change B's data if the checks let it through. */
const attackOnB = () => ({
  classId: world.classB.id,
  studentId: world.studentB.id,
  name: "Taken over",
  value: "false",
  names: "Mallory",
  confirm: "delete",
  joinCode: world.classB.joinCode,
  currentPassword: "a perfectly fine test password",
  newPassword: "an entirely new passphrase",
  confirmPassword: "an entirely new passphrase",
  articleSlug: "kim-putin-arms-talks",
  quizId: "key-facts",
  attemptId: world.attemptB,
  assignmentId: world.assignmentB,
  responseId: world.responseB,
  source: "quiz:key-facts",
  title: "Taken over",
  availableFrom: "2026-01-01T09:00",
  dueAt: "2027-01-01T09:00",
  tz: "UTC",
  attemptsAllowed: "3",
  countPolicy: "LATEST",
  feedbackPolicy: "NEVER",
  timeLimitMinutes: "",
  extraTimeMinutes: "30",
  extraAttempts: "2",
  criterion_claim: "1",
  criterion_evidence: "2",
  criterion_reasoning: "3",
  comment: "Hijacked",
  articleId: world.articleB,
  revision: "0",
  edit: "merge",
  sentenceId: "p1.s2",
  text: "Hijacked text.",
  publisher: "Hijacked",
  publishedOn: "2026-01-01",
  url: "",
  byline: "",
  part: "whatHappened",
  seq: "7",
  content: JSON.stringify({ standard: "Hijacked.", simpler: "Hijacked.", cites: ["p1.s1"] }),
  base: JSON.stringify({ standard: "", simpler: "", cites: [] }),
  answers: JSON.stringify({ q1: { value: true } }),
  questionId: "new",
  question: JSON.stringify({
    type: "truefalse",
    prompt: "Hijacked?",
    skill: "recall",
    difficulty: 1,
    points: 1,
    explanation: "Hijacked.",
    cites: ["p1.s1"],
    correct: true,
    wrong: { misconception: "hijacked", feedback: "Hijacked." },
  }),
  baseQuestion: JSON.stringify({
    type: "truefalse",
    prompt: "",
    skill: "recall",
    difficulty: 1,
    points: 1,
    explanation: "",
    cites: [],
  }),
});

beforeEach(async () => {
  actions ??= await discoverActions();
  world = await makeWorld();
  session.user = null;
  session.started = [];
});

/** Every route handler in the app, as "folder#METHOD", found on disk. */
async function discoverRoutes(): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated" && entry.name !== "lib")
        await walk(full);
      else if (entry.name === "route.ts") {
        const exported = (await import(full)) as Record<string, unknown>;
        for (const method of Object.keys(exported).filter((name) =>
          /^(GET|POST|PUT|PATCH|DELETE)$/.test(name),
        )) {
          found.push(`${path.relative("app", dir)}#${method}`);
        }
      }
    }
  };
  await walk(path.resolve("app"));
  return found.sort();
}

// Each route handler and the test below that calls it with no session, the wrong role and
// someone else's ids. A new route fails the first test until it is listed (and tested) here.
const ROUTES_COVERED = [
  "api/attempts#POST",
  "api/attempts/[attemptId]/answers#POST",
  "api/attempts/[attemptId]/submit#POST",
  "api/health#GET",
  "teacher/articles/[articleId]/export#GET",
  "teacher/assignments/[assignmentId]/responses/csv#GET",
  "teacher/classes/[classId]/gradebook/csv#GET",
  "teacher/students/[studentId]/export#GET",
];

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
      if (access !== "TEACHER" && access !== "STUDENT") continue;
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
    expect(targets.length).toBe(9);
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
      "The U.S. Army agreed.",
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
    expect(invalid.errors).toMatchObject({ prompt: ["prompt must not be empty"] });
  });
});

describe("teacher downloads and reports", () => {
  it("the CSV routes answer 401 without a session, 403 to a student and 404 to another teacher", async () => {
    const gradebook = await import("@/app/teacher/classes/[classId]/gradebook/csv/route");
    const responses = await import("@/app/teacher/assignments/[assignmentId]/responses/csv/route");
    const request = () => new Request("http://localhost/x");
    const calls = [
      () => gradebook.GET(request(), { params: Promise.resolve({ classId: world.classB.id }) }),
      () =>
        responses.GET(request(), { params: Promise.resolve({ assignmentId: world.assignmentB }) }),
    ];
    for (const [user, status] of [
      [null, 401],
      [world.studentB, 403],
      [world.teacherA, 404],
      [world.teacherB, 200],
    ] as const) {
      session.user = user;
      for (const get of calls) expect((await get()).status).toBe(status);
    }
  });
});

describe("an article's export and import", () => {
  const exportRoute = () => import("@/app/teacher/articles/[articleId]/export/route");
  const builtInZip = async (change?: (files: Map<string, string>) => void) => {
    const files = await readPackFolder(path.join(CONTENT_ROOT, "kim-putin-arms-talks"));
    change?.(files);
    return new File([Buffer.from(zipPack("kim-putin-arms-talks", files))], "kim.zip");
  };
  const upload = (file: File) => {
    const data = new FormData();
    data.set("file", file);
    return actions.get("teacher/articles#createArticleAction")!(undefined, data).catch(
      (error: unknown) => ({ ok: true, message: String((error as { digest?: string }).digest) }),
    );
  };

  it("exports only a published version, to its author or (shared) other teachers", async () => {
    const { GET } = await exportRoute();
    session.user = world.teacherB;
    const imported = await upload(await builtInZip());
    const articleId = /teacher\/articles\/([^;]+)/.exec(imported.message ?? "")?.[1] ?? "";
    expect(articleId).not.toBe("");
    const params = (id: string) => ({ params: Promise.resolve({ articleId: id }) });
    const request = () => new Request("http://localhost/x");
    const unpublished = await GET(request(), params(articleId));
    expect(unpublished.status).toBe(404);
    expect(await unpublished.json()).toEqual({
      error: "Only a published article can be exported: publish it first.",
    });
    await call(actions.get("teacher/articles#saveDraftPartAction")!, {
      articleId,
      part: "provenance",
      seq: "1",
      base: JSON.stringify(
        (await getArticleForEditing(world.teacherB, articleId)).draft.provenance,
      ),
      content: JSON.stringify({
        title: "Kim Jong Un expected in Russia",
        byline: "",
        publisher: "A news site",
        publishedOn: "2023-09-05",
        url: "",
      }),
    });
    expect(
      await call(actions.get("teacher/articles#publishArticleAction")!, { articleId }),
    ).toMatchObject({ ok: true });
    for (const [user, status] of [
      [null, 401],
      [world.studentB, 403],
      [world.teacherA, 404],
      [world.teacherB, 200],
    ] as const) {
      session.user = user;
      expect((await GET(request(), params(articleId))).status).toBe(status);
    }
    session.user = world.teacherB;
    await call(actions.get("teacher/articles#shareArticleAction")!, { articleId, value: "true" });
    session.user = world.teacherA;
    const shared = await GET(request(), params(articleId));
    expect(shared.headers.get("content-type")).toBe("application/zip");
    const { folder, files } = await unzipPack(new Uint8Array(await shared.arrayBuffer()));
    expect(checkPack(files, folder, folder).issues).toEqual([]);
    expect(files.get("article.yaml")).toContain("publisher: A news site");
  });

  it("a pack that fails the content checks is refused with its file: field: message, creating nothing", async () => {
    session.user = world.teacherB;
    const before = await fingerprint();
    const broken = await builtInZip((files) =>
      files.set(
        "questions.yaml",
        (files.get("questions.yaml") ?? "").replace("cites: [p1.s1", "cites: [p9.s9"),
      ),
    );
    const result = await upload(broken);
    expect(result).toMatchObject({ status: 400 });
    expect(result.message).toMatch(
      /^That pack does not pass the content checks: kim-putin-arms-talks\/questions\.yaml: questions\[q\d+\]\.cites\[#1\]: cites sentence p9\.s9/,
    );
    expect(await fingerprint()).toBe(before);
  });
});

describe("attempts belong to their student", () => {
  it("the start and submit endpoints refuse no session, no Origin, the wrong role and another student", async () => {
    const start = await import("@/app/api/attempts/route");
    const submit = await import("@/app/api/attempts/[attemptId]/submit/route");
    const params = { params: Promise.resolve({ attemptId: world.attemptB }) };
    const post = (body: unknown, headers: Record<string, string>) =>
      new Request("http://localhost/api", {
        method: "POST",
        body: JSON.stringify(body),
        headers: { host: "localhost", ...headers },
      });
    const practice = {
      kind: "practice",
      articleSlug: "kim-putin-arms-talks",
      quizId: "who-wants-what",
    };
    const origin = { origin: "http://localhost" };
    const before = await fingerprint();
    session.user = null;
    expect((await start.POST(post(practice, origin))).status).toBe(401);
    expect((await submit.POST(post({}, origin), params)).status).toBe(401);
    session.user = world.studentB;
    expect((await start.POST(post(practice, {}))).status).toBe(403);
    expect((await submit.POST(post({}, {}), params)).status).toBe(403);
    session.user = world.teacherB;
    expect((await start.POST(post(practice, origin))).status).toBe(403);
    expect((await submit.POST(post({}, origin), params)).status).toBe(403);
    session.user = world.studentA;
    expect((await submit.POST(post({}, origin), params)).status).toBe(404);
    expect(
      (await start.POST(post({ kind: "assignment", assignmentId: world.assignmentB }, origin)))
        .status,
    ).toBe(404);
    const bad = await start.POST(
      post({ kind: "practice", articleSlug: "../etc", quizId: "x" }, origin),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: expect.stringContaining("Unknown article.") as string,
    });
    expect(await fingerprint()).toBe(before);
    session.user = world.studentB;
    expect((await submit.POST(post({}, origin), params)).status).toBe(200);
  });

  it("the answer endpoint refuses no session (401), no Origin (403), a teacher (403) and another student (404)", async () => {
    const { POST } = await import("@/app/api/attempts/[attemptId]/answers/route");
    const params = { params: Promise.resolve({ attemptId: world.attemptB }) };
    const body = JSON.stringify({
      questionId: "q01",
      seq: 1,
      answer: await sentAnswer(world.attemptB, "q01", { optionId: "a" }),
    });
    const send = (headers: Record<string, string>) =>
      POST(
        new Request("http://localhost/api", {
          method: "POST",
          body,
          headers: { host: "localhost", ...headers },
        }),
        params,
      );
    const before = await fingerprint();
    session.user = null;
    expect((await send({ origin: "http://localhost" })).status).toBe(401);
    session.user = world.studentB;
    expect((await send({})).status).toBe(403);
    expect((await send({ origin: "https://evil.example" })).status).toBe(403);
    session.user = world.teacherB;
    expect((await send({ origin: "http://localhost" })).status).toBe(403);
    session.user = world.studentA;
    expect((await send({ origin: "http://localhost" })).status).toBe(404);
    expect(await fingerprint()).toBe(before);
    session.user = world.studentB;
    expect((await send({ origin: "http://localhost" })).status).toBe(200);
  });
});

describe("a one-time password opens only the password page", () => {
  it("every JSON endpoint refuses a student who has not chosen their own password yet", async () => {
    const start = await import("@/app/api/attempts/route");
    const answers = await import("@/app/api/attempts/[attemptId]/answers/route");
    const submit = await import("@/app/api/attempts/[attemptId]/submit/route");
    session.user = { ...world.studentB, mustChangePassword: true };
    const post = (body: unknown) =>
      new Request("http://localhost/api", {
        method: "POST",
        body: JSON.stringify(body),
        headers: { host: "localhost", origin: "http://localhost" },
      });
    const params = { params: Promise.resolve({ attemptId: world.attemptB }) };
    const before = await fingerprint();
    const replies = [
      await start.POST(
        post({ kind: "practice", articleSlug: "kim-putin-arms-talks", quizId: "key-facts" }),
      ),
      await answers.POST(post({ questionId: "q09", seq: 1, answer: { value: true } }), params),
      await submit.POST(post({}), params),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(403);
      expect(((await reply.json()) as { error: string }).error).toContain(
        "Choose your own password",
      );
    }
    expect(await fingerprint()).toBe(before);
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

describe("a student shared by two teachers", () => {
  // Teacher A's class was joined by a student of teacher B (join codes are words a student can be
  // talked into typing). A sees the student in A's class, and nothing of their work for B.
  async function shared() {
    const student = await makeStudent(world.classB.id);
    const prisma = await db();
    await prisma.enrolment.create({ data: { classId: world.classA.id, studentId: student.id } });
    const attempt = await startAssignmentAttempt(student, world.assignmentB);
    await saveAnswer(student, attempt.id, {
      questionId: "q28",
      seq: 1,
      answer: { claim: "strategic", evidence: ["p5.s2"], reasoning: "Because." },
    });
    await submitAttempt(student, attempt.id);
    const response = await prisma.response.findFirstOrThrow({
      where: { attemptId: attempt.id, questionId: "q28" },
      select: { id: true },
    });
    return { student, attemptId: attempt.id, responseId: response.id };
  }

  it("the other teacher cannot open, grade or export the student's work for B", async () => {
    const { student, attemptId, responseId } = await shared();
    await expect(getAttempt(world.teacherA, attemptId)).rejects.toThrow(NotFoundError);
    await expect(getAttempt(world.teacherB, attemptId)).resolves.toMatchObject({ id: attemptId });

    session.user = world.teacherA;
    const before = await fingerprint();
    const graded = await call(actions.get("teacher/assignments#gradeAnswerAction")!, {
      ...attackOnB(),
      responseId,
    });
    expect(graded.status).toBe(404);
    expect(await fingerprint()).toBe(before);

    const { GET } = await import("@/app/teacher/students/[studentId]/export/route");
    const exported = await GET(new Request("http://localhost/x"), {
      params: Promise.resolve({ studentId: student.id }),
    });
    expect(exported.status).toBe(200);
    const body = (await exported.json()) as {
      student: { enrolments: { class: { id: string } }[]; attempts: unknown[] };
    };
    expect(body.student.enrolments.map((e) => e.class.id)).toEqual([world.classA.id]);
    expect(body.student.attempts).toEqual([]);
    expect(JSON.stringify(body)).not.toContain(attemptId);
  });

  it("the other teacher cannot reset the student's password or delete the account", async () => {
    const { student } = await shared();
    session.user = world.teacherA;
    for (const name of ["teacher#resetStudentPasswordAction", "teacher#deleteStudentAction"]) {
      const before = await fingerprint();
      const result = await call(actions.get(name)!, {
        classId: world.classA.id,
        studentId: student.id,
        confirm: "delete",
      });
      expect({ name, status: result.status }).toEqual({ name, status: 403 });
      expect(result.message).toContain("also in another teacher's class");
      expect(await fingerprint()).toBe(before);
    }
    // For a student who is A's alone, the same action works.
    const reset = await call(actions.get("teacher#resetStudentPasswordAction")!, {
      classId: world.classA.id,
      studentId: world.studentA.id,
    });
    expect(reset.ok).toBe(true);
  });

  it("every assignment and grading action on B's assignment fails for A and changes nothing", async () => {
    const { student, responseId } = await shared();
    session.user = world.teacherA;
    const targets = [...actions].filter(([name]) => name.startsWith("teacher/assignments#"));
    expect(targets.length).toBe(7);
    for (const [name, action] of targets) {
      const before = await fingerprint();
      const result = await call(action, {
        ...attackOnB(),
        studentId: student.id,
        responseId,
      });
      expect({ name, refused: result.ok !== true && (result.status ?? 0) >= 400 }).toEqual({
        name,
        refused: true,
      });
      expect(await fingerprint()).toBe(before);
    }
  });
});
