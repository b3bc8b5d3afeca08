import "server-only";
import { startSession } from "@/app/lib/auth/session";
import { takeOutcome } from "@/app/lib/data/lti-launches";
import { htmlPage, refusalPage, scriptValue, escapeHtml } from "@/app/lib/lti/html";
import { LaunchRefused } from "@/app/lib/lti/verify";

/**
 * Signs in the user a verified launch named (once per launch) and sends them on. In the LMS's
 * frame (Sec-Fetch-Dest) the session cookie is partitioned; in a window of its own it is the usual one.
 */
export async function finishLaunch(request: Request, state: string): Promise<Response> {
  try {
    const outcome = await takeOutcome(state);
    const inFrame = request.headers.get("sec-fetch-dest") === "iframe";
    await startSession(outcome.userId, inFrame ? { origins: outcome.frameOrigins } : undefined);
    // A page, not a redirect, so the next request is a same-site navigation that carries the
    // new (SameSite=Lax) cookie after the LMS's cross-site post.
    return htmlPage({
      title: "Opening Debrief",
      frameOrigins: outcome.frameOrigins,
      body: `<p><a href="${escapeHtml(outcome.target)}">Continue to Debrief</a></p>`,
      script: `window.location.replace(${scriptValue(outcome.target)});`,
    });
  } catch (error) {
    if (error instanceof LaunchRefused) return refusalPage(error.message, 403);
    throw error;
  }
}
