import { cookies } from "next/headers";
import {
  consumeState,
  provisionLaunch,
  storeOutcome,
  type TLaunchOutcome,
} from "@/app/lib/data/lti-launches";
import { getPlatform } from "@/app/lib/data/lti-platforms";
import { autoPostForm, htmlPage, refusalPage } from "@/app/lib/lti/html";
import { storageScript } from "@/app/lib/lti/storage-script";
import { stateCookieName } from "@/app/lib/lti/state-cookie";
import { LaunchRefused, verifyLaunchToken } from "@/app/lib/lti/verify";
import { finishLaunch } from "@/app/lti/finish-launch";
import { logEvent } from "@/app/lib/log";

// LTI 1.3 launch (the OIDC redirect URI): the LMS posts an id_token and the login's state. Each is
// checked (app/lib/lti/verify.ts, the state used once, the nonce the login made, a registered
// deployment) before anyone is signed in. Deep linking launches arrive here too.

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const idToken = form?.get("id_token");
  const state = form?.get("state");
  if (
    typeof idToken !== "string" ||
    typeof state !== "string" ||
    idToken.length > 20_000 ||
    state.length > 100
  )
    return refusalPage("The LMS sent no launch. Open Debrief from your LMS again.");
  try {
    const login = await consumeState(state);
    const platform = await getPlatform(login.platformId);
    const claims = await verifyLaunchToken(idToken, platform);
    if (claims.nonce !== login.nonce)
      throw new LaunchRefused(
        "The launch does not answer this login (nonce). Open Debrief from your LMS again.",
      );
    if (login.binding.kind === "cookie") {
      const store = await cookies();
      if (store.get(stateCookieName(state))?.value !== state)
        throw new LaunchRefused(
          "This browser did not begin this launch. Open Debrief from your LMS again.",
        );
      store.delete({ name: stateCookieName(state), path: "/lti/" });
    }
    const outcome = await provisionLaunch(platform, claims, state);
    await storeOutcome(state, outcome);
    logEvent("lti.launch", { platformId: platform.id, userId: outcome.userId });
    if (login.binding.kind === "cookie") return finishLaunch(request, state);
    return storageCheck(state, login.binding.target, new URL(platform.authUrl).origin, outcome);
  } catch (error) {
    if (error instanceof LaunchRefused) {
      logEvent("lti.refused", { reason: error.message });
      return refusalPage(error.message, 403);
    }
    throw error;
  }
}

/**
 * lti.get_data: the page asks the LMS's page for the state it kept at login; only a match goes on
 * to /lti/finish, which signs the browser in. Another browser (a forged launch) has no such state.
 */
function storageCheck(
  state: string,
  target: string,
  platformOrigin: string,
  outcome: TLaunchOutcome,
): Response {
  const form = autoPostForm("/lti/finish", { state }, "Continue to Debrief");
  return htmlPage({
    title: "Opening Debrief",
    frameOrigins: outcome.frameOrigins,
    body: `<p id="status">Opening Debrief…</p><div hidden id="go">${form.body}</div>`,
    script: storageScript({
      target,
      platformOrigin,
      state,
      kind: "get",
      onSuccess: "document.forms[0].submit()",
      failure: "This browser did not begin this launch. Open Debrief from your LMS again.",
    }),
  });
}
