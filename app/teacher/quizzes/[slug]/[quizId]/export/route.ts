import { getQuizForExport } from "@/app/lib/data/quiz-exports";
import { EXPORT_FORMATS, exportFileName, isExportFormat } from "@/app/lib/exchange/formats";
import { refuse, withSession } from "@/app/lib/http/routes";

/** One quiz as a file for another tool: ?format=moodle (Moodle XML), gift or qti (QTI 3.0). */
export function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; quizId: string }> },
) {
  return withSession("quiz-export", async (user) => {
    const format = new URL(request.url).searchParams.get("format");
    if (!isExportFormat(format)) return refuse(400, "Choose a format: moodle, gift or qti.");
    const { slug, quizId } = await params;
    const source = await getQuizForExport(user, slug, quizId);
    const { contentType, write } = EXPORT_FORMATS[format];
    const body = write(source);
    return new Response(typeof body === "string" ? body : Buffer.from(body), {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${exportFileName(source, format)}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
