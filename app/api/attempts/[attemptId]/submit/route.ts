import { submitAttempt } from "@/app/lib/data/attempts";
import { jsonMutation } from "@/app/lib/http/routes";

/** Submits an attempt; replays and double clicks return the same, already graded attempt. */
export function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return jsonMutation(request, "submit-attempt", async (user) => {
    const { attemptId } = await params;
    await submitAttempt(user, attemptId);
    return Response.json({ attemptId, status: "SUBMITTED" });
  });
}
