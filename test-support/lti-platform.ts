// A small LTI 1.3 platform for the end-to-end tests (issue 33), on loopback: its own keys and
// JWKS, an OIDC authorization endpoint, a token endpoint, line items that record scores, a deep
// linking return, Dynamic Registration, and course pages that open Debrief in a new tab or in a
// frame with the LTI postMessage storage (as Canvas does). Never imported by app code.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWK,
} from "jose";

export type TTestUser = { sub: string; name: string; role: "Learner" | "Instructor" };

export type TTestLaunch = {
  user: TTestUser;
  context: { id: string; title: string };
  /** A resource link (with its id, custom parameters and line item), or a deep-linking request. */
  kind: "resource" | "deep";
  linkId?: string;
  custom?: Record<string, string>;
  /** Name of a line item on this platform that scores go to. */
  lineItem?: string;
  /** What a broken or hostile platform would send. */
  tamper?: "wrong-key" | "expired" | "deployment";
};

export type TRecordedScore = { lineItem: string; score: Record<string, unknown> };

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
const ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

export class TestPlatform {
  readonly clientId = `debrief-${randomUUID().slice(0, 8)}`;
  readonly deploymentId = "deployment-1";
  readonly scores: TRecordedScore[] = [];
  readonly deepLinks: Record<string, unknown>[] = [];
  readonly registrations: Record<string, unknown>[] = [];
  /** id_tokens the authorization endpoint issued, with their state: for replaying one. */
  readonly issued: { idToken: string; state: string }[] = [];
  /** Answer this many score posts with a server error before recording (for retries). */
  failScores = 0;
  private launches = new Map<string, TTestLaunch>();
  private tokens = new Set<string>();
  private toolJwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  private constructor(
    private server: http.Server,
    readonly origin: string,
    private keys: { kid: string; privateKey: CryptoKey; publicJwk: JWK; stranger: CryptoKey },
    readonly toolOrigin: string,
  ) {}

  static async start(toolOrigin: string): Promise<TestPlatform> {
    const pair = await generateKeyPair("RS256");
    const stranger = await generateKeyPair("RS256");
    const kid = randomUUID();
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg: "RS256", use: "sig" };
    const handler: { platform?: TestPlatform } = {};
    const server = http.createServer((request, response) => {
      handler.platform?.handle(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const platform = new TestPlatform(
      server,
      `http://127.0.0.1:${port}`,
      { kid, privateKey: pair.privateKey, publicJwk, stranger: stranger.privateKey },
      toolOrigin,
    );
    handler.platform = platform;
    return platform;
  }

  get issuer() {
    return this.origin;
  }

  /** What an admin types into Debrief's form for this platform. */
  get registration() {
    return {
      name: "Test LMS",
      issuer: this.issuer,
      clientId: this.clientId,
      authUrl: `${this.origin}/auth`,
      tokenUrl: `${this.origin}/token`,
      jwksUrl: `${this.origin}/jwks`,
      deploymentIds: [this.deploymentId],
    };
  }

  lineItemUrl(name: string) {
    return `${this.origin}/lineitems/${name}`;
  }

  /** The course page that starts a launch: in a frame with postMessage storage, or a link to a new tab. */
  coursePage(launch: TTestLaunch, mode: "frame" | "window"): string {
    const key = randomUUID();
    this.launches.set(key, launch);
    return `${this.origin}/course/${key}?mode=${mode}`;
  }

  /** The page an LMS admin uses to register a tool by its Dynamic Registration URL. */
  dynamicRegistrationPage(toolUrl: string): string {
    return `${this.origin}/dynamic-registration?url=${encodeURIComponent(toolUrl)}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? "/", this.origin);
    const body = request.method === "POST" ? await readBody(request) : "";
    const html = (status: number, text: string) => {
      response.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="en"><head><title>Test LMS</title></head><body>${text}</body></html>`,
      );
    };
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(value));
    };
    const path = url.pathname;

    if (path === "/jwks") return json(200, { keys: [this.keys.publicJwk] });

    if (path.startsWith("/course/")) {
      const key = path.slice("/course/".length);
      const launch = this.launches.get(key);
      if (!launch) return html(404, "No such launch");
      const frame = url.searchParams.get("mode") === "frame";
      const login = new URL(`${this.toolOrigin}/lti/login`);
      login.searchParams.set("iss", this.issuer);
      login.searchParams.set("login_hint", key);
      login.searchParams.set("lti_message_hint", key);
      login.searchParams.set("target_link_uri", `${this.toolOrigin}/lti/launch`);
      login.searchParams.set("client_id", this.clientId);
      login.searchParams.set("lti_deployment_id", this.deploymentId);
      if (frame) login.searchParams.set("lti_storage_target", "_parent");
      return html(
        200,
        frame
          ? `<h1>Course: ${launch.context.title}</h1><iframe name="debrief" title="Debrief" src="${escape(login.toString())}" style="width:1000px;height:700px"></iframe>
<script>
// The LTI Client Side postMessage storage, as a platform's page keeps it.
const kept = new Map();
window.addEventListener("message", (event) => {
  if (event.origin !== ${JSON.stringify(new URL(this.toolOrigin).origin)}) return;
  const data = event.data || {};
  if (data.subject === "lti.put_data") {
    kept.set(data.key, data.value);
    event.source.postMessage({ subject: "lti.put_data.response", message_id: data.message_id, key: data.key, value: data.value }, event.origin);
  } else if (data.subject === "lti.get_data") {
    event.source.postMessage({ subject: "lti.get_data.response", message_id: data.message_id, key: data.key, value: kept.get(data.key) }, event.origin);
  }
});
</script>`
          : `<h1>Course: ${launch.context.title}</h1><p><a href="${escape(login.toString())}" target="_blank">Open Debrief</a></p>`,
      );
    }

    if (path === "/auth") {
      const params = url.searchParams;
      const launch = this.launches.get(params.get("login_hint") ?? "");
      if (
        !launch ||
        params.get("client_id") !== this.clientId ||
        params.get("redirect_uri") !== `${this.toolOrigin}/lti/launch` ||
        params.get("response_type") !== "id_token" ||
        params.get("scope") !== "openid" ||
        !params.get("nonce") ||
        !params.get("state")
      )
        return html(400, "Bad authorization request");
      const idToken = await this.idToken(launch, params.get("nonce") ?? "");
      const state = params.get("state") ?? "";
      this.issued.push({ idToken, state });
      return html(
        200,
        `<form method="post" action="${escape(params.get("redirect_uri") ?? "")}"><input type="hidden" name="id_token" value="${escape(idToken)}"><input type="hidden" name="state" value="${escape(state)}"></form><script>document.forms[0].submit()</script>`,
      );
    }

    if (path === "/token" && request.method === "POST") {
      const form = new URLSearchParams(body);
      try {
        await jwtVerify(form.get("client_assertion") ?? "", this.tool(), {
          issuer: this.clientId,
          subject: this.clientId,
          audience: `${this.origin}/token`,
        });
      } catch {
        return json(401, { error: "invalid_client" });
      }
      if (form.get("grant_type") !== "client_credentials")
        return json(400, { error: "unsupported_grant_type" });
      const token = randomUUID();
      this.tokens.add(token);
      return json(200, {
        access_token: token,
        token_type: "Bearer",
        expires_in: 3600,
        scope: form.get("scope"),
      });
    }

    const scores = /^\/lineitems\/([\w-]+)\/scores$/.exec(path);
    if (scores && request.method === "POST") {
      const bearer = (request.headers.authorization ?? "").replace(/^Bearer /, "");
      if (!this.tokens.has(bearer)) return json(401, { error: "unauthorized" });
      if (request.headers["content-type"] !== "application/vnd.ims.lis.v1.score+json")
        return json(415, { error: "wrong content type" });
      if (this.failScores > 0) {
        this.failScores -= 1;
        return json(503, { error: "try later" });
      }
      this.scores.push({
        lineItem: scores[1] ?? "",
        score: JSON.parse(body) as Record<string, unknown>,
      });
      return json(200, {});
    }

    if (path === "/deep-link-return" && request.method === "POST") {
      const jwt = new URLSearchParams(body).get("JWT") ?? "";
      try {
        const { payload } = await jwtVerify(jwt, this.tool(), {
          issuer: this.clientId,
          audience: this.issuer,
        });
        this.deepLinks.push(payload);
        const items = (payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] ??
          []) as { title?: string }[];
        return html(
          200,
          `<h1>Added to the course</h1><ul>${items.map((item) => `<li>${escape(item.title ?? "")}</li>`).join("")}</ul>`,
        );
      } catch (error) {
        return html(400, `Refused: ${escape(String(error))}`);
      }
    }

    if (path === "/.well-known/openid-configuration")
      return json(200, {
        issuer: this.issuer,
        authorization_endpoint: `${this.origin}/auth`,
        token_endpoint: `${this.origin}/token`,
        jwks_uri: `${this.origin}/jwks`,
        registration_endpoint: `${this.origin}/register`,
        scopes_supported: ["openid", "https://purl.imsglobal.org/spec/lti-ags/scope/score"],
        response_types_supported: ["id_token"],
        id_token_signing_alg_values_supported: ["RS256"],
        "https://purl.imsglobal.org/spec/lti-platform-configuration": {
          product_family_code: "test-lms",
          version: "1.0",
          messages_supported: [
            { type: "LtiResourceLinkRequest" },
            { type: "LtiDeepLinkingRequest" },
          ],
        },
      });

    if (path === "/register" && request.method === "POST") {
      if (request.headers.authorization !== `Bearer registration-${this.clientId}`)
        return json(401, { error: "bad registration token" });
      const registration = JSON.parse(body) as Record<string, unknown>;
      this.registrations.push(registration);
      return json(200, {
        ...registration,
        client_id: this.clientId,
        "https://purl.imsglobal.org/spec/lti-tool-configuration": {
          ...(registration["https://purl.imsglobal.org/spec/lti-tool-configuration"] as object),
          deployment_id: this.deploymentId,
        },
      });
    }

    if (path === "/dynamic-registration") {
      const tool = new URL(url.searchParams.get("url") ?? "");
      tool.searchParams.set(
        "openid_configuration",
        `${this.origin}/.well-known/openid-configuration`,
      );
      tool.searchParams.set("registration_token", `registration-${this.clientId}`);
      return html(
        200,
        `<h1>Register a tool</h1><p id="closed"></p><iframe title="Tool registration" src="${escape(tool.toString())}" style="width:900px;height:600px"></iframe>
<script>window.addEventListener("message", (event) => { if (event.data && event.data.subject === "org.imsglobal.lti.close") document.getElementById("closed").textContent = "The tool closed its registration."; });</script>`,
      );
    }
    return html(404, "Not found");
  }

  private tool() {
    this.toolJwks ??= createRemoteJWKSet(new URL(`${this.toolOrigin}/lti/jwks`));
    return this.toolJwks;
  }

  private async idToken(launch: TTestLaunch, nonce: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      nonce,
      name: launch.user.name,
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]:
        launch.tamper === "deployment" ? "somebody-elses" : this.deploymentId,
      [`${LTI}roles`]: [`${ROLE}${launch.user.role}`],
      [`${LTI}context`]: { id: launch.context.id, title: launch.context.title },
      [`${LTI}target_link_uri`]: `${this.toolOrigin}/lti/launch`,
    };
    if (launch.kind === "deep") {
      claims[`${LTI}message_type`] = "LtiDeepLinkingRequest";
      claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
        deep_link_return_url: `${this.origin}/deep-link-return`,
        accept_types: ["ltiResourceLink"],
        accept_presentation_document_targets: ["iframe", "window"],
        data: "opaque-platform-data",
      };
    } else {
      claims[`${LTI}message_type`] = "LtiResourceLinkRequest";
      claims[`${LTI}resource_link`] = { id: launch.linkId ?? "link-1", title: "Quiz" };
      if (launch.custom) claims[`${LTI}custom`] = launch.custom;
      if (launch.lineItem)
        claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
          scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
          lineitem: this.lineItemUrl(launch.lineItem),
        };
    }
    const expired = launch.tamper === "expired";
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: this.keys.kid, typ: "JWT" })
      .setIssuer(this.issuer)
      .setAudience(this.clientId)
      .setSubject(launch.user.sub)
      .setIssuedAt(expired ? now - 7200 : now)
      .setExpirationTime(expired ? now - 3600 : now + 300)
      .sign(launch.tamper === "wrong-key" ? this.keys.stranger : this.keys.privateKey);
  }
}

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
