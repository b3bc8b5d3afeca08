"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/app/lib/action";
import {
  clientAddress,
  deviceTokens,
  endSession,
  homeFor,
  rememberDevice,
  startSession,
} from "@/app/lib/auth/session";
import { issueDeviceToken, knownDevice } from "@/app/lib/data/known-devices";
import { isWrongJoinCode, ThrottledError } from "@/app/lib/data/errors";
import { sweepIfDue } from "@/app/lib/data/housekeeping";
import {
  guarded,
  joinCodeKeys,
  releaseAttempt,
  reserveAttempt,
  signInKeys,
  signUpKeys,
} from "@/app/lib/data/throttle";
import { authenticate, createStudentWithJoinCode, createTeacher } from "@/app/lib/data/users";
import { logEvent } from "@/app/lib/log";
import { ZJoinSignUpSchema, ZSignInSchema, ZSignUpSchema } from "@/app/lib/schemas/auth";

export const signIn = defineAction({ access: "public", schema: ZSignInSchema }, async (input) => {
  const tokens = await deviceTokens();
  const device = await knownDevice(input.identifier, tokens);
  const keys = signInKeys(input.identifier, await clientAddress(), device);
  // Counted before the password is checked, so parallel guesses cannot slip past the limit.
  try {
    await reserveAttempt(keys);
  } catch (error) {
    if (error instanceof ThrottledError)
      logEvent("auth.throttled", { identifier: input.identifier });
    throw error;
  }
  const user = await authenticate(input.identifier, input.password);
  if (!user) {
    logEvent("auth.sign_in_failed", { identifier: input.identifier });
    return {
      status: 401,
      message: "That email or username and password do not match. Check them and try again.",
    };
  }
  await releaseAttempt(keys);
  await startSession(user.id);
  if (!device) await rememberDevice(await issueDeviceToken(user.id));
  await sweepIfDue();
  logEvent("auth.sign_in", { userId: user.id, role: user.role });
  redirect(user.mustChangePassword ? "/account/password" : homeFor(user));
});

export const signUpTeacher = defineAction(
  { access: "public", schema: ZSignUpSchema },
  async (input) => {
    // Every sign-up counts (not only failed ones): it limits mass account creation.
    await reserveAttempt(signUpKeys(await clientAddress()));
    const user = await createTeacher(input);
    await startSession(user.id);
    logEvent("account.created", { userId: user.id, role: user.role });
    redirect("/teacher");
  },
);

export const joinAndSignUp = defineAction(
  { access: "public", schema: ZJoinSignUpSchema },
  async (input) => {
    const user = await guarded(
      joinCodeKeys(await clientAddress()),
      () => createStudentWithJoinCode(input),
      isWrongJoinCode,
    );
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
