-- CreateTable
CREATE TABLE "ContentSnapshot" (
    "articleSlug" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("articleSlug", "version")
);
