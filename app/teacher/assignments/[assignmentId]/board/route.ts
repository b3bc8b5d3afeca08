import { withSession } from "@/app/lib/http/routes";
import { getLiveBoard } from "@/app/lib/data/live-board";

/** The live board as JSON, for the board page to poll; never cached, it is a moment's picture. */
export function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return withSession("live-board", async (user) => {
    const { assignmentId } = await params;
    return Response.json(await getLiveBoard(user, assignmentId), {
      headers: { "Cache-Control": "no-store" },
    });
  });
}
