-- AlterTable
ALTER TABLE "AuthoredArticle" ADD COLUMN     "archivedAt" TIMESTAMP(3);
