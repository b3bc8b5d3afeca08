import { LTI_CLAIM } from "@/app/lib/lti/claims";

// The Deep Linking 2.0 response: the chosen quiz as one gradable LTI resource link, with the line
// item the LMS makes for its grades. Pure; signed by the caller with the tool's key.

export type TDeepLinkChoice = {
  deploymentId: string;
  data?: string;
  launchUrl: string;
  assignmentId: string;
  title: string;
  scoreMaximum: number;
};

export function deepLinkingResponseClaims(choice: TDeepLinkChoice): Record<string, unknown> {
  return {
    [LTI_CLAIM.messageType]: "LtiDeepLinkingResponse",
    [LTI_CLAIM.version]: "1.3.0",
    [LTI_CLAIM.deploymentId]: choice.deploymentId,
    ...(choice.data === undefined ? {} : { [LTI_CLAIM.deepLinkingData]: choice.data }),
    [LTI_CLAIM.contentItems]: [
      {
        type: "ltiResourceLink",
        title: choice.title,
        url: choice.launchUrl,
        // The link names its Debrief assignment; the first launch binds the two (lti-launches.ts).
        custom: { debrief_assignment: choice.assignmentId },
        lineItem: {
          scoreMaximum: choice.scoreMaximum,
          label: choice.title,
          resourceId: choice.assignmentId,
        },
      },
    ],
  };
}

/** The most a student can score on the assignment's questions. */
export function maximumOf(
  questionIds: readonly string[],
  questions: readonly { id: string; points: number }[],
): number {
  const points = new Map(questions.map((question) => [question.id, question.points]));
  return questionIds.reduce((sum, id) => sum + (points.get(id) ?? 0), 0);
}
