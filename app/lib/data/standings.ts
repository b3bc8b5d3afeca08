import "server-only";
import { z } from "zod";
import { Prisma } from "@/app/generated/prisma/client";
import { db } from "@/app/lib/db/client";

// Where each student stands on each assignment, aggregated in the database: one row per
// (assignment, student) however many attempts there are, so the gradebook and the analysis read
// 1,000 rows for a class of 40 × 25 assignments whether it holds 1,000 attempts or 100,000.
// The counted attempt follows the assignment's policy as countedAttempt() does in memory:
// FIRST and LATEST by start, HIGHEST by share of the maximum, earliest on a tie.

export type TStanding = {
  studentId: string;
  assignmentId: string;
  submitted: number;
  submittedOnTime: number;
  open: number;
  /** The most recently started attempt when nothing was submitted, else the counted one. */
  lastId: string;
  /** The attempt that counts; only when something was submitted. */
  counted: { id: string; score: number | null; maxScore: number | null; pending: boolean } | null;
};

// Both drivers: SQLite gives integers and 0/1, PostgreSQL bigints as numbers (cast) and booleans.
const ZStandingRowSchema = z.object({
  studentId: z.string(),
  assignmentId: z.string(),
  submitted: z.coerce.number(),
  submittedOnTime: z.coerce.number(),
  open: z.coerce.number(),
  id: z.string(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  pendingManual: z.union([z.boolean(), z.number()]).transform(Boolean),
});

/** Standings of every student with an attempt, for one class's live assignments or one assignment. */
export async function listStandings(
  scope: { classId: string } | { assignmentId: string },
): Promise<TStanding[]> {
  const where =
    "classId" in scope
      ? Prisma.sql`s."classId" = ${scope.classId} AND s."archivedAt" IS NULL`
      : Prisma.sql`s."id" = ${scope.assignmentId}`;
  const prisma = await db();
  // One window, ordered so its first row is the counted attempt — or, with nothing submitted,
  // the latest started — and the counts over its whole partition.
  const whole = Prisma.sql`(w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)`;
  const rows = await prisma.$queryRaw<unknown[]>(Prisma.sql`
    SELECT "studentId", "assignmentId", "submitted", "submittedOnTime", "open",
      "id", "score", "maxScore", "pendingManual"
    FROM (
      SELECT a."studentId", a."assignmentId", a."id", a."score", a."maxScore", a."pendingManual",
        ROW_NUMBER() OVER w AS "rank",
        CAST(SUM(CASE WHEN a."status" = 'SUBMITTED' THEN 1 ELSE 0 END) OVER ${whole} AS INTEGER) AS "submitted",
        CAST(SUM(CASE WHEN a."status" = 'SUBMITTED' AND NOT a."late" THEN 1 ELSE 0 END) OVER ${whole} AS INTEGER) AS "submittedOnTime",
        CAST(SUM(CASE WHEN a."status" = 'IN_PROGRESS' THEN 1 ELSE 0 END) OVER ${whole} AS INTEGER) AS "open"
      FROM "Attempt" a
      JOIN "Assignment" s ON s."id" = a."assignmentId"
      WHERE ${where}
      WINDOW w AS (PARTITION BY a."assignmentId", a."studentId" ORDER BY
        CASE WHEN a."status" = 'SUBMITTED' THEN 0 ELSE 1 END,
        CASE WHEN a."status" = 'SUBMITTED' AND s."countPolicy" = 'HIGHEST' AND a."maxScore" > 0
          THEN COALESCE(a."score", 0) * 1.0 / a."maxScore" ELSE 0 END DESC,
        CASE WHEN a."status" = 'SUBMITTED' AND s."countPolicy" <> 'LATEST' THEN a."startedAt" END ASC,
        a."startedAt" DESC)
    ) ranked
    WHERE "rank" = 1`);
  return rows.map((raw) => {
    const row = ZStandingRowSchema.parse(raw);
    return {
      studentId: row.studentId,
      assignmentId: row.assignmentId,
      submitted: row.submitted,
      submittedOnTime: row.submittedOnTime,
      open: row.open,
      lastId: row.id,
      counted:
        row.submitted > 0
          ? { id: row.id, score: row.score, maxScore: row.maxScore, pending: row.pendingManual }
          : null,
    };
  });
}
