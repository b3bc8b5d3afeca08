-- CreateTable
CREATE TABLE "AuthoredArticle" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "draft" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "saves" INTEGER NOT NULL DEFAULT 0,
    "sharedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthoredArticle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthoredArticle_ownerId_idx" ON "AuthoredArticle"("ownerId");

-- AddForeignKey
ALTER TABLE "AuthoredArticle" ADD CONSTRAINT "AuthoredArticle_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
