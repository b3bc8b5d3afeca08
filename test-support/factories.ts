// Per-test data factories: every call makes new, uniquely named rows, so tests never share state.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/app/lib/passwords/hashing";
import { db } from "@/app/lib/db/client";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { DEFAULT_ASSIGNMENT_RULES, type TAssignmentInput } from "@/app/lib/schemas/assignments";
import { getPack } from "@/app/lib/content";
import type { TAnnotationSave } from "@/app/lib/reading/annotations";

export const TEST_PASSWORD = "a perfectly fine test password";
let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomUUID().slice(0, 8);

export async function makeTeacher(): Promise<TSessionUser & { email: string }> {
  const prisma = await db();
  const email = `teacher-${unique()}@example.org`;
  const user = await prisma.user.create({
    data: {
      role: "TEACHER",
      email,
      displayName: `Teacher ${email}`,
      passwordHash: await passwordHash(),
    },
    select: { id: true, role: true, displayName: true, mustChangePassword: true },
  });
  return { ...user, email };
}

export async function makeClass(teacher: TSessionUser) {
  const prisma = await db();
  return prisma.class.create({
    data: {
      name: `Class ${unique()}`,
      joinCode: unique().slice(0, 6).toUpperCase(),
      teacherId: teacher.id,
    },
    select: { id: true, name: true, joinCode: true },
  });
}

export async function makeStudent(classId?: string): Promise<TSessionUser & { username: string }> {
  const prisma = await db();
  const username = `student-${unique()}`;
  const user = await prisma.user.create({
    data: {
      role: "STUDENT",
      username,
      displayName: `Student ${username}`,
      passwordHash: await passwordHash(),
      ...(classId ? { enrolments: { create: { classId } } } : {}),
    },
    select: { id: true, role: true, displayName: true, mustChangePassword: true },
  });
  return { ...user, username };
}

const HOUR_MS = 3600 * 1000;

/** The assignment form's input: Key facts, open an hour ago, due tomorrow; override what matters. */
export const assignmentInput = (overrides: Partial<TAssignmentInput> = {}): TAssignmentInput => ({
  title: "Key facts check",
  articleSlug: "kim-putin-arms-talks",
  quizId: "key-facts",
  questionIds: [],
  availableFrom: new Date(Date.now() - HOUR_MS),
  dueAt: new Date(Date.now() + 24 * HOUR_MS),
  ...DEFAULT_ASSIGNMENT_RULES,
  ...overrides,
});

/** A new highlight of a whole sentence of a library article, on its current version. */
export async function annotationInput(
  articleSlug: string,
  sentenceId: string,
  overrides: Partial<TAnnotationSave> = {},
): Promise<TAnnotationSave> {
  const pack = await getPack(articleSlug);
  if (!pack) throw new Error(`No library article ${articleSlug}`);
  return {
    id: randomUUID(),
    articleSlug,
    contentVersion: pack.version,
    sentenceId,
    start: null,
    end: null,
    kind: "evidence",
    note: "",
    removed: false,
    seq: 1,
    ...overrides,
  };
}
