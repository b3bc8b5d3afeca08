-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "articleVersion" INTEGER;

-- Backfill: a teacher's article already assigned stays on the version its students get today.
UPDATE "Assignment" SET "articleVersion" = (
  SELECT MAX(v."number") FROM "ArticleVersion" v
  JOIN "AuthoredArticle" a ON a."id" = v."articleId"
  WHERE a."slug" = "Assignment"."articleSlug");
