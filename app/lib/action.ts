import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { TActionState } from "@/app/lib/action-state";
import { getCurrentUser } from "@/app/lib/auth/session";
import { DomainError, InvalidInputError } from "@/app/lib/data/errors";
import type { TSessionUser } from "@/app/lib/data/sessions";
import { logEvent } from "@/app/lib/log";

/** "public" needs no session; "user" any signed-in user; a role, that role. */
export type TAccess = "public" | "user" | TSessionUser["role"];
type TUserFor<A extends TAccess> = A extends "public" ? TSessionUser | null : TSessionUser;

type TOptions<A extends TAccess, S extends z.ZodType> = {
  access: A;
  schema: S;
  /** Allowed while the user must still replace a one-time password (only the page that does that). */
  allowPendingPassword?: boolean;
};

/**
 * The common part of every server action: session → role → zod safeParse → handler (which calls
 * the data layer, where ownership is checked) → domain errors turned into form messages. Unknown
 * form fields (a crafted `role=teacher`, say) are dropped by the schema, never reach the handler.
 */
export function defineAction<A extends TAccess, S extends z.ZodType, TData = undefined>(
  options: TOptions<A, S>,
  handler: (input: z.output<S>, user: TUserFor<A>) => Promise<TActionState<TData> | void>,
) {
  return async (
    _previous: TActionState<TData> | undefined,
    formData: FormData,
  ): Promise<TActionState<TData>> => {
    const input = formInput(formData);
    try {
      const user = await getCurrentUser();
      if (options.access !== "public") {
        if (!user) {
          logEvent("auth.denied", { reason: "no session" });
          return { status: 401, message: "Please sign in to continue." };
        }
        if (options.access !== "user" && user.role !== options.access) {
          logEvent("auth.denied", { reason: "wrong role", userId: user.id, role: user.role });
          return { status: 403, message: "You do not have permission to do that." };
        }
        if (user.mustChangePassword && !options.allowPendingPassword) {
          return { status: 403, message: "Set a new password before you continue." };
        }
      }
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        return {
          status: 400,
          message: "Please check the highlighted fields.",
          errors: z.flattenError(parsed.error).fieldErrors,
          values: echoValues(input),
        };
      }
      return (await handler(parsed.data, user as TUserFor<A>)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      if (!(error instanceof DomainError)) throw error;
      if (error.status === 403 || error.status === 404) {
        logEvent("auth.denied", { reason: error.name, status: error.status });
      }
      const field = error instanceof InvalidInputError ? error.field : undefined;
      return {
        status: error.status,
        message: error.message,
        errors: field ? { [field]: [error.message] } : undefined,
        values: echoValues(input),
      };
    }
  };
}

/**
 * FormData as a plain object, Next's own `$ACTION_…` fields left out. Files stay Files, so only a
 * schema that asks for one (`z.instanceof(File)`) accepts it; an empty file input is no file.
 */
function formInput(formData: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(
    [...formData.entries()].filter(
      ([key, value]) => !key.startsWith("$ACTION") && (typeof value === "string" || value.size > 0),
    ),
  );
}

/** What a form shows again after a refusal: typed text, never passwords or files. */
function echoValues(input: Record<string, FormDataEntryValue>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !/password/i.test(entry[0]),
    ),
  );
}
