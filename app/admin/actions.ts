"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/app/lib/action";
import { addPlatform, newRegistrationToken, removePlatform } from "@/app/lib/data/lti-platforms";
import { toolOrigin, toolUrls } from "@/app/lib/lti/tool-urls";
import { ZPlatformFormSchema, ZPlatformIdSchema } from "@/app/lib/schemas/lti";
import { z } from "zod";

export const addPlatformAction = defineAction(
  { access: "ADMIN", schema: ZPlatformFormSchema },
  async (input, user) => {
    await addPlatform(user, input);
    revalidatePath("/admin");
    return { ok: true, message: `Added ${input.name}. Teachers can open Debrief from it now.` };
  },
);

export const removePlatformAction = defineAction(
  { access: "ADMIN", schema: ZPlatformIdSchema },
  async (input, user) => {
    await removePlatform(user, input.platformId);
    revalidatePath("/admin");
    return { ok: true, message: "Removed. Launches from that LMS are refused from now on." };
  },
);

/** A Dynamic Registration URL for one LMS, shown once: pasted into the LMS, used once. */
export const registrationLinkAction = defineAction<"ADMIN", z.ZodObject, { path: string }>(
  { access: "ADMIN", schema: z.object({}) },
  async (_input, user) => {
    const { token } = await newRegistrationToken(user);
    const url = `${new URL(toolUrls(toolOrigin(await headers())).registration).pathname}?token=${token}`;
    return {
      ok: true,
      message: "Paste this URL into the LMS's tool registration within a day. It works once.",
      data: { path: url },
    };
  },
);
