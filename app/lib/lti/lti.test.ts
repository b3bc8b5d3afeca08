import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type JWK } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  debriefRole,
  displayNameOf,
  LTI_CLAIM,
  scoresUrl,
  type TLaunchClaims,
} from "@/app/lib/lti/claims";
import { deepLinkingResponseClaims, maximumOf } from "@/app/lib/lti/deep-linking";
import { issuerMatches, registrationRequest } from "@/app/lib/lti/dynamic-registration";
import { verifyLaunchToken } from "@/app/lib/lti/verify";
import { frameAncestors } from "@/app/lib/frame";
import { backoffMs } from "@/app/lib/data/lti-scores";

const ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

describe("LTI claims", () => {
  it("maps course roles: instructors and assistants teach, learners study, others are refused", () => {
    expect(debriefRole([`${ROLE}Instructor`])).toBe("TEACHER");
    expect(debriefRole([`${ROLE}Instructor#TeachingAssistant`])).toBe("TEACHER");
    expect(
      debriefRole([
        `${ROLE}Learner`,
        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
      ]),
    ).toBe("STUDENT");
    expect(debriefRole(["Learner"])).toBe("STUDENT");
    expect(debriefRole([`${ROLE}Mentor`])).toBeNull();
    expect(debriefRole([])).toBeNull();
  });

  it("adds /scores to a line item's path and keeps its query", () => {
    expect(scoresUrl("https://lms.example/api/lti/courses/1/line_items/7?type=x")).toBe(
      "https://lms.example/api/lti/courses/1/line_items/7/scores?type=x",
    );
    expect(scoresUrl("https://lms.example/lineitems/7/")).toBe(
      "https://lms.example/lineitems/7/scores",
    );
  });

  it("takes the name as the platform gives it, else given and family names", () => {
    const base = { sub: "u" } as TLaunchClaims;
    expect(displayNameOf({ ...base, name: " Jo Park " })).toBe("Jo Park");
    expect(displayNameOf({ ...base, given_name: "Jo", family_name: "Park" })).toBe("Jo Park");
    expect(displayNameOf(base)).toBe("LMS user");
  });
});

describe("deep linking and registration", () => {
  it("returns the assignment as one gradable resource link with its line item", () => {
    const claims = deepLinkingResponseClaims({
      deploymentId: "d1",
      data: "opaque",
      launchUrl: "https://debrief.example/lti/launch",
      assignmentId: "a1",
      title: "Debate check",
      scoreMaximum: 7,
    });
    expect(claims[LTI_CLAIM.messageType]).toBe("LtiDeepLinkingResponse");
    expect(claims[LTI_CLAIM.deepLinkingData]).toBe("opaque");
    expect(claims[LTI_CLAIM.contentItems]).toEqual([
      {
        type: "ltiResourceLink",
        title: "Debate check",
        url: "https://debrief.example/lti/launch",
        custom: { debrief_assignment: "a1" },
        lineItem: { scoreMaximum: 7, label: "Debate check", resourceId: "a1" },
      },
    ]);
    expect(
      maximumOf(
        ["q1", "q3", "gone"],
        [
          { id: "q1", points: 1 },
          { id: "q2", points: 4 },
          { id: "q3", points: 6 },
        ],
      ),
    ).toBe(7);
  });

  it("accepts a configuration only under the issuer it names", () => {
    expect(
      issuerMatches("https://lms.example/.well-known/openid-configuration", "https://lms.example"),
    ).toBe(true);
    expect(issuerMatches("https://lms.example.evil.test/config", "https://lms.example")).toBe(
      false,
    );
    expect(issuerMatches("https://evil.test/config", "https://lms.example")).toBe(false);
    const request = registrationRequest({
      login: "https://d.example/lti/login",
      launch: "https://d.example/lti/launch",
      jwks: "https://d.example/lti/jwks",
    });
    expect(request.token_endpoint_auth_method).toBe("private_key_jwt");
    expect(request["https://purl.imsglobal.org/spec/lti-tool-configuration"].domain).toBe(
      "d.example",
    );
  });

  it("lets only well-formed origins frame the pages", () => {
    expect(frameAncestors(undefined)).toBe("'none'");
    expect(frameAncestors("https://lms.example http://127.0.0.1:8080")).toBe(
      "https://lms.example http://127.0.0.1:8080",
    );
    expect(frameAncestors("https://lms.example; script-src *")).toBe("'none'");
    expect(frameAncestors("* 'self'")).toBe("'none'");
  });

  it("waits longer after each failed send, up to six hours", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(40)).toBe(6 * 3600_000);
  });
});

describe("verifyLaunchToken", () => {
  let keys: JWK[] = [];
  let server: http.Server;
  let origin = "";
  let fetches = 0;
  // Each test its own key set URL, so none inherits another's cached keys.
  let jwksUrl = "";
  const platform = () => ({ issuer: "https://lms.example", clientId: "debrief", jwksUrl });

  async function newKey() {
    const pair = await generateKeyPair("RS256");
    const kid = crypto.randomUUID();
    return {
      kid,
      privateKey: pair.privateKey,
      jwk: { ...(await exportJWK(pair.publicKey)), kid, alg: "RS256" },
    };
  }

  const claims = {
    nonce: "n1",
    [LTI_CLAIM.messageType]: "LtiResourceLinkRequest",
    [LTI_CLAIM.version]: "1.3.0",
    [LTI_CLAIM.deploymentId]: "d1",
    [LTI_CLAIM.roles]: [`${ROLE}Learner`],
    [LTI_CLAIM.context]: { id: "c1", title: "Civics" },
    [LTI_CLAIM.resourceLink]: { id: "l1" },
  };

  function sign(
    key: { kid: string; privateKey: CryptoKey },
    audience: string | string[],
    extra: Record<string, unknown> = {},
  ) {
    return new SignJWT({ ...claims, ...extra })
      .setProtectedHeader({ alg: "RS256", kid: key.kid })
      .setIssuer("https://lms.example")
      .setAudience(audience)
      .setSubject("student-1")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(key.privateKey);
  }

  beforeAll(async () => {
    server = http.createServer((_request, response) => {
      fetches += 1;
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(() => {
    jwksUrl = `${origin}/jwks/${crypto.randomUUID()}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("accepts a launch signed by the platform's key, and reads the key set again for a new kid", async () => {
    const first = await newKey();
    keys = [first.jwk];
    const verified = await verifyLaunchToken(await sign(first, "debrief"), platform());
    expect(verified.sub).toBe("student-1");
    expect(verified.nonce).toBe("n1");
    // The platform rotates its key. Within 30 s of the last fetch an unknown kid is refused
    // without asking again (made-up kids cannot hammer the LMS); after, the set is fetched again
    // and the new key verifies.
    const second = await newKey();
    keys = [first.jwk, second.jwk];
    const before = fetches;
    await expect(verifyLaunchToken(await sign(second, "debrief"), platform())).rejects.toThrow(
      "signature",
    );
    expect(fetches).toBe(before);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 31_000);
      await expect(
        verifyLaunchToken(await sign(second, "debrief"), platform()),
      ).resolves.toMatchObject({ sub: "student-1" });
      expect(fetches).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("refuses another tool's token, several audiences without azp, and a message Debrief does not read", async () => {
    const key = await newKey();
    keys = [key.jwk];
    await expect(verifyLaunchToken(await sign(key, "another-tool"), platform())).rejects.toThrow(
      "The launch is not for this tool (aud).",
    );
    await expect(
      verifyLaunchToken(await sign(key, ["debrief", "other"]), platform()),
    ).rejects.toThrow("azp");
    await expect(
      verifyLaunchToken(await sign(key, ["debrief", "other"], { azp: "debrief" }), platform()),
    ).resolves.toMatchObject({ sub: "student-1" });
    await expect(
      verifyLaunchToken(
        await sign(key, "debrief", { [LTI_CLAIM.messageType]: "LtiSubmissionReviewRequest" }),
        platform(),
      ),
    ).rejects.toThrow("resource link and deep linking launches only");
    await expect(
      verifyLaunchToken(await sign(key, "debrief", { [LTI_CLAIM.version]: "1.1" }), platform()),
    ).rejects.toThrow("not LTI version 1.3.0");
  });
});
