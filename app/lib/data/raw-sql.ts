import "server-only";
import { Prisma } from "@/app/generated/prisma/client";
import { databaseProvider } from "@/app/lib/env";
import type { TProvider } from "@/app/lib/database-url";

// The few statements Prisma's query API cannot express as one atomic step. Each is written once;
// where the databases differ (parameter types, a row lock) the difference is spelled out inline,
// and the data-layer tests run every statement on both.

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
 * Inserts or updates one answer, only while the attempt is open and before its cutoff (see
 * app/lib/quiz/cutoff.ts: time limit plus grace; for an assignment also its due date plus grace
 * when late work is off, its closing or archiving, and the student leaving the class), and only
 * if the seq is newer than the stored one. `cutoff` is now minus the grace period. On PostgreSQL
 * the attempt row is read FOR SHARE:
 * a submit's UPDATE of that row then waits for the save to commit (so grading sees it), or the
 * save waits for the submit and finds the attempt closed. SQLite has one writer at a time, which
 * gives the same order without a lock clause.
 */
export function upsertAnswerSql(row: TAnswerUpsert, provider: TProvider = databaseProvider) {
  const typed = typedParameter(provider);
  const lock = provider === "postgresql" ? Prisma.sql`FOR SHARE OF a` : Prisma.empty;
  return Prisma.sql`
    INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "seq", "contentVersion", "savedAt")
    SELECT ${typed(row.id, "text")}, a."id", ${typed(row.questionId, "text")}, ${typed(row.answer, "text")},
      ${typed(row.seq, "integer")}, a."contentVersion", ${typed(row.now, "timestamp(3)")}
    FROM "Attempt" a
    LEFT JOIN "Assignment" s ON s."id" = a."assignmentId"
    LEFT JOIN "Accommodation" m ON m."assignmentId" = a."assignmentId" AND m."studentId" = a."studentId"
    WHERE a."id" = ${row.attemptId} AND a."studentId" = ${row.studentId} AND a."status" = 'IN_PROGRESS'
      AND (a."deadlineAt" IS NULL OR a."deadlineAt" > ${typed(row.cutoff, "timestamp(3)")})
      AND (a."assignmentId" IS NULL OR (
        s."closedAt" IS NULL AND s."archivedAt" IS NULL
        AND (s."allowLate" OR COALESCE(m."dueAt", s."dueAt") > ${typed(row.cutoff, "timestamp(3)")})
        AND EXISTS (SELECT 1 FROM "Enrolment" e
          WHERE e."classId" = s."classId" AND e."studentId" = a."studentId" AND e."removedAt" IS NULL)))
    ${lock}
    ON CONFLICT ("attemptId", "questionId") DO UPDATE
      SET "answer" = excluded."answer", "seq" = excluded."seq", "savedAt" = excluded."savedAt"
      WHERE excluded."seq" > "Response"."seq"`;
}

/**
 * A parameter with its type spelled out on PostgreSQL, whose planner cannot infer one in a SELECT
 * list; SQLite takes values as they come.
 */
function typedParameter(provider: TProvider) {
  return (value: unknown, type: "text" | "integer" | "timestamp(3)") =>
    provider === "postgresql" ? Prisma.sql`${value}::${Prisma.raw(type)}` : Prisma.sql`${value}`;
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
  const id = typedParameter(provider)(attemptId, "text");
  return Prisma.sql`UPDATE "Attempt" SET
    "score" = (SELECT COALESCE(SUM("points"), 0) FROM "Response" WHERE "attemptId" = ${id}),
    "pendingManual" = EXISTS (SELECT 1 FROM "Response" WHERE "attemptId" = ${id} AND "outcome" = 'pending')
    WHERE "id" = ${id}`;
}

/**
 * Deletes an author's article only if no assignment has ever given it to a class: the check and
 * the delete are one statement, so an assignment made at the same moment (by another teacher, of
 * a shared article) either stops the delete or is refused for want of its article. Its versions go
 * with it (ON DELETE CASCADE). The SQL is the same on both databases.
 */
export function deleteUnassignedArticleSql(
  articleId: string,
  ownerId: string,
  provider: TProvider = databaseProvider,
) {
  const typed = typedParameter(provider);
  return Prisma.sql`DELETE FROM "AuthoredArticle"
    WHERE "id" = ${typed(articleId, "text")} AND "ownerId" = ${typed(ownerId, "text")}
      AND ("slug" IS NULL OR NOT EXISTS (
        SELECT 1 FROM "Assignment" s WHERE s."articleSlug" = "AuthoredArticle"."slug"))`;
}
