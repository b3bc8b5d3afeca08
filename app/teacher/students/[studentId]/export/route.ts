import { exportStudent } from "@/app/lib/data/users";
import { withSession } from "@/app/lib/http/routes";

/** A teacher downloads everything Debrief holds about one of their students, as JSON. */
export function GET(_request: Request, { params }: { params: Promise<{ studentId: string }> }) {
  return withSession("student-export", async (user) => {
    const { studentId } = await params;
    const data = await exportStudent(user, studentId);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="debrief-student-${studentId}.json"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
