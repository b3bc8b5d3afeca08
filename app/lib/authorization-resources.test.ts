// Downloads, an article's export and import, attempts, one-time passwords and a student shared
// by two teachers: each refuses the wrong caller and changes nothing.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/app/lib/db/client";
import { getAttempt, saveAnswer, submitAttempt } from "@/app/lib/data/attempts";
import { startAssignmentAttempt } from "@/app/lib/data/attempt-start";
import { sentAnswer } from "@/test-support/answers";
import { unzipPack, zipPack } from "@/app/lib/authoring/pack-zip";
import { checkPack } from "@/app/lib/content/check-pack";
import { CONTENT_ROOT, readPackFolder } from "@/app/lib/content/load";
import { NotFoundError } from "@/app/lib/data/errors";
import { getArticleForEditing } from "@/app/lib/data/authored-articles";
import { getReadablePack } from "@/app/lib/data/article-packs";
import { annotationInput, makeStudent } from "@/test-support/factories";
import {
  actions,
  attackOnB,
  call,
  fingerprint,
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

describe("teacher downloads and reports", () => {
  it("the CSV routes and the live board answer 401 without a session, 403 to a student and 404 to another teacher", async () => {
    const gradebook = await import("@/app/teacher/classes/[classId]/gradebook/csv/route");
    const responses = await import("@/app/teacher/assignments/[assignmentId]/responses/csv/route");
    const live = await import("@/app/teacher/assignments/[assignmentId]/board/route");
    const request = () => new Request("http://localhost/x");
    const calls = [
      () => gradebook.GET(request(), { params: Promise.resolve({ classId: world.classB.id }) }),
      () =>
        responses.GET(request(), { params: Promise.resolve({ assignmentId: world.assignmentB }) }),
      () => live.GET(request(), { params: Promise.resolve({ assignmentId: world.assignmentB }) }),
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
      revision: "0",
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
    // A quiz of it, for another tool: the same people, and never a student (it has the keys).
    const quizExport = await import("@/app/teacher/quizzes/[slug]/[quizId]/export/route");
    const slug = (await getArticleForEditing(world.teacherB, articleId)).slug ?? "";
    const quizId = (await getReadablePack(world.teacherB, slug)).quizzes[0]?.id ?? "";
    const quiz = (format: string) =>
      quizExport.GET(new Request(`http://localhost/x?format=${format}`), {
        params: Promise.resolve({ slug, quizId }),
      });
    for (const [user, status] of [
      [null, 401],
      [world.studentB, 403],
      [world.teacherA, 404],
      [world.teacherB, 200],
    ] as const) {
      session.user = user;
      expect((await quiz("moodle")).status).toBe(status);
    }
    session.user = world.teacherB;
    const refused = await quiz("pdf");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: "Choose a format: moodle, gift or qti." });
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
      /^That pack does not pass the content checks: kim-putin-arms-talks\/questions\.yaml: questions\[q\d+\]\.cites\[#1\]: cites p9\.s9, which is not a sentence/,
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

describe("the highlight endpoint", () => {
  it("refuses no session (401), no Origin (403), a teacher (403) and another student's highlight (404)", async () => {
    const { POST } = await import("@/app/api/annotations/route");
    const body = JSON.stringify(
      await annotationInput("kim-putin-arms-talks", "p5.s2", {
        id: world.annotationB,
        note: "Taken over",
        seq: 99,
      }),
    );
    const send = (headers: Record<string, string>) =>
      POST(
        new Request("http://localhost/api", {
          method: "POST",
          body,
          headers: { host: "localhost", ...headers },
        }),
      );
    const before = await fingerprint();
    session.user = null;
    expect((await send({ origin: "http://localhost" })).status).toBe(401);
    session.user = world.studentB;
    expect((await send({})).status).toBe(403);
    session.user = world.teacherB;
    expect((await send({ origin: "http://localhost" })).status).toBe(403);
    session.user = world.studentA;
    const reply = await send({ origin: "http://localhost" });
    expect(reply.status).toBe(404);
    expect(await reply.json()).toEqual({ error: "We could not find that highlight." });
    expect(await fingerprint()).toBe(before);
    session.user = world.studentB;
    expect((await send({ origin: "http://localhost" })).status).toBe(200);
    expect(await fingerprint()).not.toBe(before);
  });
});

describe("a one-time password opens only the password page", () => {
  it("every JSON endpoint refuses a student who has not chosen their own password yet", async () => {
    const start = await import("@/app/api/attempts/route");
    const answers = await import("@/app/api/attempts/[attemptId]/answers/route");
    const submit = await import("@/app/api/attempts/[attemptId]/submit/route");
    const annotations = await import("@/app/api/annotations/route");
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
      await annotations.POST(
        post(await annotationInput("kim-putin-arms-talks", "p1.s1", { note: "mine" })),
      ),
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
    expect(targets.length).toBe(9);
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

describe("the LTI routes", () => {
  const post = (path: string, fields: Record<string, string>, headers: HeadersInit = {}) =>
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { host: "localhost", ...headers },
      body: new URLSearchParams(fields),
    });

  // The database lives through the file's tests: each makes an LMS and a launch of its own.
  async function platformAndDeepLink(teacherId: string): Promise<string> {
    const prisma = await db();
    const state = `s-${crypto.randomUUID()}`;
    const platform = await prisma.ltiPlatform.create({
      data: {
        name: "LMS",
        issuer: "https://lms.example",
        clientId: state,
        authUrl: "https://lms.example/auth",
        tokenUrl: "https://lms.example/token",
        jwksUrl: "https://lms.example/jwks",
        deploymentIds: '["d1"]',
        frameOrigins: '["https://lms.example"]',
      },
    });
    const outcome = {
      userId: teacherId,
      target: "/teacher/lti/deep-link/s1",
      frameOrigins: ["https://lms.example"],
      deepLink: {
        returnUrl: "https://lms.example/return",
        deploymentId: "d1",
        classId: world.classB.id,
        assignmentId: world.assignmentB,
      },
    };
    await prisma.ltiLaunch.create({
      data: {
        state,
        nonce: state,
        platformId: platform.id,
        boundBy: "cookie",
        expiresAt: new Date(Date.now() + 60_000),
        usedAt: new Date(),
        finishedAt: new Date(),
        outcome: JSON.stringify(outcome),
      },
    });
    return state;
  }

  it("launch, finish and login refuse what no LMS or no Debrief page sent, signing nobody in", async () => {
    const { POST: launch } = await import("@/app/lti/launch/route");
    const { POST: finish } = await import("@/app/lti/finish/route");
    const { GET: login } = await import("@/app/lti/login/route");
    const used = await platformAndDeepLink(world.teacherB.id);
    const before = await fingerprint();
    expect((await launch(post("/lti/launch", {}))).status).toBe(400);
    const unknown = await launch(post("/lti/launch", { id_token: "a.b.c", state: "never-made" }));
    expect(unknown.status).toBe(403);
    // A launch already used cannot be used again.
    expect((await launch(post("/lti/launch", { id_token: "a.b.c", state: used }))).status).toBe(
      403,
    );
    // Only Debrief's own page may finish a launch: no Origin, or another site's, is refused.
    expect((await finish(post("/lti/finish", { state: used }))).status).toBe(403);
    expect(
      (await finish(post("/lti/finish", { state: "s1" }, { origin: "https://evil.example" })))
        .status,
    ).toBe(403);
    const unregistered = await login(
      new Request(
        "http://localhost/lti/login?iss=https://other.example&login_hint=u&target_link_uri=x",
      ),
    );
    expect(unregistered.status).toBe(404);
    expect(await unregistered.text()).toContain("not registered with Debrief");
    expect(session.started).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it("a deep link's way back is its own teacher's: 401 signed out or as a student, 404 for another teacher", async () => {
    const { GET } = await import("@/app/lti/return/[state]/route");
    await platformAndDeepLink(world.teacherB.id);
    const call = () =>
      GET(new Request("http://localhost/lti/return/s1"), {
        params: Promise.resolve({ state: "s1" }),
      });
    session.user = null;
    expect((await call()).status).toBe(401);
    session.user = world.studentB;
    expect((await call()).status).toBe(401);
    session.user = world.teacherA;
    const other = await call();
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain("JWT");
  });

  it("registration needs an unused token; the keyset serves no private key", async () => {
    const { GET, POST } = await import("@/app/lti/register/route");
    const { GET: jwks } = await import("@/app/lti/jwks/route");
    const { rotateToolKey } = await import("@/app/lib/data/lti-keys");
    const before = await fingerprint();
    const refused = await GET(
      new Request(
        "http://localhost/lti/register?token=guess&openid_configuration=https://lms.example/c",
      ),
    );
    expect(refused.status).toBe(403);
    expect(
      (
        await POST(
          post("/lti/register", { token: "guess", openid_configuration: "https://lms.example/c" }),
        )
      ).status,
    ).toBe(400);
    expect(await fingerprint()).toBe(before);
    await rotateToolKey();
    const keys = (await (await jwks()).json()) as { keys: Record<string, unknown>[] };
    expect(keys.keys).toHaveLength(1);
    for (const member of ["d", "p", "q", "dp", "dq", "qi"])
      expect(keys.keys[0]).not.toHaveProperty(member);
  });

  it("the admin's actions work for an admin (so the refusals elsewhere mean something)", async () => {
    const prisma = await db();
    const admin = await prisma.user.create({
      data: { role: "ADMIN", email: "admin@example.org", displayName: "Ada", passwordHash: "x" },
      select: { id: true, role: true, displayName: true, mustChangePassword: true },
    });
    session.user = admin;
    const added = await call(actions.get("admin#addPlatformAction")!, {
      name: "District LMS",
      issuer: "https://lms.example",
      clientId: "admin-test",
      authUrl: "https://lms.example/auth",
      tokenUrl: "https://lms.example/token",
      jwksUrl: "https://lms.example/jwks",
      deploymentIds: "d1\nd2",
    });
    expect(added).toMatchObject({ ok: true });
    const row = await prisma.ltiPlatform.findFirstOrThrow({
      where: { clientId: "admin-test" },
      select: { deploymentIds: true, frameOrigins: true },
    });
    expect(JSON.parse(row.deploymentIds)).toEqual(["d1", "d2"]);
    expect(JSON.parse(row.frameOrigins)).toEqual(["https://lms.example"]);
    const twice = await call(actions.get("admin#addPlatformAction")!, {
      name: "Again",
      issuer: "https://lms.example",
      clientId: "admin-test",
      authUrl: "https://lms.example/auth",
      tokenUrl: "https://lms.example/token",
      jwksUrl: "https://lms.example/jwks",
      deploymentIds: "d1",
    });
    expect(twice).toMatchObject({
      status: 409,
      message: "That LMS (issuer and client id) is already registered.",
    });
  });
});
