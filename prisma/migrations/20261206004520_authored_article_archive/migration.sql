-- AlterTable
ALTER TABLE "AuthoredArticle" ADD COLUMN "archivedAt" DATETIME;
