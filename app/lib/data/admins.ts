import "server-only";
import { z } from "zod";
import { db } from "@/app/lib/db/client";
import { newOneTimePassword } from "@/app/lib/data/codes";
import { ConflictError, InvalidInputError, isUniqueViolation } from "@/app/lib/data/errors";
import { hashPassword } from "@/app/lib/passwords/hashing";

const ZAdminSchema = z.object({
  email: z
    .email("Give the admin's email: --email you@school.example")
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, 'Give the admin\'s name: --name "Your Name"').max(80),
});

/** An admin account (for `npm run admin:create`), with a one-time password returned once. */
export async function createAdmin(
  email: string,
  name: string,
): Promise<{ email: string; password: string }> {
  const parsed = ZAdminSchema.safeParse({ email, name });
  if (!parsed.success)
    throw new InvalidInputError(parsed.error.issues[0]?.message ?? "Check the email and name.");
  const password = newOneTimePassword();
  const prisma = await db();
  try {
    await prisma.user.create({
      data: {
        role: "ADMIN",
        email: parsed.data.email,
        displayName: parsed.data.name,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError("An account with that email already exists.");
    throw error;
  }
  return { email: parsed.data.email, password };
}
