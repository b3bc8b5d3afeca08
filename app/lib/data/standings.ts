import "server-only";
import { z } from "zod";
import { Prisma } from "@/app/generated/prisma/client";
import { db } from "@/app/lib/db/client";

// Where each student stands on each assignment, aggregated in the database: one row per
// (assignment, student) however many attempts there are, so the gradebook's page of ten
// assignments reads 400 rows for a class of 40 whether it holds 1,000 attempts or 100,000.
// The counted attempt follows the assignment's policy: FIRST and LATEST by start, HIGHEST by
// share of the maximum (the earliest on a tie).

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

// Both drivers: SQLite gives integers and 0/1, PostgreSQL cast integers and booleans.
const ZCountRowSchema = z.object({
  studentId: z.string(),
  assignmentId: z.string(),
  submitted: z.coerce.number(),
  submittedOnTime: z.coerce.number(),
  open: z.coerce.number(),
});

const ZFirstRowSchema = z.object({
  studentId: z.string(),
  assignmentId: z.string(),
  id: z.string(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  pendingManual: z.union([z.boolean(), z.number()]).transform(Boolean),
});

/** Standings of every student with an attempt on the given assignments. */
export async function listStandings(assignmentIds: string[]): Promise<TStanding[]> {
  if (assignmentIds.length === 0) return [];
  const where = Prisma.sql`s."id" IN (${Prisma.join(assignmentIds)})`;
  const prisma = await db();
  // Two statements, cheaper on SQLite than one window carrying the counts too (27 → 22 ms at
  // 10,000 attempts): the counts by group, and the first row of a window ordered so that it is
  // the counted attempt — or, with nothing submitted, the latest started. Display only: a submit
  // landing between the two reads shows on the next view.
  const [counts, firsts] = await Promise.all([
    prisma.$queryRaw<unknown[]>(Prisma.sql`
      SELECT a."studentId", a."assignmentId",
        CAST(SUM(CASE WHEN a."status" = 'SUBMITTED' THEN 1 ELSE 0 END) AS INTEGER) AS "submitted",
        CAST(SUM(CASE WHEN a."status" = 'SUBMITTED' AND NOT a."late" THEN 1 ELSE 0 END) AS INTEGER) AS "submittedOnTime",
        CAST(SUM(CASE WHEN a."status" = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS INTEGER) AS "open"
      FROM "Attempt" a
      JOIN "Assignment" s ON s."id" = a."assignmentId"
      WHERE ${where}
      GROUP BY a."assignmentId", a."studentId"`),
    prisma.$queryRaw<unknown[]>(Prisma.sql`
      SELECT "studentId", "assignmentId", "id", "score", "maxScore", "pendingManual"
      FROM (
        SELECT a."studentId", a."assignmentId", a."id", a."score", a."maxScore", a."pendingManual",
          ROW_NUMBER() OVER (PARTITION BY a."assignmentId", a."studentId" ORDER BY
            CASE WHEN a."status" = 'SUBMITTED' THEN 0 ELSE 1 END,
            CASE WHEN a."status" = 'SUBMITTED' AND s."countPolicy" = 'HIGHEST' AND a."maxScore" > 0
              THEN COALESCE(a."score", 0) * 1.0 / a."maxScore" ELSE 0 END DESC,
            CASE WHEN a."status" = 'SUBMITTED' AND s."countPolicy" <> 'LATEST' THEN a."startedAt" END ASC,
            a."startedAt" DESC) AS "rank"
        FROM "Attempt" a
        JOIN "Assignment" s ON s."id" = a."assignmentId"
        WHERE ${where}
      ) ranked
      WHERE "rank" = 1`),
  ]);
  const first = new Map(
    firsts.map((raw) => {
      const row = ZFirstRowSchema.parse(raw);
      return [`${row.studentId}:${row.assignmentId}`, row] as const;
    }),
  );
  return counts.flatMap((raw) => {
    const row = ZCountRowSchema.parse(raw);
    const top = first.get(`${row.studentId}:${row.assignmentId}`);
    if (!top) return [];
    return [
      {
        ...row,
        lastId: top.id,
        counted:
          row.submitted > 0
            ? { id: top.id, score: top.score, maxScore: top.maxScore, pending: top.pendingManual }
            : null,
      },
    ];
  });
}
