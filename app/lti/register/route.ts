import {
  consumeRegistrationToken,
  registrationTokenValid,
  savePlatform,
} from "@/app/lib/data/lti-platforms";
import { DomainError } from "@/app/lib/data/errors";
import {
  issuerMatches,
  registrationRequest,
  ZOpenIdConfigurationSchema,
  ZRegistrationResponseSchema,
  type TOpenIdConfiguration,
} from "@/app/lib/lti/dynamic-registration";
import { autoPostForm, escapeHtml, htmlPage, refusalPage } from "@/app/lib/lti/html";
import { toolOrigin, toolUrls } from "@/app/lib/lti/tool-urls";
import { logEvent } from "@/app/lib/log";

// LTI Dynamic Registration: the LMS opens this URL (made once by an admin, with its token) with its
// OpenID configuration; the admin confirms; Debrief registers itself with the LMS and keeps the
// client id and deployment it is given. No session: the single-use token is the admin's consent.

const TIMEOUT_MS = 5000;

async function configuration(url: string): Promise<TOpenIdConfiguration> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { Accept: "application/json" },
  });
  if (!response.ok)
    throw new Error(`The LMS's configuration could not be read (HTTP ${response.status}).`);
  const parsed = ZOpenIdConfigurationSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error("The LMS's configuration lacks its endpoints.");
  if (!issuerMatches(url, parsed.data.issuer))
    throw new Error("The LMS's configuration names another issuer.");
  return parsed.data;
}

function params(source: URLSearchParams | FormData) {
  const read = (name: string) => {
    const value = source.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    token: read("token"),
    openid: read("openid_configuration"),
    registration: read("registration_token"),
  };
}

export async function GET(request: Request) {
  const given = params(new URL(request.url).searchParams);
  if (!given.openid)
    return refusalPage("Paste this URL into your LMS's tool registration: it opens it from there.");
  if (!(await registrationTokenValid(given.token)))
    return refusalPage(
      "This registration URL was used or has expired: make a new one on Debrief's LMS page.",
      403,
    );
  try {
    const config = await configuration(given.openid);
    const product =
      config["https://purl.imsglobal.org/spec/lti-platform-configuration"]?.product_family_code;
    const form = autoPostForm(
      "/lti/register",
      {
        token: given.token,
        openid_configuration: given.openid,
        registration_token: given.registration,
      },
      "Register Debrief",
    );
    return htmlPage({
      title: "Register Debrief",
      frameOrigins: ["*"],
      body: `<h1>Register Debrief with this LMS?</h1><p>${escapeHtml(product ?? "An LMS")} at <strong>${escapeHtml(config.issuer)}</strong> asks to add Debrief. Teachers and students of its courses will open Debrief from it, and grades will go back to it.</p>${form.body}`,
    });
  } catch (error) {
    return refusalPage(
      error instanceof Error ? error.message : "The LMS could not be reached.",
      502,
    );
  }
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  if (!form) return refusalPage("Nothing was sent.");
  const given = params(form);
  try {
    await consumeRegistrationToken(given.token);
    const config = await configuration(given.openid);
    const urls = toolUrls(toolOrigin(request.headers));
    const response = await fetch(config.registration_endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        ...(given.registration ? { Authorization: `Bearer ${given.registration}` } : {}),
      },
      body: JSON.stringify(registrationRequest(urls)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok)
      throw new Error(`The LMS refused the registration (HTTP ${response.status}).`);
    const registered = ZRegistrationResponseSchema.safeParse(await response.json());
    if (!registered.success) throw new Error("The LMS's answer gave no client id.");
    const deployment =
      registered.data["https://purl.imsglobal.org/spec/lti-tool-configuration"]?.deployment_id;
    const product =
      config["https://purl.imsglobal.org/spec/lti-platform-configuration"]?.product_family_code;
    await savePlatform({
      name: (product ?? new URL(config.issuer).host).slice(0, 80),
      issuer: config.issuer,
      clientId: registered.data.client_id,
      authUrl: config.authorization_endpoint,
      tokenUrl: config.token_endpoint,
      jwksUrl: config.jwks_uri,
      deploymentIds: deployment ? [deployment] : [],
      frameOrigins: [],
    });
    logEvent("lti.registered", { issuer: config.issuer });
    return htmlPage({
      title: "Debrief is registered",
      frameOrigins: ["*"],
      body: `<h1>Debrief is registered</h1><p role="status">Debrief is registered with ${escapeHtml(config.issuer)}${deployment ? "" : ". Add its deployment id on Debrief's LMS page before the first launch"}.</p>`,
      // Tells the LMS the registration is over (Dynamic Registration §3.6).
      script: `(window.opener || window.parent).postMessage({ subject: "org.imsglobal.lti.close" }, "*");`,
    });
  } catch (error) {
    if (error instanceof DomainError) return refusalPage(error.message, error.status);
    return refusalPage(
      error instanceof Error ? error.message : "The LMS could not be reached.",
      502,
    );
  }
}
