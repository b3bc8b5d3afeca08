import "server-only";
import { Prisma } from "@/app/generated/prisma/client";
import { databaseProvider } from "@/app/lib/env";
import type { TProvider } from "@/app/lib/db/provider";

// The few statements Prisma's query API cannot express as one atomic step, written once per
// database. Each variant runs in the data-layer tests on its own database.

export type TAnswerUpsert = {
  id: string;
  attemptId: string;
  studentId: string;
  questionId: string;
  answer: string;
  seq: number;
  now: Date;
  cutoff: Date;
};

/**
 * Inserts or updates one answer, only while the attempt is open, its time (plus grace) has not run
 * out, and the seq is newer than the stored one. On PostgreSQL the attempt row is read FOR SHARE:
 * a submit's UPDATE of that row then waits for the save to commit (so grading sees it), or the
 * save waits for the submit and finds the attempt closed. SQLite has one writer at a time, which
 * gives the same order without a lock clause.
 */
export function upsertAnswerSql(row: TAnswerUpsert, provider: TProvider = databaseProvider) {
  if (provider === "postgresql") {
    return Prisma.sql`
      INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "seq", "contentVersion", "savedAt")
      SELECT ${row.id}::text, a."id", ${row.questionId}::text, ${row.answer}::text, ${row.seq}::integer,
        a."contentVersion", ${row.now}::timestamp(3)
      FROM "Attempt" a
      WHERE a."id" = ${row.attemptId} AND a."studentId" = ${row.studentId} AND a."status" = 'IN_PROGRESS'
        AND (a."deadlineAt" IS NULL OR a."deadlineAt" > ${row.cutoff}::timestamp(3))
      FOR SHARE OF a
      ON CONFLICT ("attemptId", "questionId") DO UPDATE
        SET "answer" = excluded."answer", "seq" = excluded."seq", "savedAt" = excluded."savedAt"
        WHERE excluded."seq" > "Response"."seq"`;
  }
  return Prisma.sql`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "seq", "contentVersion", "savedAt")
    SELECT ${row.id}, a."id", ${row.questionId}, ${row.answer}, ${row.seq}, a."contentVersion", ${row.now}
    FROM "Attempt" a
    WHERE a."id" = ${row.attemptId} AND a."studentId" = ${row.studentId} AND a."status" = 'IN_PROGRESS'
      AND (a."deadlineAt" IS NULL OR a."deadlineAt" > ${row.cutoff})
    ON CONFLICT ("attemptId", "questionId") DO UPDATE
      SET "answer" = excluded."answer", "seq" = excluded."seq", "savedAt" = excluded."savedAt"
      WHERE excluded."seq" > "Response"."seq"`;
}

/**
 * Recomputes an attempt's score and pending flag from its responses, in one statement so a
 * concurrent grade of another response cannot be overwritten by a stale sum. The SQL is the same
 * on both databases; the text parameter is cast for PostgreSQL's planner.
 */
export function recomputeAttemptScoreSql(
  attemptId: string,
  provider: TProvider = databaseProvider,
) {
  const id = provider === "postgresql" ? Prisma.sql`${attemptId}::text` : Prisma.sql`${attemptId}`;
  return Prisma.sql`UPDATE "Attempt" SET
    "score" = (SELECT COALESCE(SUM("points"), 0) FROM "Response" WHERE "attemptId" = ${id}),
    "pendingManual" = EXISTS (SELECT 1 FROM "Response" WHERE "attemptId" = ${id} AND "outcome" = 'pending')
    WHERE "id" = ${id}`;
}
