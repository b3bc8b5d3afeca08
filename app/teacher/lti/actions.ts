"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/app/lib/action";
import { createAssignment } from "@/app/lib/data/assignments";
import { getDeepLink, recordDeepLinkChoice } from "@/app/lib/data/lti-launches";
import { ZAssignmentFormSchema } from "@/app/lib/schemas/assignments";

const ZDeepLinkSchema = z.intersection(
  z.object({ launch: z.string().min(1).max(100) }),
  ZAssignmentFormSchema,
);

/**
 * The deep link's choice: an assignment of the course's own class (the launch says which, never
 * the form), then back to the LMS with it (app/lti/return).
 */
export const deepLinkAction = defineAction(
  { access: "TEACHER", schema: ZDeepLinkSchema },
  async (input, user) => {
    const { launch, ...assignment } = input;
    const link = await getDeepLink(user, launch);
    const created = await createAssignment(user, link.classId, assignment);
    await recordDeepLinkChoice(user, launch, created.id);
    redirect(`/lti/return/${encodeURIComponent(launch)}`);
  },
);
