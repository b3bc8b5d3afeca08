"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/app/lib/action";
import { homeFor, restartAllSessions } from "@/app/lib/auth/session";
import { changePassword, replaceOneTimePassword } from "@/app/lib/data/users";
import { logEvent } from "@/app/lib/log";
import { ZChangePasswordSchema } from "@/app/lib/schemas/auth";
import { ZSetPasswordSchema } from "@/app/lib/schemas/classes";

export const changeOwnPassword = defineAction(
  { access: "user", schema: ZChangePasswordSchema },
  async (input, user) => {
    await changePassword(user, input.currentPassword, input.newPassword);
    // Every other session (another device, a stolen cookie) ends; this browser gets a new one.
    await restartAllSessions(user.id);
    logEvent("auth.password_changed", { userId: user.id });
    return { ok: true, message: "Password changed. You were signed out everywhere else." };
  },
);

export const setNewPassword = defineAction(
  { access: "user", schema: ZSetPasswordSchema, allowPendingPassword: true },
  async (input, user) => {
    await replaceOneTimePassword(user, input.newPassword);
    await restartAllSessions(user.id);
    logEvent("auth.password_changed", { userId: user.id });
    redirect(homeFor(user));
  },
);
