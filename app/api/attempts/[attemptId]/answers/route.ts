import { z } from "zod";
import { getCurrentUser } from "@/app/lib/auth/session";
import { MAX_ANSWER_BYTES, saveAnswer } from "@/app/lib/data/attempts";
import { DomainError } from "@/app/lib/data/errors";
import { isSameOrigin } from "@/app/lib/http/same-origin";
import { logEvent } from "@/app/lib/log";

const ZSaveSchema = z
  .object({
    questionId: z.string().min(1).max(64),
    seq: z.number().int().positive().max(2_000_000_000),
    answer: z.unknown(),
  })
  .strict();

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/** Saves one answer as the student gives it (the quiz page calls this; no save button to forget). */
export async function POST(
  request: Request,
  { params }: { params: Promise<{ attemptId: string }> },
) {
  if (!isSameOrigin(request)) return refuse(403, "Requests must come from Debrief's own pages.");
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Your session has ended. Sign in again to keep saving.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_ANSWER_BYTES)
    return refuse(413, "That answer is too large to save (16 KB at most).");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, "The answer could not be read.");
  }
  const parsed = ZSaveSchema.safeParse(body);
  if (!parsed.success) return refuse(400, "The answer could not be read.");
  try {
    const { attemptId } = await params;
    const result = await saveAnswer(user, attemptId, parsed.data);
    return Response.json(result, { status: result.status === "saved" ? 200 : 409 });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status === 403 || error.status === 404)
      logEvent("auth.denied", { reason: error.name, route: "save-answer" });
    return refuse(error.status, error.message);
  }
}
