-- AlterTable
ALTER TABLE "Accommodation" ADD COLUMN     "readingLevel" TEXT;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "readingLevel" TEXT NOT NULL DEFAULT 'standard';

-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "readAloud" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "readAloud" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "readingLevel" TEXT NOT NULL DEFAULT 'standard';

-- CreateTable
CREATE TABLE "ReadingChoice" (
    "studentId" TEXT NOT NULL,
    "articleSlug" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "chosenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadingChoice_pkey" PRIMARY KEY ("studentId","articleSlug")
);

-- AddForeignKey
ALTER TABLE "ReadingChoice" ADD CONSTRAINT "ReadingChoice_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
