-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

-- Backfill: attempts already submitted after the student's due date are late.
UPDATE "Attempt" SET "late" = true
WHERE "status" = 'SUBMITTED' AND "assignmentId" IS NOT NULL AND "submittedAt" > COALESCE(
  (SELECT m."dueAt" FROM "Accommodation" m WHERE m."assignmentId" = "Attempt"."assignmentId" AND m."studentId" = "Attempt"."studentId"),
  (SELECT s."dueAt" FROM "Assignment" s WHERE s."id" = "Attempt"."assignmentId"));
