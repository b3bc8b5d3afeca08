// The authorization suites' world: two teachers, each with a class and a student, B's attempts,
// assignment, written answer and article; every server action and route handler found on disk;
// and a fingerprint of everything an attacker could hope to change. Only the session is mocked
// (session-mock.ts); actions, data layer and database are real.
import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeEach } from "vitest";
import type { TActionState } from "@/app/lib/action-state";
import { db } from "@/app/lib/db/client";
import { createAssignment } from "@/app/lib/data/assignments";
import { saveAnswer, submitAttempt } from "@/app/lib/data/attempts";
import { startAssignmentAttempt, startAttempt } from "@/app/lib/data/attempt-start";
import { createArticle } from "@/app/lib/data/authored-articles";
import { setClassReadAloud } from "@/app/lib/data/reading-support";
import { saveAnnotation } from "@/app/lib/data/annotations";
import { paragraphsFromTexts } from "@/app/lib/authoring/draft";
import { draftsFor } from "@/app/lib/drafting/drafts";
import {
  annotationInput,
  assignmentInput,
  makeClass,
  makeStudent,
  makeTeacher,
} from "@/test-support/factories";
import { session } from "@/test-support/session-mock";

export type TServerAction = (
  previous: TActionState<unknown> | undefined,
  formData: FormData,
) => Promise<TActionState<unknown>>;

/** Every exported server action in the app, found on disk, keyed "folder#name". */
export async function discoverActions(): Promise<Map<string, TServerAction>> {
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
export const ACCESS: Record<string, "public" | "user" | "TEACHER" | "STUDENT" | "ADMIN"> = {
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
  "teacher#rosterUploadAction": "user",
  "teacher#resetStudentPasswordAction": "TEACHER",
  "teacher#deleteStudentAction": "TEACHER",
  "teacher#unlockStudentSignInAction": "TEACHER",
  "teacher#setClassReadAloudAction": "TEACHER",
  "teacher#setStudentReadingSupportAction": "TEACHER",
  "student#joinClassAction": "STUDENT",
  "articles#chooseReadingLevelAction": "STUDENT",
  "teacher/assignments#createAssignmentAction": "TEACHER",
  "teacher/assignments#updateAssignmentAction": "TEACHER",
  "teacher/assignments#closeAssignmentAction": "TEACHER",
  "teacher/assignments#moveAssignmentVersionAction": "TEACHER",
  "teacher/assignments#deleteAssignmentAction": "TEACHER",
  "teacher/assignments#setAccommodationAction": "TEACHER",
  "teacher/assignments#gradeAnswerAction": "TEACHER",
  "teacher/assignments#reassignBelowAction": "TEACHER",
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
  "teacher/articles#acceptDraftAction": "TEACHER",
  "teacher/articles#editDraftAction": "TEACHER",
  "teacher/articles#acceptDraftKindAction": "TEACHER",
  "teacher/articles#dismissDraftAction": "TEACHER",
  "teacher/articles#deleteArticleAction": "TEACHER",
  "teacher/articles#archiveArticleAction": "TEACHER",
  "teacher/articles#importQuestionsAction": "TEACHER",
  "teacher/articles#openImportedAction": "TEACHER",
  "teacher/articles#dismissImportedAction": "TEACHER",
  "teacher/assignments#resendScoresAction": "TEACHER",
  "teacher/lti#deepLinkAction": "TEACHER",
  "admin#addPlatformAction": "ADMIN",
  "admin#removePlatformAction": "ADMIN",
  "admin#registrationLinkAction": "ADMIN",
};

export function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Everything an attacker could hope to change, as one comparable string. */
export async function fingerprint(): Promise<string> {
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
    readingChoices,
    annotations,
    lti,
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
      select: {
        id: true,
        name: true,
        joinCode: true,
        joinEnabled: true,
        readAloud: true,
        archivedAt: true,
      },
    }),
    prisma.enrolment.findMany({
      orderBy: [{ classId: "asc" }, { studentId: "asc" }],
      select: {
        classId: true,
        studentId: true,
        removedAt: true,
        readingLevel: true,
        readAloud: true,
      },
    }),
    prisma.session.count(),
    prisma.attempt.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        score: true,
        readingLevel: true,
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
    prisma.readingChoice.findMany({ orderBy: [{ studentId: "asc" }, { articleSlug: "asc" }] }),
    prisma.annotation.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    Promise.all([
      prisma.ltiPlatform.findMany({ orderBy: { id: "asc" } }),
      prisma.ltiRegistrationToken.findMany({ orderBy: { id: "asc" } }),
      prisma.ltiLaunch.findMany({ orderBy: { state: "asc" } }),
      prisma.ltiScore.findMany({ orderBy: { assignmentId: "asc" }, omit: { updatedAt: true } }),
      prisma.ltiAccount.count(),
      prisma.ltiContext.count(),
    ]),
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
    readingChoices,
    annotations,
    lti,
  });
}

export async function call(
  action: TServerAction,
  fields: Record<string, string | File>,
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

/** Every server action (found once) and the two teachers' world (made afresh for each test). */
export let actions: Map<string, TServerAction>;
export let world: Awaited<ReturnType<typeof makeWorld>>;

export async function makeWorld() {
  const teacherA = await makeTeacher();
  const teacherB = await makeTeacher();
  const classA = await makeClass(teacherA);
  const classB = await makeClass(teacherB);
  // On, so an attack that turns B's read-aloud off ("value": "false") would show.
  await setClassReadAloud(teacherB, classB.id, true);
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
  const annotationB = randomUUID();
  await saveAnnotation(
    studentB,
    await annotationInput("kim-putin-arms-talks", "p5.s2", { id: annotationB, note: "B's own" }),
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
    paragraphs: ["Officials said so. The U.S. Steel agreed."],
  });
  // A draft Debrief really offers on B's article: an attack names one that exists.
  const draftKeyB = draftsFor(
    paragraphsFromTexts(["Officials said so. The U.S. Steel agreed."]),
  )[0]!.key;
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
    draftKeyB,
    annotationB,
  };
}

/** Input that would change B's data if the checks let it through. */
export const attackOnB = () => ({
  classId: world.classB.id,
  studentId: world.studentB.id,
  name: "Taken over",
  value: "false",
  names: "Mallory",
  // A roster file that would add Mallory to B's class.
  users: new File(["Mallory"], "names.txt", { type: "text/plain" }),
  intent: "create",
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
  readingLevel: "simpler",
  readAloud: "on",
  level: "simpler",
  criterion_claim: "1",
  criterion_evidence: "2",
  criterion_reasoning: "3",
  comment: "Hijacked",
  below: "100",
  articleId: world.articleB,
  key: world.draftKeyB,
  kind: "whatHappened",
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

/** Registers the fresh world before each test of the calling file, signed out. */
export function freshWorldEachTest() {
  beforeEach(async () => {
    actions ??= await discoverActions();
    world = await makeWorld();
    session.user = null;
    session.started = [];
  });
}

/** Every route handler in the app, as "folder#METHOD", found on disk. */
export async function discoverRoutes(): Promise<string[]> {
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

// Each route handler, which a test in app/lib/authorization*.test.ts calls with no session, the
// wrong role and someone else's ids. A new route fails "every route handler" until it is listed
// here (and tested there).
export const ROUTES_COVERED = [
  "api/annotations#POST",
  "api/attempts#POST",
  "api/attempts/[attemptId]/answers#POST",
  "api/attempts/[attemptId]/submit#POST",
  "api/health#GET",
  "lti/finish#POST",
  "lti/jwks#GET",
  "lti/launch#POST",
  "lti/login#GET",
  "lti/login#POST",
  "lti/register#GET",
  "lti/register#POST",
  "lti/return/[state]#GET",
  "teacher/articles/[articleId]/export#GET",
  "teacher/assignments/[assignmentId]/board#GET",
  "teacher/assignments/[assignmentId]/responses/csv#GET",
  "teacher/classes/[classId]/gradebook/csv#GET",
  "teacher/quizzes/[slug]/[quizId]/export#GET",
  "teacher/students/[studentId]/export#GET",
];
