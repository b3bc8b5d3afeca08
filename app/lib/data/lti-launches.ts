import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/app/lib/db/client";
import { newJoinCode } from "@/app/lib/data/codes";
import { isUniqueViolation, NotFoundError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import type { TPlatform } from "@/app/lib/data/lti-platforms";
import {
  debriefRole,
  displayNameOf,
  isDeepLinking,
  LTI_CLAIM,
  type TLaunchClaims,
  type TResourceLinkClaims,
} from "@/app/lib/lti/claims";
import { LaunchRefused } from "@/app/lib/lti/verify";

// An LTI launch from login initiation to a signed-in user on the right page (issue 33): the
// login's state and nonce, each used once; the LMS user, course and link mirrored as a Debrief
// account, class and assignment. No email is stored, for students or teachers.

const LOGIN_MS = 10 * 60 * 1000;
/** Between a verified launch and the browser's proof that it began the login (postMessage storage). */
const FINISH_MS = 2 * 60 * 1000;

const random = () => randomBytes(24).toString("base64url");

/** How the browser proves it began this login: a cookie, or the platform's postMessage storage. */
export type TBinding = { kind: "cookie" } | { kind: "storage"; target: string };

export async function beginLogin(
  platformId: string,
  binding: TBinding,
): Promise<{ state: string; nonce: string }> {
  const state = random();
  const nonce = random();
  const prisma = await db();
  await prisma.ltiLaunch.create({
    data: {
      state,
      nonce,
      platformId,
      boundBy: binding.kind === "cookie" ? "cookie" : `storage:${binding.target}`,
      expiresAt: new Date(Date.now() + LOGIN_MS),
    },
    select: { state: true },
  });
  return { state, nonce };
}

/**
 * Uses up a login's state: one launch per login, however often its id_token is posted (a replay
 * finds it used). Returns what the login recorded, to check the token's nonce against.
 */
export async function consumeState(
  state: string,
): Promise<{ platformId: string; nonce: string; binding: TBinding }> {
  const prisma = await db();
  const now = new Date();
  const { count } = await prisma.ltiLaunch.updateMany({
    where: { state, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0)
    throw new LaunchRefused(
      "This launch was already used or has expired. Open Debrief from your LMS again.",
    );
  const row = await prisma.ltiLaunch.findUniqueOrThrow({
    where: { state },
    select: { platformId: true, nonce: true, boundBy: true },
  });
  const binding: TBinding = row.boundBy.startsWith("storage:")
    ? { kind: "storage", target: row.boundBy.slice("storage:".length) }
    : { kind: "cookie" };
  return { platformId: row.platformId, nonce: row.nonce, binding };
}

const ZOutcomeSchema = z.object({
  userId: z.string(),
  target: z.string().startsWith("/"),
  frameOrigins: z.array(z.string()),
  deepLink: z
    .object({
      returnUrl: z.string(),
      data: z.string().optional(),
      deploymentId: z.string(),
      classId: z.string(),
      assignmentId: z.string().optional(),
    })
    .optional(),
});
export type TLaunchOutcome = z.output<typeof ZOutcomeSchema>;

/** Keeps a verified launch's outcome for `takeOutcome` (and a deep link's settings for its picker). */
export async function storeOutcome(state: string, outcome: TLaunchOutcome): Promise<void> {
  const prisma = await db();
  await prisma.ltiLaunch.update({
    where: { state },
    data: { outcome: JSON.stringify(outcome), expiresAt: new Date(Date.now() + FINISH_MS) },
    select: { state: true },
  });
}

/** The verified launch's outcome, once: the browser finishing it gets the session. */
export async function takeOutcome(state: string): Promise<TLaunchOutcome> {
  const prisma = await db();
  const now = new Date();
  const { count } = await prisma.ltiLaunch.updateMany({
    where: {
      state,
      usedAt: { not: null },
      finishedAt: null,
      outcome: { not: null },
      expiresAt: { gt: now },
    },
    data: { finishedAt: now },
  });
  if (count === 0)
    throw new LaunchRefused(
      "This launch was already used or has expired. Open Debrief from your LMS again.",
    );
  const row = await prisma.ltiLaunch.findUniqueOrThrow({
    where: { state },
    select: { outcome: true },
  });
  return ZOutcomeSchema.parse(JSON.parse(row.outcome ?? "null"));
}

/** A deep-linking launch's settings, for the teacher it signed in (the picker and its return). */
export async function getDeepLink(user: TSessionUser, state: string) {
  const prisma = await db();
  const row = await prisma.ltiLaunch.findUnique({
    where: { state },
    select: { outcome: true, platformId: true, finishedAt: true },
  });
  const outcome = row?.outcome ? ZOutcomeSchema.parse(JSON.parse(row.outcome)) : null;
  // Kept an hour after the launch: long enough to choose, not forever.
  const fresh = row?.finishedAt && row.finishedAt.getTime() > Date.now() - 3600_000;
  if (!row || !outcome?.deepLink || outcome.userId !== user.id || !fresh)
    throw new NotFoundError("This choice has expired: open Debrief from your LMS again.");
  return { platformId: row.platformId, ...outcome.deepLink, frameOrigins: outcome.frameOrigins };
}

/** Records the assignment a deep link chose; returned once, by `takeDeepLinkChoice`. */
export async function recordDeepLinkChoice(
  user: TSessionUser,
  state: string,
  assignmentId: string,
) {
  const link = await getDeepLink(user, state);
  const prisma = await db();
  const outcome = await prisma.ltiLaunch.findUniqueOrThrow({
    where: { state },
    select: { outcome: true },
  });
  const parsed = ZOutcomeSchema.parse(JSON.parse(outcome.outcome ?? "null"));
  await prisma.ltiLaunch.update({
    where: { state },
    data: {
      outcome: JSON.stringify({ ...parsed, deepLink: { ...parsed.deepLink, assignmentId } }),
    },
    select: { state: true },
  });
  return link;
}

// ---- Mirroring the LMS user, course and link ----

type TAccount = { id: string; role: TSessionUser["role"] };

async function accountFor(
  platform: TPlatform,
  claims: TLaunchClaims,
  role: "TEACHER" | "STUDENT",
): Promise<TAccount> {
  const prisma = await db();
  const displayName = displayNameOf(claims);
  const find = () =>
    prisma.ltiAccount.findUnique({
      where: { platformId_sub: { platformId: platform.id, sub: claims.sub } },
      select: { user: { select: { id: true, role: true, displayName: true } } },
    });
  let found = (await find())?.user;
  if (!found) {
    const id = randomUUID();
    try {
      await prisma.$transaction([
        prisma.user.create({
          data: {
            id,
            role,
            displayName,
            username: `lti-${randomBytes(6).toString("hex")}`,
            // Matches no password: this account signs in through the LMS only.
            passwordHash: "lti",
          },
          select: { id: true },
        }),
        prisma.ltiAccount.create({
          data: { platformId: platform.id, sub: claims.sub, userId: id },
          select: { userId: true },
        }),
      ]);
    } catch (error) {
      // Two launches of a new user at once: the other made the account.
      if (!isUniqueViolation(error)) throw error;
    }
    found = (await find())?.user;
    if (!found)
      throw new LaunchRefused("The account could not be made. Open Debrief from your LMS again.");
  }
  if (found.role !== role)
    throw new LaunchRefused(
      role === "TEACHER"
        ? "Your LMS account opened Debrief as a student before, so it cannot teach here. Ask your Debrief admin."
        : "Your LMS account teaches in Debrief, so it cannot open a course as a student.",
    );
  // The name as the platform gives it now.
  if (found.displayName !== displayName)
    await prisma.user.update({
      where: { id: found.id },
      data: { displayName },
      select: { id: true },
    });
  return { id: found.id, role: found.role };
}

async function classFor(
  platform: TPlatform,
  claims: TLaunchClaims,
  account: TAccount,
): Promise<string> {
  const prisma = await db();
  const context = claims[LTI_CLAIM.context];
  const name = (context.title || context.label || "LMS course").slice(0, 80);
  const find = () =>
    prisma.ltiContext.findUnique({
      where: { platformId_contextId: { platformId: platform.id, contextId: context.id } },
      select: { classId: true },
    });
  let classId = (await find())?.classId;
  if (!classId) {
    if (account.role !== "TEACHER")
      throw new LaunchRefused(
        "Your teacher has not opened Debrief in this course yet. Ask them to, then try again.",
      );
    const id = randomUUID();
    try {
      await prisma.$transaction([
        // Joined through the LMS only: no join code is offered.
        prisma.class.create({
          data: { id, teacherId: account.id, name, joinCode: newJoinCode(), joinEnabled: false },
          select: { id: true },
        }),
        prisma.ltiContext.create({
          data: { platformId: platform.id, contextId: context.id, classId: id },
          select: { classId: true },
        }),
      ]);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    classId = (await find())?.classId;
    if (!classId)
      throw new LaunchRefused("The course could not be set up. Open Debrief from your LMS again.");
  }
  const found = await prisma.class.findUniqueOrThrow({
    where: { id: classId },
    select: { teacherId: true, name: true },
  });
  if (account.role === "TEACHER" && found.teacherId !== account.id)
    throw new LaunchRefused(
      "This course's Debrief class belongs to another teacher's account. Ask them to open it.",
    );
  if (found.name !== name)
    await prisma.class.update({ where: { id: classId }, data: { name }, select: { id: true } });
  if (account.role === "STUDENT")
    await prisma.enrolment.upsert({
      where: { classId_studentId: { classId, studentId: account.id } },
      create: { classId, studentId: account.id },
      // The LMS says they are in the course: a removal in Debrief gives way.
      update: { removedAt: null },
      select: { classId: true },
    });
  return classId;
}

/** The assignment a resource link opens, bound to the link at its first launch. */
async function assignmentFor(
  platform: TPlatform,
  claims: TResourceLinkClaims,
  classId: string,
): Promise<{ id: string } | null> {
  const prisma = await db();
  const link = claims[LTI_CLAIM.resourceLink];
  const ags = claims[LTI_CLAIM.agsEndpoint];
  const lineItemUrl =
    ags?.lineitem && ags.scope.some((scope) => scope.endsWith("/scope/score"))
      ? ags.lineitem
      : null;
  const bound = await prisma.ltiResourceLink.findUnique({
    where: { platformId_linkId: { platformId: platform.id, linkId: link.id } },
    select: { assignmentId: true },
  });
  const custom = claims[LTI_CLAIM.custom]?.debrief_assignment;
  const assignmentId = bound?.assignmentId ?? (typeof custom === "string" ? custom : null);
  if (!assignmentId) return null;
  const assignment = await prisma.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, classId: true, archivedAt: true },
  });
  // A link copied into another course still names the first course's assignment.
  if (!assignment || assignment.classId !== classId || assignment.archivedAt)
    throw new LaunchRefused(
      "This Debrief link belongs to another course. Your teacher can add the quiz to this course again.",
    );
  await prisma.ltiResourceLink.upsert({
    where: { platformId_linkId: { platformId: platform.id, linkId: link.id } },
    create: {
      platformId: platform.id,
      linkId: link.id,
      assignmentId,
      contextId: claims[LTI_CLAIM.context].id,
      lineItemUrl,
    },
    update: lineItemUrl ? { lineItemUrl } : {},
    select: { linkId: true },
  });
  return assignment;
}

/**
 * What a verified launch does: the account, class and assignment mirrored, and where the user
 * lands — students on the assignment (its card: article, explainer, start), teachers on its
 * report, deep linking on the picker.
 */
export async function provisionLaunch(
  platform: TPlatform,
  claims: TLaunchClaims,
  state: string,
): Promise<TLaunchOutcome> {
  if (!platform.deploymentIds.includes(claims[LTI_CLAIM.deploymentId]))
    throw new LaunchRefused(
      "This LMS deployment is not registered with Debrief. Ask your Debrief admin to add it.",
    );
  const role = debriefRole(claims[LTI_CLAIM.roles]);
  if (!role) throw new LaunchRefused("Debrief opens for the teachers and students of a course.");
  const account = await accountFor(platform, claims, role);
  const classId = await classFor(platform, claims, account);
  const base = { userId: account.id, frameOrigins: platform.frameOrigins };
  if (isDeepLinking(claims)) {
    if (role !== "TEACHER")
      throw new LaunchRefused("Only teachers choose what Debrief adds to a course.");
    const settings = claims[LTI_CLAIM.deepLinkingSettings];
    if (!settings.accept_types.includes("ltiResourceLink"))
      throw new LaunchRefused("This place in the LMS does not take links to quizzes.");
    return {
      ...base,
      target: `/teacher/lti/deep-link/${encodeURIComponent(state)}`,
      deepLink: {
        returnUrl: settings.deep_link_return_url,
        data: settings.data,
        deploymentId: claims[LTI_CLAIM.deploymentId],
        classId,
      },
    };
  }
  const assignment = await assignmentFor(platform, claims, classId);
  if (!assignment) {
    if (role === "TEACHER") return { ...base, target: `/teacher/classes/${classId}` };
    throw new LaunchRefused("This link has no Debrief quiz yet. Your teacher can choose one.");
  }
  return {
    ...base,
    target:
      role === "TEACHER"
        ? `/teacher/assignments/${assignment.id}`
        : `/student#assignment-${assignment.id}`,
  };
}

/**
 * LTI logins an hour past their expiry: nothing reads them again (a replay of their state is
 * refused as unknown, as it was as used; a deep link's choice lasts an hour).
 */
export async function deleteExpiredLaunches(now: Date): Promise<void> {
  const prisma = await db();
  await prisma.ltiLaunch.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - 3600_000) } },
  });
}
