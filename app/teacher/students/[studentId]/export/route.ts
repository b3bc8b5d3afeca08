import { getCurrentUser } from "@/app/lib/auth/session";
import { DomainError, UnauthenticatedError } from "@/app/lib/data/errors";
import { exportStudent } from "@/app/lib/data/users";
import { logEvent } from "@/app/lib/log";

/** A teacher downloads everything Debrief holds about one of their students, as JSON. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ studentId: string }> },
) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new UnauthenticatedError();
    const { studentId } = await params;
    const data = await exportStudent(user, studentId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="debrief-student-${studentId}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.status !== 401)
      logEvent("auth.denied", { reason: error.name, route: "student-export" });
    return Response.json({ error: error.message }, { status: error.status });
  }
}
