import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { getCurrentUser } from "@/app/lib/auth/session";
import { requireAssignedPack } from "@/app/lib/data/article-packs";
import { getAssignmentForTeacher } from "@/app/lib/data/assignments";
import { DomainError } from "@/app/lib/data/errors";
import { signingKey } from "@/app/lib/data/lti-keys";
import { getDeepLink } from "@/app/lib/data/lti-launches";
import { getPlatform } from "@/app/lib/data/lti-platforms";
import { deepLinkingResponseClaims, maximumOf } from "@/app/lib/lti/deep-linking";
import { autoPostForm, htmlPage, refusalPage } from "@/app/lib/lti/html";
import { toolOrigin, toolUrls } from "@/app/lib/lti/tool-urls";

// Deep Linking's way back: the chosen assignment, signed with the tool's key, posted to the LMS's
// return URL from the teacher's browser.
export async function GET(request: Request, { params }: { params: Promise<{ state: string }> }) {
  const user = await getCurrentUser();
  if (user?.role !== "TEACHER") return refusalPage("Open Debrief from your LMS again.", 401);
  try {
    const link = await getDeepLink(user, (await params).state);
    if (!link.assignmentId) return refusalPage("Choose a quiz first.", 400);
    const [assignment, platform, { kid, key }] = await Promise.all([
      getAssignmentForTeacher(user, link.assignmentId),
      getPlatform(link.platformId),
      signingKey(),
    ]);
    const pack = await requireAssignedPack(assignment);
    const jwt = await new SignJWT(
      deepLinkingResponseClaims({
        deploymentId: link.deploymentId,
        data: link.data,
        launchUrl: toolUrls(toolOrigin(request.headers)).launch,
        assignmentId: assignment.id,
        title: assignment.title,
        scoreMaximum: maximumOf(assignment.questionIds, [...pack.questions.values()]),
      }),
    )
      .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .setIssuedAt()
      .setExpirationTime("5m")
      .setJti(randomUUID())
      .sign(key);
    const form = autoPostForm(link.returnUrl, { JWT: jwt }, "Add it to the course");
    return htmlPage({
      title: "Adding the quiz",
      frameOrigins: link.frameOrigins,
      formActions: [new URL(link.returnUrl).origin],
      body: `<p>Adding the quiz to the course…</p>${form.body}`,
      script: form.script,
    });
  } catch (error) {
    if (error instanceof DomainError) return refusalPage(error.message, error.status);
    throw error;
  }
}
