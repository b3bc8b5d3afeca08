import "server-only";
import { db } from "@/app/lib/db/client";
import { logEvent } from "@/app/lib/log";
import { listStandings } from "@/app/lib/data/standings";
import { assertCanManageAssignment } from "@/app/lib/data/permissions";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { postScore } from "@/app/lib/lti/ags";
import { signingKey } from "@/app/lib/data/lti-keys";

// Grades owed to an LMS (AGS, issue 33). Every change to a student's counted score on a linked
// assignment is written down first (LtiScore), then sent; a send that fails is tried again later
// (30 s, 1 min, 2 min… up to 6 h apart) and listed for the teacher until the LMS has it.

const CLAIM_MS = 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;

export function backoffMs(tries: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, tries - 1), MAX_BACKOFF_MS);
}

/**
 * Writes down the student's counted score for the LMS (after a submission, a grade or a regrade)
 * and starts sending it. Nothing for an assignment no LMS links to, or a student not from one.
 */
export async function noteScoreChange(assignmentId: string, studentId: string): Promise<void> {
  // The student's work is stored before this runs: a failure here must not fail their submission.
  await writeScore(assignmentId, studentId).catch((error: unknown) => {
    logEvent("lti.score_failed", { assignmentId, reason: String(error) });
  });
}

async function writeScore(assignmentId: string, studentId: string): Promise<void> {
  const prisma = await db();
  const link = await prisma.ltiResourceLink.findFirst({
    where: { assignmentId, lineItemUrl: { not: null } },
    select: { platformId: true, lineItemUrl: true },
  });
  if (!link?.lineItemUrl) return;
  const account = await prisma.ltiAccount.findFirst({
    where: { userId: studentId, platformId: link.platformId },
    select: { sub: true },
  });
  if (!account) return;
  const counted = (await listStandings([assignmentId])).find(
    (s) => s.studentId === studentId,
  )?.counted;
  if (!counted || counted.score === null || counted.maxScore === null) return;
  const data = {
    platformId: link.platformId,
    lineItemUrl: link.lineItemUrl,
    sub: account.sub,
    scoreGiven: counted.score,
    scoreMaximum: counted.maxScore,
    // Canvas ignores a pending score: the automatic part goes now, the full score after grading.
    gradingProgress: counted.pending ? "PendingManual" : "FullyGraded",
  };
  const now = new Date();
  await prisma.ltiScore.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } },
    create: { assignmentId, studentId, ...data },
    update: { ...data, version: { increment: 1 }, tries: 0, nextTryAt: now, lastError: "" },
    select: { assignmentId: true },
  });
  // Not awaited: the student's submission does not wait on the LMS.
  void sendDueScores({ assignmentId }).catch(() => undefined);
}

/**
 * Sends every score that is due (of one assignment, or all). Each row is claimed first with a
 * conditional update, so two instances never send the same one at once; a send marks the row sent
 * only if no newer score arrived meanwhile. Returns how many were sent.
 */
export async function sendDueScores(scope: { assignmentId?: string } = {}): Promise<number> {
  const prisma = await db();
  const now = new Date();
  const due = await prisma.ltiScore.findMany({
    where: {
      ...scope,
      sentVersion: { lt: prisma.ltiScore.fields.version },
      nextTryAt: { lte: now },
      claimedUntil: { lte: now },
    },
    take: 100,
    select: {
      assignmentId: true,
      studentId: true,
      platformId: true,
      lineItemUrl: true,
      sub: true,
      scoreGiven: true,
      scoreMaximum: true,
      gradingProgress: true,
      version: true,
      tries: true,
    },
  });
  let sent = 0;
  for (const row of due) {
    const key = { assignmentId: row.assignmentId, studentId: row.studentId };
    const claimed = await prisma.ltiScore.updateMany({
      where: { ...key, claimedUntil: { lte: now } },
      data: { claimedUntil: new Date(Date.now() + CLAIM_MS) },
    });
    if (claimed.count === 0) continue;
    const platform = await prisma.ltiPlatform.findUnique({
      where: { id: row.platformId },
      select: { id: true, clientId: true, tokenUrl: true },
    });
    try {
      if (!platform) throw new Error("The LMS is no longer registered.");
      await postScore(
        platform,
        row.lineItemUrl,
        {
          userId: row.sub,
          scoreGiven: row.scoreGiven,
          scoreMaximum: row.scoreMaximum,
          gradingProgress:
            row.gradingProgress === "PendingManual" ? "PendingManual" : "FullyGraded",
        },
        signingKey,
      );
      await prisma.ltiScore.updateMany({
        where: { ...key, version: row.version },
        data: {
          sentVersion: row.version,
          sentAt: new Date(),
          tries: 0,
          lastError: "",
          claimedUntil: new Date(),
        },
      });
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : "The LMS could not be reached.";
      logEvent("lti.score_failed", { assignmentId: row.assignmentId, reason: message });
      await prisma.ltiScore.updateMany({
        where: key,
        data: {
          tries: { increment: 1 },
          nextTryAt: new Date(Date.now() + backoffMs(row.tries + 1)),
          lastError: message.slice(0, 300),
          claimedUntil: new Date(),
        },
      });
    }
  }
  return sent;
}

export type TUnsentScore = {
  studentId: string;
  studentName: string;
  scoreGiven: number;
  scoreMaximum: number;
  gradingProgress: string;
  tries: number;
  nextTryAt: Date;
  lastError: string;
};

/** The assignment's grades the LMS does not have yet (the teacher's list), and whether it is linked. */
export async function listUnsentScores(
  user: TSessionUser,
  assignmentId: string,
): Promise<{ linked: boolean; unsent: TUnsentScore[] }> {
  await assertCanManageAssignment(user, assignmentId);
  const prisma = await db();
  const [links, rows] = await Promise.all([
    prisma.ltiResourceLink.count({ where: { assignmentId, lineItemUrl: { not: null } } }),
    prisma.ltiScore.findMany({
      where: { assignmentId, sentVersion: { lt: prisma.ltiScore.fields.version } },
      orderBy: { updatedAt: "asc" },
      select: {
        studentId: true,
        scoreGiven: true,
        scoreMaximum: true,
        gradingProgress: true,
        tries: true,
        nextTryAt: true,
        lastError: true,
      },
    }),
  ]);
  const names = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: rows.map((row) => row.studentId) } },
        select: { id: true, displayName: true },
      })
    ).map((row) => [row.id, row.displayName]),
  );
  return {
    linked: links > 0,
    unsent: rows.map((row) => ({ ...row, studentName: names.get(row.studentId) ?? "" })),
  };
}

/** "Send now": every unsent grade of the assignment is due at once, then sent. */
export async function resendScores(
  user: TSessionUser,
  assignmentId: string,
): Promise<{ sent: number; left: number }> {
  await assertCanManageAssignment(user, assignmentId);
  const prisma = await db();
  await prisma.ltiScore.updateMany({
    where: { assignmentId, sentVersion: { lt: prisma.ltiScore.fields.version } },
    data: { nextTryAt: new Date() },
  });
  const sent = await sendDueScores({ assignmentId });
  const left = await prisma.ltiScore.count({
    where: { assignmentId, sentVersion: { lt: prisma.ltiScore.fields.version } },
  });
  return { sent, left };
}
