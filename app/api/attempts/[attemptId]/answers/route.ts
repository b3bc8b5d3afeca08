import { z } from "zod";
import { saveAnswer } from "@/app/lib/data/attempts";
import { jsonMutation, refuse } from "@/app/lib/http/routes";

const ZSaveSchema = z
  .object({
    questionId: z.string().min(1).max(64),
    seq: z.number().int().positive().max(2_000_000_000),
    answer: z.unknown(),
  })
  .strict();

/** Saves one answer as the student gives it (the quiz page calls this; no save button to forget). */
export function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return jsonMutation(request, "save-answer", async (user, body) => {
    const parsed = ZSaveSchema.safeParse(body);
    if (!parsed.success) return refuse(400, "The answer could not be read.");
    const result = await saveAnswer(user, (await params).attemptId, parsed.data);
    return Response.json(result, { status: result.status === "saved" ? 200 : 409 });
  });
}
