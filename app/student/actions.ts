"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/app/lib/action";
import { joinClassWithCode } from "@/app/lib/data/classes";
import { ZJoinClassSchema } from "@/app/lib/schemas/classes";

export const joinClassAction = defineAction(
  { access: "STUDENT", schema: ZJoinClassSchema },
  async (input, user) => {
    const joined = await joinClassWithCode(user, input.joinCode);
    revalidatePath("/student");
    return { ok: true, message: `You joined ${joined.name}.` };
  },
);
