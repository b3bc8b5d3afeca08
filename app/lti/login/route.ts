import { cookies } from "next/headers";
import { beginLogin, type TBinding } from "@/app/lib/data/lti-launches";
import { findPlatform } from "@/app/lib/data/lti-platforms";
import { htmlPage, refusalPage, scriptValue } from "@/app/lib/lti/html";
import { storageScript } from "@/app/lib/lti/storage-script";
import { stateCookie } from "@/app/lib/lti/state-cookie";
import { toolOrigin, toolUrls } from "@/app/lib/lti/tool-urls";

// LTI 1.3 login initiation (OIDC third-party login): the LMS names itself and the user; Debrief
// makes a state and nonce and sends the browser to the LMS's authorization endpoint. The browser
// proves later that it began this login through the LMS's postMessage storage when the LMS offers
// it (it frames Debrief, where cookies are third-party), else through a cookie.

export async function GET(request: Request) {
  return login(request, new URL(request.url).searchParams);
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  return login(
    request,
    new URLSearchParams(
      [...form.entries()].flatMap(([key, value]) =>
        typeof value === "string" ? [[key, value]] : [],
      ),
    ),
  );
}

const FRAME_NAME = /^[\w-]{1,64}$/;

async function login(request: Request, params: URLSearchParams): Promise<Response> {
  const issuer = params.get("iss") ?? "";
  const loginHint = params.get("login_hint") ?? "";
  const target = params.get("target_link_uri") ?? "";
  if (!issuer || !loginHint || !target)
    return refusalPage(
      "The LMS's login request is missing its issuer, user or target. Open Debrief from your LMS again.",
    );
  const platform = await findPlatform(issuer, params.get("client_id") ?? undefined);
  if (!platform)
    return refusalPage(
      "This LMS is not registered with Debrief. Ask your Debrief admin to add it.",
      404,
    );
  const deployment = params.get("lti_deployment_id");
  if (deployment && !platform.deploymentIds.includes(deployment))
    return refusalPage(
      "This LMS deployment is not registered with Debrief. Ask your Debrief admin to add it.",
      403,
    );
  const storageTarget = params.get("lti_storage_target");
  const binding: TBinding =
    storageTarget && FRAME_NAME.test(storageTarget)
      ? { kind: "storage", target: storageTarget }
      : { kind: "cookie" };
  const { state, nonce } = await beginLogin(platform.id, binding);
  const auth = new URL(platform.authUrl);
  const query = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: toolUrls(toolOrigin(request.headers)).launch,
    login_hint: loginHint,
    state,
    nonce,
    ...(params.get("lti_message_hint")
      ? { lti_message_hint: params.get("lti_message_hint") ?? "" }
      : {}),
  };
  for (const [key, value] of Object.entries(query)) auth.searchParams.set(key, value);

  if (binding.kind === "cookie") {
    (await cookies()).set(stateCookie(state));
    return new Response(null, {
      status: 302,
      headers: { Location: auth.toString(), "Cache-Control": "no-store" },
    });
  }
  // lti.put_data (LTI Client Side postMessages): the state kept by the LMS's page, for the launch.
  return htmlPage({
    title: "Opening Debrief",
    frameOrigins: platform.frameOrigins,
    body: `<p id="status">Opening Debrief…</p>`,
    script: storageScript({
      target: binding.target,
      platformOrigin: auth.origin,
      state,
      kind: "put",
      onSuccess: `window.location.replace(${scriptValue(auth.toString())})`,
      failure: "Your LMS did not answer. Open Debrief in a new window from the LMS.",
    }),
  });
}
