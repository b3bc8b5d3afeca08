-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "articleSlug" TEXT NOT NULL,
    "contentVersion" TEXT NOT NULL,
    "sentenceId" TEXT NOT NULL,
    "start" INTEGER,
    "end" INTEGER,
    "quote" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "seq" INTEGER NOT NULL,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Annotation_studentId_articleSlug_idx" ON "Annotation"("studentId", "articleSlug");

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
