import { z } from "zod";
import { AGS_SCORE_SCOPE } from "@/app/lib/lti/claims";

// LTI Dynamic Registration 1.0: the platform's OpenID configuration as Debrief needs it, and the
// tool's registration request. Pure; the route does the fetching.

export const ZOpenIdConfigurationSchema = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  registration_endpoint: z.url(),
  "https://purl.imsglobal.org/spec/lti-platform-configuration": z
    .object({ product_family_code: z.string().max(100).optional() })
    .optional(),
});
export type TOpenIdConfiguration = z.output<typeof ZOpenIdConfigurationSchema>;

/** The spec's check: the configuration's URL begins with the issuer it names. */
export function issuerMatches(configurationUrl: string, issuer: string): boolean {
  return (
    configurationUrl.startsWith(issuer.endsWith("/") ? issuer : `${issuer}/`) ||
    configurationUrl === issuer
  );
}

export function registrationRequest(urls: { login: string; launch: string; jwks: string }) {
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: "Debrief",
    jwks_uri: urls.jwks,
    token_endpoint_auth_method: "private_key_jwt",
    scope: AGS_SCORE_SCOPE,
    "https://purl.imsglobal.org/spec/lti-tool-configuration": {
      domain: new URL(urls.launch).host,
      target_link_uri: urls.launch,
      claims: ["iss", "sub", "name", "given_name", "family_name"],
      messages: [
        { type: "LtiDeepLinkingRequest", target_link_uri: urls.launch, label: "Debrief quiz" },
        { type: "LtiResourceLinkRequest", target_link_uri: urls.launch },
      ],
    },
  };
}

export const ZRegistrationResponseSchema = z.object({
  client_id: z.string().min(1).max(255),
  "https://purl.imsglobal.org/spec/lti-tool-configuration": z
    .object({ deployment_id: z.string().max(255).optional() })
    .optional(),
});
