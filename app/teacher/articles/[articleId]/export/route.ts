import { zipPack } from "@/app/lib/authoring/pack-zip";
import { getArticleExport } from "@/app/lib/data/article-packs";
import { withSession } from "@/app/lib/http/routes";

/** The latest published version as a zip of its content/ pack folder. */
export function GET(_request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  return withSession("article-export", async (user) => {
    const { articleId } = await params;
    const { folder, files } = await getArticleExport(user, articleId);
    return new Response(Buffer.from(zipPack(folder, files)), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${folder}.zip"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
