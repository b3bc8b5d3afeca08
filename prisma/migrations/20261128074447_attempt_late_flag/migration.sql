-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "articleSlug" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'IN_PROGRESS',
    "openKey" TEXT,
    "seed" INTEGER NOT NULL,
    "questionOrder" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" DATETIME,
    "submittedAt" DATETIME,
    "score" REAL,
    "maxScore" REAL,
    "pendingManual" BOOLEAN NOT NULL DEFAULT false,
    "late" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Attempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("articleSlug", "assignmentId", "contentVersion", "deadlineAt", "id", "maxScore", "openKey", "pendingManual", "questionOrder", "quizId", "score", "seed", "startedAt", "status", "studentId", "submittedAt") SELECT "articleSlug", "assignmentId", "contentVersion", "deadlineAt", "id", "maxScore", "openKey", "pendingManual", "questionOrder", "quizId", "score", "seed", "startedAt", "status", "studentId", "submittedAt" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE UNIQUE INDEX "Attempt_openKey_key" ON "Attempt"("openKey");
CREATE INDEX "Attempt_studentId_startedAt_idx" ON "Attempt"("studentId", "startedAt");
CREATE INDEX "Attempt_assignmentId_studentId_idx" ON "Attempt"("assignmentId", "studentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill: attempts already submitted after the student's due date are late.
UPDATE "Attempt" SET "late" = true
WHERE "status" = 'SUBMITTED' AND "assignmentId" IS NOT NULL AND "submittedAt" > COALESCE(
  (SELECT m."dueAt" FROM "Accommodation" m WHERE m."assignmentId" = "Attempt"."assignmentId" AND m."studentId" = "Attempt"."studentId"),
  (SELECT s."dueAt" FROM "Assignment" s WHERE s."id" = "Attempt"."assignmentId"));
