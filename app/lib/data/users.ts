import "server-only";
import { hashPassword, needsRehash, verifyPassword } from "@/app/lib/passwords/hashing";
import { isCommonPassword } from "@/app/lib/passwords/policy";
import { db } from "@/app/lib/db/client";
import { newOneTimePassword, usernameBase } from "@/app/lib/data/codes";
import {
  ConflictError,
  InvalidInputError,
  isUniqueViolation,
  NotFoundError,
  UnauthenticatedError,
  wrongJoinCode,
} from "@/app/lib/data/errors";
import {
  assertCanManageClass,
  assertCanManageStudent,
  assertManagesStudentAlone,
} from "@/app/lib/data/permissions";
import { SESSION_USER_SELECT, type TSessionUser } from "@/app/lib/data/sessions";
import { clearSignInCounts, currentPasswordKeys, guarded } from "@/app/lib/data/throttle";
import type { TJoinSignUp, TSignUp } from "@/app/lib/schemas/auth";

function assertNotCommon(password: string, field = "password"): void {
  if (isCommonPassword(password)) {
    throw new InvalidInputError(
      "This password is too common and easy to guess. Choose another.",
      field,
    );
  }
}

// A fixed hash to verify against when no account matches, so a wrong username takes as long as a
// wrong password and response times do not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** The account a sign-in names: teachers by email, students by username, case ignored. */
export function accountWhere(identifier: string) {
  const name = identifier.trim().toLowerCase();
  return name.includes("@") ? { email: name } : { username: name };
}

/** Checks a sign-in. Returns the user, or null for any mismatch (never which part was wrong). */
export async function authenticate(
  identifier: string,
  password: string,
): Promise<TSessionUser | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: accountWhere(identifier),
    select: { ...SESSION_USER_SELECT, passwordHash: true },
  });
  if (!user) {
    decoyHash ??= hashPassword("decoy password that matches nothing");
    await verifyPassword(password, await decoyHash);
    return null;
  }
  const { passwordHash, ...sessionUser } = user;
  if (!(await verifyPassword(password, passwordHash))) return null;
  if (needsRehash(passwordHash)) {
    // Upgrade an older hash now that we hold the password; conditional on the stored hash so a
    // password changed meanwhile is never overwritten.
    await prisma.user.updateMany({
      where: { id: user.id, passwordHash },
      data: { passwordHash: await hashPassword(password) },
    });
  }
  return sessionUser;
}

export async function createTeacher(input: TSignUp): Promise<TSessionUser> {
  assertNotCommon(input.password);
  const prisma = await db();
  try {
    return await prisma.user.create({
      data: {
        role: "TEACHER",
        email: input.email,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
      },
      select: SESSION_USER_SELECT,
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError("An account with this email already exists. Sign in instead.");
    throw error;
  }
}

/** A student creates their own account with a class join code; the role is always STUDENT. */
export async function createStudentWithJoinCode(input: TJoinSignUp): Promise<TSessionUser> {
  assertNotCommon(input.password);
  const prisma = await db();
  const found = await prisma.class.findFirst({
    where: { joinCode: input.joinCode, joinEnabled: true, archivedAt: null },
    select: { id: true },
  });
  if (!found) throw wrongJoinCode();
  try {
    return await prisma.user.create({
      data: {
        role: "STUDENT",
        username: input.username,
        displayName: input.displayName,
        passwordHash: await hashPassword(input.password),
        enrolments: { create: { classId: found.id } },
      },
      select: SESSION_USER_SELECT,
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new InvalidInputError("That username is taken. Try another.", "username");
    throw error;
  }
}

/** Changes a password after checking the current one. The caller ends the user's other sessions. */
export async function changePassword(
  user: TSessionUser,
  current: string,
  next: string,
): Promise<void> {
  const prisma = await db();
  const row = await prisma.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!row) throw new UnauthenticatedError();
  // A borrowed, unlocked device must not become a way to guess the password.
  await guarded(
    currentPasswordKeys(user.id),
    async () => {
      if (!(await verifyPassword(current, row.passwordHash)))
        throw new InvalidInputError("Your current password is not right.", "currentPassword");
    },
    (error) => error instanceof InvalidInputError,
  );
  if (current === next)
    throw new InvalidInputError("Choose a password different from the current one.", "newPassword");
  assertNotCommon(next, "newPassword");
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(next), mustChangePassword: false },
    select: { id: true },
  });
}

/** After signing in with a one-time password, the student replaces it (they just proved they know it). */
export async function replaceOneTimePassword(user: TSessionUser, next: string): Promise<void> {
  assertNotCommon(next, "newPassword");
  const prisma = await db();
  const updated = await prisma.user.updateMany({
    where: { id: user.id, mustChangePassword: true },
    data: { passwordHash: await hashPassword(next), mustChangePassword: false },
  });
  if (updated.count === 0)
    throw new InvalidInputError("Your password was already set. Use Change password instead.");
}

export type TNewCredentials = { displayName: string; username: string; password: string };

/** A student to create: their name, and their id in the roster file they came from, if any. */
export type TNewStudent = { displayName: string; rosterId?: string | null };

/**
 * Creates student accounts for a class, all or none; one-time passwords are returned once.
 * Names only (the paste form) or from a roster file (app/lib/data/roster-imports.ts).
 */
export async function bulkCreateStudents(
  user: TSessionUser,
  classId: string,
  students: TNewStudent[],
): Promise<TNewCredentials[]> {
  await assertCanManageClass(user, classId);
  return createStudentAccounts(classId, students);
}

/** The accounts themselves, for a caller that has checked who may add them (roster-imports.ts). */
export async function createStudentAccounts(
  classId: string,
  students: TNewStudent[],
): Promise<TNewCredentials[]> {
  const prisma = await db();
  const bases = students.map((student) => usernameBase(student.displayName));
  const taken = new Set(
    (
      await prisma.user.findMany({
        where: { OR: [...new Set(bases)].map((base) => ({ username: { startsWith: base } })) },
        select: { username: true },
      })
    ).map((row) => row.username),
  );
  const credentials: TNewCredentials[] = [];
  for (const [index, { displayName }] of students.entries()) {
    const base = bases[index] ?? "student";
    let username = base;
    for (let n = 2; taken.has(username); n += 1) username = `${base}${n}`;
    taken.add(username);
    credentials.push({ displayName, username, password: newOneTimePassword() });
  }
  // Hashed one after another: each hash holds 19 MiB while it runs (docs/decisions/0007).
  const accounts: {
    entry: (typeof credentials)[number];
    rosterId: string | null;
    passwordHash: string;
  }[] = [];
  for (const [index, entry] of credentials.entries())
    accounts.push({
      entry,
      rosterId: students[index]?.rosterId ?? null,
      passwordHash: await hashPassword(entry.password),
    });
  try {
    // One batch: either every account is created or none is.
    await prisma.$transaction(
      accounts.map(({ entry, rosterId, passwordHash }) =>
        prisma.user.create({
          data: {
            role: "STUDENT",
            rosterId,
            username: entry.username,
            displayName: entry.displayName,
            passwordHash,
            mustChangePassword: true,
            enrolments: { create: { classId } },
          },
          select: { id: true },
        }),
      ),
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError(
        "Someone took one of those usernames, or added one of these students, just now. Nothing was created: please try again.",
      );
    throw error;
  }
  return credentials;
}

export async function resetStudentPassword(
  user: TSessionUser,
  studentId: string,
): Promise<TNewCredentials> {
  await assertManagesStudentAlone(user, studentId);
  const prisma = await db();
  const password = newOneTimePassword();
  const passwordHash = await hashPassword(password);
  const [student] = await prisma.$transaction([
    prisma.user.update({
      where: { id: studentId },
      data: { passwordHash, mustChangePassword: true },
      select: { displayName: true, username: true },
    }),
    prisma.session.deleteMany({ where: { userId: studentId } }),
  ]);
  return { displayName: student.displayName, username: student.username ?? "", password };
}

/**
 * Lets a student sign in again at once after wrong passwords (theirs or a classmate's) locked
 * them out: every count against their account is cleared. Their password is unchanged.
 */
export async function unlockStudentSignIn(
  user: TSessionUser,
  studentId: string,
): Promise<{ displayName: string }> {
  await assertCanManageStudent(user, studentId);
  const prisma = await db();
  const student = await prisma.user.findUniqueOrThrow({
    where: { id: studentId },
    select: { displayName: true, username: true },
  });
  if (student.username) await clearSignInCounts(student.username);
  return { displayName: student.displayName };
}

/**
 * What Debrief holds about one student in the caller's classes, for a teacher's export: the
 * account, their enrolments in the teacher's classes and their work on the teacher's assignments
 * (no password hash, no sessions, nothing from another teacher's class or their own practice).
 */
export async function exportStudent(user: TSessionUser, studentId: string) {
  await assertCanManageStudent(user, studentId);
  const prisma = await db();
  const mine = { class: { teacherId: user.id } };
  const student = await prisma.user.findUnique({
    where: { id: studentId },
    select: {
      id: true,
      role: true,
      username: true,
      displayName: true,
      createdAt: true,
      enrolments: {
        where: mine,
        select: { joinedAt: true, removedAt: true, class: { select: { id: true, name: true } } },
      },
      attempts: {
        where: { assignment: mine },
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          articleSlug: true,
          quizId: true,
          assignmentId: true,
          contentVersion: true,
          status: true,
          startedAt: true,
          submittedAt: true,
          score: true,
          maxScore: true,
          responses: {
            select: {
              questionId: true,
              answer: true,
              savedAt: true,
              points: true,
              maxPoints: true,
              outcome: true,
              grade: { select: { points: true, comment: true, gradedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!student) throw new NotFoundError("We could not find that student.");
  return {
    exportedAt: new Date().toISOString(),
    student: {
      ...student,
      attempts: student.attempts.map((attempt) => ({
        ...attempt,
        responses: attempt.responses.map((response) => ({
          ...response,
          answer: JSON.parse(response.answer) as unknown,
        })),
      })),
    },
  };
}

/** Deletes a student and, by cascade, their sessions, enrolments, attempts, answers and reviews. */
export async function deleteStudent(user: TSessionUser, studentId: string): Promise<void> {
  await assertManagesStudentAlone(user, studentId);
  const prisma = await db();
  await prisma.user.deleteMany({ where: { id: studentId, role: "STUDENT" } });
}
