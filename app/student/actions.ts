"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/app/lib/action";
import { clientAddress } from "@/app/lib/auth/session";
import { isWrongJoinCode } from "@/app/lib/data/errors";
import { guarded, joinCodeKeys } from "@/app/lib/data/throttle";
import { joinClassWithCode } from "@/app/lib/data/classes";
import { ZJoinClassSchema } from "@/app/lib/schemas/classes";

export const joinClassAction = defineAction(
  { access: "STUDENT", schema: ZJoinClassSchema },
  async (input, user) => {
    const joined = await guarded(
      joinCodeKeys(await clientAddress()),
      () => joinClassWithCode(user, input.joinCode),
      isWrongJoinCode,
    );
    revalidatePath("/student");
    return { ok: true, message: `You joined ${joined.name}.` };
  },
);
