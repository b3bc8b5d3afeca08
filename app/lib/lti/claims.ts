import { z } from "zod";

// LTI 1.3 message claims (Core 1.3, Deep Linking 2.0, AGS 2.0) as zod schemas: what a verified
// id_token must hold for Debrief to act on it. Pure; the signature is checked before (verify.ts).

export const LTI_CLAIM = {
  messageType: "https://purl.imsglobal.org/spec/lti/claim/message_type",
  version: "https://purl.imsglobal.org/spec/lti/claim/version",
  deploymentId: "https://purl.imsglobal.org/spec/lti/claim/deployment_id",
  targetLinkUri: "https://purl.imsglobal.org/spec/lti/claim/target_link_uri",
  resourceLink: "https://purl.imsglobal.org/spec/lti/claim/resource_link",
  roles: "https://purl.imsglobal.org/spec/lti/claim/roles",
  context: "https://purl.imsglobal.org/spec/lti/claim/context",
  custom: "https://purl.imsglobal.org/spec/lti/claim/custom",
  deepLinkingSettings: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  contentItems: "https://purl.imsglobal.org/spec/lti-dl/claim/content_items",
  deepLinkingData: "https://purl.imsglobal.org/spec/lti-dl/claim/data",
  agsEndpoint: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
} as const;

export const AGS_SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

const ROLE_PREFIX = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
/** Course roles that teach in Debrief; a learner is a student. Anything else is refused. */
const TEACHING_ROLES = ["Instructor", "TeachingAssistant", "ContentDeveloper"];

export type TLtiRole = "TEACHER" | "STUDENT";

export function debriefRole(roles: readonly string[]): TLtiRole | null {
  const names = roles.map((role) =>
    role.startsWith(ROLE_PREFIX) ? role.slice(ROLE_PREFIX.length) : role,
  );
  if (names.some((name) => TEACHING_ROLES.includes(name.split("#")[0] ?? ""))) return "TEACHER";
  if (names.includes("Learner")) return "STUDENT";
  return null;
}

const ZCommonSchema = z.object({
  sub: z.string().min(1, "The launch names no user (sub).").max(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(100).optional(),
  family_name: z.string().max(100).optional(),
  [LTI_CLAIM.version]: z.literal("1.3.0", "The launch is not LTI version 1.3.0."),
  [LTI_CLAIM.deploymentId]: z.string().min(1, "The launch names no deployment.").max(255),
  [LTI_CLAIM.roles]: z.array(z.string()).default([]),
  [LTI_CLAIM.context]: z.object(
    {
      id: z.string().min(1).max(255),
      title: z.string().max(200).optional(),
      label: z.string().max(100).optional(),
    },
    "The launch names no course (context).",
  ),
  [LTI_CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
});

export const ZResourceLinkLaunchSchema = ZCommonSchema.extend({
  [LTI_CLAIM.messageType]: z.literal("LtiResourceLinkRequest"),
  [LTI_CLAIM.resourceLink]: z.object(
    { id: z.string().min(1).max(255), title: z.string().max(200).optional() },
    "The launch names no resource link.",
  ),
  [LTI_CLAIM.agsEndpoint]: z
    .object({
      scope: z.array(z.string()).default([]),
      lineitem: z.url().optional(),
      lineitems: z.url().optional(),
    })
    .optional(),
});

export const ZDeepLinkingLaunchSchema = ZCommonSchema.extend({
  [LTI_CLAIM.messageType]: z.literal("LtiDeepLinkingRequest"),
  [LTI_CLAIM.deepLinkingSettings]: z.object({
    deep_link_return_url: z.url(),
    accept_types: z.array(z.string()),
    data: z.string().max(4000).optional(),
  }),
});

export const ZLaunchClaimsSchema = z.discriminatedUnion(
  LTI_CLAIM.messageType,
  [ZResourceLinkLaunchSchema, ZDeepLinkingLaunchSchema],
  { error: "Debrief answers resource link and deep linking launches only." },
);

export type TLaunchClaims = z.output<typeof ZLaunchClaimsSchema>;

/** The name the platform gives, as it gives it. */
export function displayNameOf(claims: TLaunchClaims): string {
  const name =
    claims.name?.trim() || [claims.given_name, claims.family_name].filter(Boolean).join(" ").trim();
  return (name || "LMS user").slice(0, 80);
}

/** A line item's scores endpoint: `/scores` added to its path, any query kept (AGS 2.0 §3.4). */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/scores`;
  return url.toString();
}

export type TResourceLinkClaims = z.output<typeof ZResourceLinkLaunchSchema>;
export type TDeepLinkingClaims = z.output<typeof ZDeepLinkingLaunchSchema>;

export function isDeepLinking(claims: TLaunchClaims): claims is TDeepLinkingClaims {
  return claims[LTI_CLAIM.messageType] === "LtiDeepLinkingRequest";
}
