"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/app/lib/action";
import { clientAddress, endSession, homeFor, startSession } from "@/app/lib/auth/session";
import { ThrottledError } from "@/app/lib/data/errors";
import {
  assertNotThrottled,
  clearFailures,
  recordFailure,
  throttleKeys,
} from "@/app/lib/data/throttle";
import { authenticate, createStudentWithJoinCode, createTeacher } from "@/app/lib/data/users";
import { logEvent } from "@/app/lib/log";
import { ZJoinSignUpSchema, ZSignInSchema, ZSignUpSchema } from "@/app/lib/schemas/auth";

export const signIn = defineAction({ access: "public", schema: ZSignInSchema }, async (input) => {
  const keys = throttleKeys(input.identifier, await clientAddress());
  try {
    await assertNotThrottled(keys);
  } catch (error) {
    if (error instanceof ThrottledError)
      logEvent("auth.throttled", { identifier: input.identifier });
    throw error;
  }
  const user = await authenticate(input.identifier, input.password);
  if (!user) {
    await recordFailure(keys);
    logEvent("auth.sign_in_failed", { identifier: input.identifier });
    return {
      status: 401,
      message: "That email or username and password do not match. Check them and try again.",
    };
  }
  await clearFailures(keys[0]?.key ?? "");
  await startSession(user.id);
  logEvent("auth.sign_in", { userId: user.id, role: user.role });
  redirect(user.mustChangePassword ? "/account/password" : homeFor(user));
});

export const signUpTeacher = defineAction(
  { access: "public", schema: ZSignUpSchema },
  async (input) => {
    const user = await createTeacher(input);
    await startSession(user.id);
    logEvent("account.created", { userId: user.id, role: user.role });
    redirect("/teacher");
  },
);

export const joinAndSignUp = defineAction(
  { access: "public", schema: ZJoinSignUpSchema },
  async (input) => {
    const user = await createStudentWithJoinCode(input);
    await startSession(user.id);
    logEvent("account.created", { userId: user.id, role: user.role });
    redirect("/student");
  },
);

export const signOut = defineAction(
  { access: "user", schema: z.object({}), allowPendingPassword: true },
  async (_input, user) => {
    await endSession();
    logEvent("auth.sign_out", { userId: user.id });
    redirect("/");
  },
);
