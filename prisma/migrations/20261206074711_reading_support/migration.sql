-- Reading support (issue 32): levels and read-aloud per student and class, a student's own
-- choice of level per article, and the level each attempt was read at. Written as ADD COLUMN
-- (SQLite allows a NOT NULL column with a constant default) rather than Prisma's table rebuild,
-- so a large Attempt table is not copied.

-- AlterTable
ALTER TABLE "Accommodation" ADD COLUMN "readingLevel" TEXT;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "readingLevel" TEXT NOT NULL DEFAULT 'standard';

-- AlterTable
ALTER TABLE "Class" ADD COLUMN "readAloud" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN "readingLevel" TEXT NOT NULL DEFAULT 'standard';
ALTER TABLE "Enrolment" ADD COLUMN "readAloud" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ReadingChoice" (
    "studentId" TEXT NOT NULL,
    "articleSlug" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "chosenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("studentId", "articleSlug"),
    CONSTRAINT "ReadingChoice_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
