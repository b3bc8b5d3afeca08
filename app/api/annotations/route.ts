import { z } from "zod";
import { saveAnnotation } from "@/app/lib/data/annotations";
import { jsonMutation, refuse } from "@/app/lib/http/routes";
import { ZAnnotationSaveSchema } from "@/app/lib/reading/annotations";

/** Saves a student's highlight (its kind, note or removal) as they make it: no save button. */
export function POST(request: Request) {
  return jsonMutation(request, "save-annotation", async (user, body) => {
    const parsed = ZAnnotationSaveSchema.safeParse(body);
    if (!parsed.success) return refuse(400, z.prettifyError(parsed.error));
    const result = await saveAnnotation(user, parsed.data);
    return Response.json(result, { status: result.status === "saved" ? 200 : 409 });
  });
}
