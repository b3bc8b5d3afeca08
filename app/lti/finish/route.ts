import { refusalPage } from "@/app/lib/lti/html";
import { finishLaunch } from "@/app/lti/finish-launch";
import { isSameOrigin } from "@/app/lib/http/same-origin";

// The last step of a launch checked through the LMS's postMessage storage: Debrief's own launch
// page posts here once the LMS gave back the login's state. Only our page may (Origin).
export async function POST(request: Request) {
  if (!isSameOrigin(request))
    return refusalPage("This launch did not come from Debrief's page.", 403);
  const form = await request.formData().catch(() => null);
  const state = form?.get("state");
  if (typeof state !== "string" || state.length > 100) return refusalPage("The launch is missing.");
  return finishLaunch(request, state);
}
