"use server";

import { defineAction } from "@/app/lib/action";
import { chooseReadingLevel } from "@/app/lib/data/reading-support";
import { ZReadingChoiceSchema } from "@/app/lib/schemas/classes";

/** A student's own switch of reading level, remembered for the article (issue 32). */
export const chooseReadingLevelAction = defineAction(
  { access: "STUDENT", schema: ZReadingChoiceSchema },
  async (input, user) => {
    await chooseReadingLevel(user, input.articleSlug, input.level);
    return { ok: true };
  },
);
