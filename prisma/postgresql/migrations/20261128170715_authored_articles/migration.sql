-- CreateTable
CREATE TABLE "AuthoredArticle" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "draft" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "saves" INTEGER NOT NULL DEFAULT 0,
    "sharedAt" TIMESTAMP(3),
    "slug" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthoredArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "pack" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleVersion_pkey" PRIMARY KEY ("articleId","number")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuthoredArticle_slug_key" ON "AuthoredArticle"("slug");

-- CreateIndex
CREATE INDEX "AuthoredArticle_ownerId_idx" ON "AuthoredArticle"("ownerId");

-- AddForeignKey
ALTER TABLE "AuthoredArticle" ADD CONSTRAINT "AuthoredArticle_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleVersion" ADD CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "AuthoredArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;
